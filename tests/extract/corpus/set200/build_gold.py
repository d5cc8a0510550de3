#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set200).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: changes against an earlier year, the
thresholds that define a group); check_gold.py verifies that every percentage has a record or a
NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The one table text laid out with separators (05, "| 2022 | 2023 |") is written with `ROW(...)`:
one record per year cell of a row, each located by a locator spelled from the row's own cells
(the row's label, then its cells up to the number, cells joined by " | "). The locators are still
pieces of the text, checked unique like any other.

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

PTS = dict(unit="other", unit_text="điểm")
PTS0 = dict(unit="other", unit_text=None)
PAR_RANK = "rank.par_index"
PAR_PCT = "rank.par_index_score"
SIPAS = "rank.sipas"
SIPAS_RANK = "rank.sipas_rank"

# --------------------------------------------------------------------------
# 01 Hải Phòng, the city's competitiveness index of its departments and districts (DDCI) for 2023
# (haiphongdpi.gov.vn; nothing cut; no byline, no stamp). Year 2023 (the DDCI "năm 2023"; the
# meeting's "10/01/2023" and the approval "29/12/2023" are dates). Results: the two means "Điểm
# trung bình cấp Sở, ban, ngành đạt 76,59 điểm", "Điểm trung bình cấp địa phương đạt 83,44 điểm"
# (unit other, "điểm"; scope null: each sentence is about one level, the level stands in its
# subject, no sentence splits one value by level) and the counts of agencies in each band ("01 cơ
# quan đạt mức điểm tốt, 20 cơ quan đạt mức điểm khá"; "01 ... rất tốt, 09 ... tốt, 04 ... khá":
# counts, =, each its own subject, as set25's "Nhóm A gồm 13 tỉnh"). Not quantities: "tăng 0,2
# điểm", "tăng 2,66 điểm so với năm 2022" (changes against an earlier value, spec), "4691/QĐ-UBND"
# (a document). Pillar null. Ids null (the catalogue has no DDCI indicator).
# --------------------------------------------------------------------------
D01 = dict(name="01_haiphong-ddci-so-nganh-dia-phuong-2023", kind="result", year=2023, records=[
    R("ngành đạt «76,59 điểm", "Điểm trung bình cấp Sở, ban, ngành chỉ số năng lực cạnh tranh (DDCI)", "=", 76.59,
      **PTS),
    R("có «01 cơ quan đạt mức điểm tốt, 20", "cơ quan cấp Sở, ban, ngành đạt mức điểm tốt", "=", 1, **CNT),
    R("tốt, «20 cơ quan", "cơ quan cấp Sở, ban, ngành đạt mức điểm khá", "=", 20, **CNT),
    R("phương đạt «83,44 điểm", "Điểm trung bình cấp địa phương chỉ số năng lực cạnh tranh (DDCI)", "=", 83.44,
      **PTS),
    R("có «01 cơ quan đạt mức điểm rất tốt", "cơ quan cấp địa phương đạt mức điểm rất tốt", "=", 1, **CNT),
    R("«09 cơ quan", "cơ quan cấp địa phương đạt mức điểm tốt", "=", 9, **CNT),
    R("«04 cơ quan", "cơ quan cấp địa phương đạt mức điểm khá", "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 02 Cà Mau, the province's PAR INDEX 2023 and its place in the Mekong Delta region
# (kinhtedothi.vn; cut: the byline "Hoàng Nam" and the share button "Chia sẻ Zalo" with the blank
# line after them; the photo caption "Chỉ số CCHC và tăng trưởng kinh tế Cà Mau năm 2023 đều đứng
# thứ 3 khu vực ĐBSCL (Hoàng Nam)", printed twice, carries a figure and was kept, both lines; no
# stamp; the excerpt ends in "Tổng sản phẩm t"). Year 2023. Results, ranks (=): "đã đứng vị trí 32"
# and "đứng ở vị trí 32" (the national PAR INDEX rank, twice), the region's "xếp ở vị trí thứ 3",
# the other provinces' national ranks "Long An (hạng 7)", "Hậu Giang (hạng 19)", "Bạc Liêu đứng hạng
# 59", "Sóc Trăng ... vị trí 62", "An Giang với vị trí 63" (each with `place`), and the economy's
# "đứng thứ 3 khu vực đồng bằng sông Cửu Long và thứ 16 cả nước" (two ranks of growth; a quantity
# reported for an indicator, though not a digital one). "thuộc top 3 ở khu vực ĐBSCL": rank `<=`
# (a group, spec's "tốp 10"). The caption's "đều đứng thứ 3 khu vực ĐBSCL" (twice): one record per
# line, the index and the growth sharing one number (spec: one record per number). "đạt 86,89 điểm":
# unit other, "điểm" (no id: the catalogue's rank.par_index_score is a percentage, as an earlier
# set's "đạt 86,29 điểm"). Not quantities: "đứng thứ ba" in the title (no digit), "năm 2023". Pillar
# null. Ids: rank.par_index for the national PAR ranks (Cà Mau's and the other provinces'); null
# for the regional ranks (the catalogue's regional rank is the DTI's) and the economy's.
# --------------------------------------------------------------------------
PARW = "chỉ số cải cách hành chính (PARINDEX)"
D02 = dict(name="02_camau-par-index-khu-vuc-dbscl-2023", kind="result", year=2023, records=[
    R("đã đứng vị trí «32", PARW + " của tỉnh Cà Mau đứng vị trí", "=", 32, **RANK, iid=PAR_RANK),
    R("thuộc top «3 ở", PARW + " của tỉnh Cà Mau thuộc top ở khu vực ĐBSCL", "<=", 3, **RANK),
    R("ĐBSCL.\n\nChỉ số CCHC và tăng trưởng kinh tế Cà Mau năm 2023 đều đứng thứ «3",
      "Chỉ số CCHC và tăng trưởng kinh tế Cà Mau đứng thứ khu vực ĐBSCL", "=", 3, **RANK),
    R("(Hoàng Nam)\nChỉ số CCHC và tăng trưởng kinh tế Cà Mau năm 2023 đều đứng thứ «3",
      "Chỉ số CCHC và tăng trưởng kinh tế Cà Mau đứng thứ khu vực ĐBSCL", "=", 3, **RANK),
    R("đứng ở vị trí «32", "xếp hạng chỉ số cải cách hành chính (CCHC) tỉnh Cà Mau đứng ở vị trí", "=", 32, **RANK,
      iid=PAR_RANK),
    R("đạt «86,89 điểm", "chỉ số cải cách hành chính (CCHC) tỉnh Cà Mau đạt", "=", 86.89, **PTS),
    R("vị trí thứ «3, chỉ", "So với khu vực ĐBSCL, Cà Mau xếp ở vị trí thứ", "=", 3, **RANK),
    R("(hạng «7)", "Long An hạng trên bảng xếp hạng chỉ số cải cách hành chính", "=", 7, **RANK, place="Long An",
      iid=PAR_RANK),
    R("(hạng «19)", "Hậu Giang hạng trên bảng xếp hạng chỉ số cải cách hành chính", "=", 19, **RANK,
      place="Hậu Giang", iid=PAR_RANK),
    R("đứng hạng «59", "Bạc Liêu đứng hạng chỉ số cải cách hành chính", "=", 59, **RANK, place="Bạc Liêu",
      iid=PAR_RANK),
    R("với vị trí «62", "Sóc Trăng áp chót với vị trí chỉ số cải cách hành chính", "=", 62, **RANK,
      place="Sóc Trăng", iid=PAR_RANK),
    R("với vị trí «63", "cuối bảng là An Giang với vị trí chỉ số cải cách hành chính", "=", 63, **RANK,
      place="An Giang", iid=PAR_RANK),
    R("nhanh, đứng thứ «3 khu", "kinh tế Cà Mau tăng trưởng nhanh, đứng thứ khu vực đồng bằng sông Cửu Long", "=", 3,
      **RANK),
    R("và thứ «16 cả", "kinh tế Cà Mau tăng trưởng nhanh, đứng thứ cả nước", "=", 16, **RANK),
])

# --------------------------------------------------------------------------
# 03 Hà Giang, the province's DTI 2022 by main index (tuyendung.vietnamnet.vn; nothing cut; no
# byline, no stamp; the excerpt opens with a subheading and ends in "chưa cung cấ"). Year 2022 (the
# DTI "năm 2022"; "tháng 7.2023" is the date of publication). Results: the subheading's "Chỉ số DTI
# mới đạt 478,99/1.000 điểm" (unit other, "điểm"; the scale "/1.000" no value), the rank "xếp thứ
# 57/63" (=), the main indices "an toàn thông tin mạng ... 29,48/100 điểm", "nhận thức số ...
# 72,5/100 điểm", "Các chỉ số còn lại dao động từ 51,99 – 70/100 điểm" (one `between` record, one
# range stated once, spec's "0,7-0,8 điểm"; an en dash between the ends), "hoạt động chính quyền
# số đạt 88,09/200 điểm; kinh tế số đạt 76,78/150 điểm và xã hội số đạt 38,71/150 điểm"; and the
# counts of component indices "còn 61 chỉ số chưa đạt điểm tối đa; trong đó, 28 chỉ số 0 điểm"
# (counts, =: results of the assessment for the province, as set25 counts the provinces with a rise;
# the "0 điểm" defines the group, no value). Not quantities: "63 tỉnh, thành phố" evaluated, "3 trụ
# cột", "9 chỉ số chính và 98 chỉ số thành phần", "9 chỉ số chính", "Trong tổng số 98 chỉ số thành
# phần" (the parts of the index and what it covers, spec), the scales "/1.000", "/100", "/200",
# "/150", "giảm 24 bậc so với năm 2021" (a change). Pillar null (no heading; "nhóm chỉ số nền tảng
# chung" and "nhóm chỉ số về hoạt động" name groups of indices, not a pillar). Ids: the DTI score,
# rank and main-index scores (dti.*); the range and the two counts null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hagiang-dti-chi-so-chinh-2022", kind="result", year=2022, records=[
    R("mới đạt «478,99", "Chỉ số DTI", "=", 478.99, **PTS, iid="dti.provincial_score"),
    R("xếp thứ «57/63", "chỉ số DTI cấp tỉnh tỉnh Hà Giang xếp thứ tỉnh, thành phố", "=", 57, **RANK,
      iid="dti.provincial_rank"),
    R("thấp nhất «29,48", "an toàn thông tin mạng là chỉ số có điểm số thấp nhất", "=", 29.48, **PTS,
      iid="dti.information_security_score"),
    R("mới đạt «72,5", "chỉ số nhận thức số", "=", 72.5, **PTS, iid="dti.digital_awareness_score"),
    R("từ «51,99", "Các chỉ số còn lại trong nhóm chỉ số nền tảng chung dao động", "between", 51.99, **PTS,
      value_max=70),
    R("số đạt «88,09", "hoạt động chính quyền số", "=", 88.09, **PTS, iid="dti.digital_government_score"),
    R("số đạt «76,78", "kinh tế số", "=", 76.78, **PTS, iid="dti.digital_economy_score"),
    R("số đạt «38,71", "xã hội số", "=", 38.71, **PTS, iid="dti.digital_society_score"),
    R("còn «61 chỉ số", "chỉ số thành phần Hà Giang chưa đạt điểm tối đa", "=", 61, **CNT),
    R("«28 chỉ số 0", "chỉ số thành phần Hà Giang 0 điểm", "=", 28, **CNT),
])

# --------------------------------------------------------------------------
# 04 Đà Nẵng, the city's ranking of its agencies and localities on digital transformation in 2023
# (etime.danviet.vn; the stamp " date 2024-07" written as the first line; cut: the photo caption
# "Đà Nẵng nhiều năm đứng đầu về chuyển đổi số. Ảnh: Đình Thiên" with the blank line after it; the
# excerpt ends in "đã nỗ lực,"). Year 2023 (the ranking "năm 2023"; the stamp's 2024 is the year of
# publication). Results, counts (=) of units in each class, by block: the whole table's "6 đơn vị
# xếp loại xuất sắc" and "4 đơn vị xếp loại trung bình khá"; the departments' "4 ... xuất sắc", "7
# ... tốt", "9 ... khá", "4 ... trung bình khá"; the central agencies' "2 đơn vị dẫn đầu, xếp loại
# tốt", "2 ... tốt", "2 ... khá"; the districts' "3 địa phương xếp loại tốt" and "4 địa phương còn
# lại xếp loại khá"; the wards' "7 phường xếp loại khá". Scope null (each sentence is about one block;
# the block stands in the subject; the split is by class, a kind of thing). The ten wards and
# communes rated excellent are listed by name, not counted: no record. Pillar null, ids null (counts
# of classes; the catalogue's department and local ranks are places, not counts).
# --------------------------------------------------------------------------
D04 = dict(name="04_danang-xep-loai-cds-co-quan-dia-phuong-2023", kind="result", year=2023, records=[
    R("có «6 đơn vị", "đơn vị xếp loại xuất sắc trong bảng xếp hạng chuyển đổi số", "=", 6, **CNT),
    R("và có «4 đơn vị", "đơn vị xếp loại trung bình khá trong bảng xếp hạng chuyển đổi số", "=", 4, **CNT),
    R("ngành, «4 đơn vị", "khối sở, ban, ngành đơn vị xếp loại xuất sắc", "=", 4, **CNT),
    R("có «7 đơn vị", "khối sở, ban, ngành đơn vị xếp loại tốt", "=", 7, **CNT),
    R("«9 đơn vị", "khối sở, ban, ngành đơn vị xếp loại khá", "=", 9, **CNT),
    R("khá; «4 đơn vị", "khối sở, ban, ngành đơn vị xếp loại trung bình khá", "=", 4, **CNT),
    R("ương, «2 đơn vị", "khối cơ quan Trung ương đơn vị dẫn đầu, xếp loại tốt", "=", 2, **CNT),
    R("có «2 đơn vị", "khối cơ quan Trung ương đơn vị xếp loại tốt", "=", 2, **CNT),
    R("tốt; «2 đơn vị", "khối cơ quan Trung ương đơn vị xếp loại khá", "=", 2, **CNT),
    R("là «3 địa phương", "địa phương xếp loại tốt, dẫn đầu khối UBND quận, huyện", "=", 3, **CNT),
    R("huyện; «4 địa phương", "địa phương còn lại khối UBND quận, huyện xếp loại khá", "=", 4, **CNT),
    R("Có «7 phường", "phường khối UBND phường, xã xếp loại khá", "=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 05 Hồ Chí Minh City, the city's profile in the provincial green index (PGI) 2022-2023, tables
# printed with separators (pcivietnam.vn; cut: the download links "Tải về" and "Tài liệu tải về5";
# no byline, no stamp). Year 2023 by default (the profile "PGI 2023"); each cell takes its column's
# year (2022 or 2023; the regional table prints 2023 before 2022). Results: the head's "Hồ sơ PGI
# 2023 Xếp hạng 5" (rank, =) and "Điểm số\n24.20" (other, unit_text null); the first table's four
# component rows, "Điểm số PGI | 13.99 | 24.20 |" and "Xếp hạng | 49 | 5 |" (ranks); the second
# table repeating the four component rows (recorded again: each printed cell is a quantity, as the
# caption of 02); the regional table's six rows, other provinces with `place`; the last two small
# tables "2022 | 49 |", "2023 | 5 |" (ranks; their title says "Xếp hạng PCI" but they repeat the PGI
# ranks above: indicator worded as printed) and "2022 | 13.99 |", "2023 | 24.20 |". Values are
# printed with a decimal point ("24.20" is 24.2). Unit other, unit_text null for the scores (no unit
# word at the numbers). Not quantities: the year cells "2022", "2023", the scales "(1-63)",
# "(1-100)", "4 Chỉ số thành phần" (the parts of the index), "PGI 2023" (a name). Pillar null, ids
# null (the catalogue has no green-index indicator).
# --------------------------------------------------------------------------
def TABLE(head, rows, years, suffix="", places=None):
    """The records of one table printed with separators: `head` the table's title and header line
    (unique in the text), `rows` (label, cells, unit) as printed, `years` the columns' years. Each
    cell's locator is the table from its head down to the cell, so that a row repeated in another
    table is still told apart."""
    out, pre = [], head
    for label, cells, unit in rows:
        for i, (c, y) in enumerate(zip(cells, years)):
            loc = pre + " | ".join([label] + cells[:i]) + " | «" + c + " |"
            place = (places or {}).get(label)
            name = label + suffix
            if unit == "rank":
                out.append(R(loc, name, "=", int(c), **RANK, year=y, place=place, line=True))
            else:
                out.append(R(loc, name, "=", float(c), **PTS0, year=y, place=place, line=True))
        pre += " | ".join([label] + cells) + " |\n"
    return out


C1 = "Giảm thiểu ô nhiễm môi trường và tác động tiêu cực của BĐKH"
C2 = "Đảm bảo tuân thủ các tiêu chuẩn môi trường tối thiểu"
C3 = "Vai trò lãnh đạo của chính quyền tỉnh trong bảo vệ môi trường"
C4 = "Chính sách ưu đãi và dịch vụ hỗ trợ doanh nghiệp trong bảo vệ môi trường"
COMPONENTS = [(C1, ["3.12", "7.49"], "pts"), (C2, ["4.94", "6.37"], "pts"), (C3, ["4.09", "5.92"], "pts"),
              (C4, ["1.87", "4.43"], "pts")]
REGION = [("Bình Dương", ["22.44", "14.11"], "pts"), ("Bình Phước", ["22.14", "14.36"], "pts"),
          ("BRVT", ["23.47", "15.42"], "pts"), ("Đồng Nai", ["24.71", "14.73"], "pts"),
          ("Tây Ninh", ["23.96", "15.02"], "pts"), ("TP.HCM", ["24.20", "13.99"], "pts")]
PLACES = {"Bình Dương": "Bình Dương", "Bình Phước": "Bình Phước", "BRVT": "BRVT", "Đồng Nai": "Đồng Nai",
          "Tây Ninh": "Tây Ninh"}
D05 = dict(name="05_tphcm-pgi-ho-so-bang-2022-2023", kind="result", year=2023, records=[
    R("Hồ sơ PGI 2023 Xếp hạng «5", "Hồ sơ PGI Xếp hạng", "=", 5, **RANK),
    R("Điểm số\n«24.20", "Hồ sơ PGI Điểm số", "=", 24.2, **PTS0, line=True),
    *TABLE("Xếp hạng trong Chỉ số Xanh cấp tỉnh (1-63) TP.HCM\nNăm | 2022 | 2023 |\n",
           COMPONENTS + [("Điểm số PGI", ["13.99", "24.20"], "pts"), ("Xếp hạng", ["49", "5"], "rank")],
           [2022, 2023], suffix=" (Chỉ số Xanh cấp tỉnh PGI)"),
    *TABLE("4 Chỉ số thành phần của PGI (1-100) - TP.HCM\nNăm | 2022 | 2023 |\n", COMPONENTS, [2022, 2023],
           suffix=" (Chỉ số thành phần của PGI)"),
    *TABLE("So sánh - TP.HCM với các tỉnh thuộc khu vực Đông Nam Bộ\nNăm | 2023 | 2022 |\n", REGION,
           [2023, 2022], suffix=" Điểm số PGI so sánh khu vực Đông Nam Bộ", places=PLACES),
    R("Năm | Rankings |\n2022 | «49 |", "Xếp hạng PCI theo thời gian của TP.HCM", "=", 49, **RANK, year=2022,
      line=True),
    R("49 |\n2023 | «5 |", "Xếp hạng PCI theo thời gian của TP.HCM", "=", 5, **RANK, year=2023, line=True),
    R("Năm | Điểm số PGI |\n2022 | «13.99 |", "Điểm số PGI của TP.HCM", "=", 13.99, **PTS0, year=2022, line=True),
    R("13.99 |\n2023 | «24.20 |", "Điểm số PGI của TP.HCM", "=", 24.2, **PTS0, year=2023, line=True),
])

# --------------------------------------------------------------------------
# 06 Đồng Nai, third of 34 provinces in the index of service to citizens and businesses (the
# government's decision 766 index on the national public-service portal), August 2025 (plo.vn;
# the stamp " date 2025-08-28" written as the first line; cut: the photo caption "Người dân làm thủ
# tục tại Trung tâm hành chính công tỉnh Đồng Nai. Ảnh: VH." with the blank line after it; the
# excerpt ends in "chuyên nghiệp,"). Year 2025 ("tính đến cuối tháng 8- 2025"). Results: the rank
# "xếp thứ 3" four times (the title's "xếp thứ 3 cả nước", the lead's and the next paragraph's
# "vươn lên xếp thứ 3/34", the detail's "xếp thứ 3/34"; each a record, =) and the score "đạt 85,75
# điểm" (other, "điểm"). Not quantities: "28/08/2025 17:34", "28- 8", "tháng 8- 2025" (dates and a
# time), "tăng 14,5 điểm và tăng 3 bậc thứ hạng so với thời điểm tháng trước" (changes against an
# earlier value). Pillar null. Ids: rank.public_service_index for the ranks,
# rank.public_service_index_score for the score.
# --------------------------------------------------------------------------
SVC = "chỉ số phục vụ người dân, doanh nghiệp"
D06 = dict(name="06_dongnai-chi-so-phuc-vu-766-thang-8-2025", kind="result", year=2025, records=[
    R("xếp thứ «3 cả", "Đồng Nai xếp thứ cả nước về " + SVC, "=", 3, **RANK, iid="rank.public_service_index"),
    R("địa phương vươn lên xếp thứ «3/34 tỉnh, thành phố trong cả nước về chỉ số phục vụ người dân, doanh nghiệp "
      "theo đánh giá của Cổng dịch vụ công quốc gia.\n\nChiều",
      "Tỉnh Đồng Nai vươn lên xếp thứ tỉnh, thành phố về " + SVC, "=", 3, **RANK, iid="rank.public_service_index"),
    R("cho biết, địa phương vươn lên xếp thứ «3/34", "Đồng Nai vươn lên xếp thứ tỉnh, thành phố về " + SVC, "=", 3,
      **RANK, iid="rank.public_service_index"),
    R("đạt «85,75 điểm", "tỉnh Đồng Nai kết quả " + SVC + " trong thực hiện thủ tục hành chính, cung cấp dịch vụ "
      "công", "=", 85.75, **PTS, iid="rank.public_service_index_score"),
    R("điểm, xếp thứ «3/34", "tỉnh Đồng Nai xếp thứ tỉnh, thành phố về kết quả " + SVC, "=", 3, **RANK,
      iid="rank.public_service_index"),
])

# --------------------------------------------------------------------------
# 07 Sơn La, the province's PAR INDEX and SIPAS 2022 against 2021, and the provinces' PAR INDEX
# 2022 (susta.vn; cut: the furniture lines "No title... No title... No title... No title...",
# "image advertisement" (twice) and the view counter "Lượt xem: 43"; no byline, no stamp; the
# excerpt ends in "gồm 56 t"). Year 2022 (the indices "năm 2022"). Results: "từ 87,61% xuống
# 86,78%" (two PAR INDEX values, 2021 and 2022: the earlier value is a value with its year, as
# set149's "từ vị trí 99 lên vị trí 86"), "từ vị trí 15 lên 13 trong cả nước" (ranks of 2021 and
# 2022), "từ vị trí thứ 5 lên thứ 4 trong vùng TD&MNPB" (regional ranks, the region in the
# indicator), SIPAS "từ 90,30% (2021) xuống 82,18%", "từ vị trí thứ 6 xuống 17 trong cả nước", "từ
# vị trí thứ 1 xuống thứ 5 trong vùng"; the provinces' mean "đạt 84,79 (%/100 điểm tối đa)" (unit %:
# the percent sign stands in the bracket after the number), "Có 10 tỉnh (15,87%) tăng điểm, 53 tỉnh
# (84,13%) giảm điểm" (counts and their shares, as set25's "53 địa phương ghi nhận mức tăng"),
# "Nhóm A ... gồm 02 tỉnh", "Nhóm B ... gồm 56 t[ỉnh]" (counts). NOT: "(8, 12%)" (the SIPAS's fall,
# a change), "giảm 1,78% so với năm 2021" (a change), the groups' thresholds "từ 90% trở lên", "từ
# 80% - dưới 90%" (part of the groups' subjects, set21, set25). Not quantities: "gần 1 điểm %"
# (a change), "tăng 2 bậc", "tăng 1 bậc", "giảm 11 bậc", "giảm 4 bậc" (changes), "tổng điểm tối đa
# 100", "/100" (the scale), "3 nhóm" (the groups of the ranking), "19/4/2023" (a date), "1.", "1.
# 1." (labels), "Sipas 2022" (a name). Pillar null. Ids: rank.par_index_score and rank.par_index for
# Sơn La's PAR values and national ranks, rank.sipas and rank.sipas_rank for its SIPAS; null for
# the regional ranks, the provinces' mean and the counts.
# --------------------------------------------------------------------------
D07 = dict(name="07_sonla-par-index-sipas-2022", kind="result", year=2022, NOT=[
    "(8, «12%)", "giảm «1,78%", "từ «90% trở", "từ «80% -", "dưới «90%,"], records=[
    R("từ «87,61%", "Chỉ số CCHC của tỉnh Sơn La", "=", 87.61, year=2021, iid=PAR_PCT),
    R("xuống «86,78%", "Chỉ số CCHC năm 2022 của tỉnh Sơn La", "=", 86.78, iid=PAR_PCT),
    R("từ vị trí «15 lên", "thứ hạng Chỉ số CCHC của tỉnh Sơn La trong cả nước", "=", 15, **RANK, year=2021,
      iid=PAR_RANK),
    R("lên «13 trong", "thứ hạng Chỉ số CCHC năm 2022 của tỉnh Sơn La trong cả nước", "=", 13, **RANK,
      iid=PAR_RANK),
    R("vị trí thứ «5 lên", "thứ hạng Chỉ số CCHC của tỉnh Sơn La trong vùng TD&MNPB", "=", 5, **RANK, year=2021),
    R("lên thứ «4 trong", "thứ hạng Chỉ số CCHC năm 2022 của tỉnh Sơn La trong vùng TD&MNPB", "=", 4, **RANK),
    R("từ «90,30%", "Chỉ số Sipas của tỉnh Sơn La", "=", 90.30, year=2021, iid=SIPAS),
    R("xuống «82,18%", "Chỉ số Sipas năm 2022 của tỉnh Sơn La", "=", 82.18, iid=SIPAS),
    R("vị trí thứ «6  xuống", "Thứ hạng Chỉ số Sipas của tỉnh Sơn La trong cả nước", "=", 6, **RANK, year=2021,
      iid=SIPAS_RANK),
    R("xuống «17 trong", "Thứ hạng Chỉ số Sipas năm 2022 của tỉnh Sơn La trong cả nước", "=", 17, **RANK,
      iid=SIPAS_RANK),
    R("vị trí thứ «1 xuống", "Thứ hạng Chỉ số Sipas của tỉnh Sơn La trong vùng", "=", 1, **RANK, year=2021),
    R("xuống thứ «5 trong", "Thứ hạng Chỉ số Sipas năm 2022 của tỉnh Sơn La trong vùng", "=", 5, **RANK),
    R("đạt «84,79 (", "Chỉ số trung bình CCHC năm 2022 của các tỉnh", "=", 84.79),
    R("Có «10 tỉnh", "tỉnh tăng điểm Chỉ số CCHC", "=", 10, **CNT),
    R("(«15,87%)", "tỉnh tăng điểm Chỉ số CCHC", "=", 15.87),
    R("«53 tỉnh", "tỉnh giảm điểm Chỉ số CCHC", "=", 53, **CNT),
    R("(«84,13%)", "tỉnh giảm điểm Chỉ số CCHC", "=", 84.13),
    R("gồm «02 tỉnh", "Nhóm A đạt kết quả Chỉ số gồm tỉnh, thành phố", "=", 2, **CNT),
    R("gồm «56 t", "Nhóm B đạt kết quả Chỉ số gồm tỉnh", "=", 56, **CNT),
])

# --------------------------------------------------------------------------
# 08 The Ministry of Industry and Trade's place among the ministries in the Vietnam ICT Index 2020
# (congthuong.vn; nothing cut: the title repeated with a caption in the body, "Bộ Công Thương tăng
# hạng về chỉ số Vietnam ICT Index 2020 / Vị trí của Bộ Công Thương ... được cải thiện", holds no
# quantity and stays; no byline, no stamp; the excerpt ends in "và sử dụng"). Year 2020 (the index
# "năm 2020"). Results, ranks (=): "xếp thứ 5/17 Bộ ... có dịch vụ công", the earlier places "năm
# 2019 (thứ 10/17 Bộ)" and "năm 2018 (thứ 11/17 Bộ)" (each with its year), and the three component
# ranks "xếp thứ 6/17" (hạ tầng kỹ thuật), "thứ 4/17 về hạ tầng nhân lực", "thứ 8/17 về ứng dụng
# công nghệ thông tin". Not quantities: "Vietnam ICT Index 2020" (a name, several times), "từ năm
# 2005" (a date), the denominators "/17", "Z-Score" (a name). Pillar null. Ids: rank.ict_index for
# the overall ranks (the catalogue's ICT Index rank, here of a ministry; a judgement) and
# rank.ict_technical_infrastructure, rank.ict_human_infrastructure, rank.ict_it_application for the
# three components.
# --------------------------------------------------------------------------
ICT = "Vietnam ICT Index"
D08 = dict(name="08_bocongthuong-ict-index-bo-nganh-2020", kind="result", year=2020, records=[
    R("xếp thứ «5/17", "xếp hạng chung chỉ số " + ICT + " Bộ Công Thương xếp thứ Bộ có dịch vụ công", "=", 5,
      **RANK, iid="rank.ict_index"),
    R("(thứ «10/17", "vị trí của Bộ Công Thương xếp hạng chung chỉ số " + ICT, "=", 10, **RANK, year=2019,
      iid="rank.ict_index"),
    R("(thứ «11/17", "vị trí của Bộ Công Thương xếp hạng chung chỉ số " + ICT, "=", 11, **RANK, year=2018,
      iid="rank.ict_index"),
    R("xếp thứ «6/17", "xếp hạng hạ tầng kỹ thuật Bộ Công Thương", "=", 6, **RANK,
      iid="rank.ict_technical_infrastructure"),
    R("thứ «4/17", "xếp hạng hạ tầng nhân lực Bộ Công Thương", "=", 4, **RANK, iid="rank.ict_human_infrastructure"),
    R("thứ «8/17", "xếp hạng ứng dụng công nghệ thông tin Bộ Công Thương", "=", 8, **RANK,
      iid="rank.ict_it_application"),
])

# --------------------------------------------------------------------------
# 09 Gia Lai, the decision approving the province's 2021 ranking of its agencies' e-government
# (QĐ 489/QĐ-UBND of 29 July 2022; ls1.hethongphapluat.com; nothing cut; the excerpt opens with the
# site's list of the documents the decision cites and ends in "Căn cứ Luật Công nghệ "). A precision
# text, no record: the numbers are list labels ("- 1" ... "- 8"), document numbers ("43/2011/NĐ-CP",
# "32/2017/TT-BTTTT", "64/2007/NĐ-CP", "2392/QĐ-BTTTT", "169/QĐ-UBND", "489/QĐ-UBND"), the years in
# the documents' names ("Luật Công nghệ thông tin 2006", "năm 2017", "2015", "2019") and the date
# "ngày 29 tháng 7 năm 2022". Year 2022 (the decision's date).
# --------------------------------------------------------------------------
D09 = dict(name="09_gialai-qd489-xep-hang-cqdt-2021-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 10 Nghệ An, the plan for building and surveying the competitiveness index of the province's
# departments and districts (DDCI) in 2022 (KH 665/KH-UBND of 29 September 2022;
# hethongphapluat.vn; nothing cut; the excerpt opens with the state's name and the plan's number and
# ends in "giải pháp để nâng "). A precision text, no record: "665/KH-UBND", "02/NQ-CP" (documents),
# "ngày 29 tháng 9 năm 2022", "10/01/2022", "năm 2022" (dates), the labels "I.", "a)", "b)". Its
# targets are stated without numbers ("Nâng cao chất lượng ..."). Year 2022.
# --------------------------------------------------------------------------
D10 = dict(name="10_nghean-kh665-ddci-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 11 Đồng Tháp, the province's PCI 2024 and PGI 2024 (nld.com.vn; the stamp " date 2025-06" written
# as the first line; cut: the photo caption "Lãnh đạo UBND tỉnh Đồng Tháp tặng bằng khen ... Ảnh:
# VIỆT TIẾN" with the blank line after it; the excerpt ends in "thủ tục hành chính..."). Year 2024
# (the indices "năm 2024"; the stamp's 2025 is the year of publication). Results: "đạt 70,35 điểm"
# (PCI, other, "điểm"), "rơi xuống vị trí thứ 9 so với vị trí thứ 5 năm 2023" (two PCI ranks, 2024
# and 2023: the earlier place is a value with its year), "tỉnh có 4 chỉ số tăng điểm so với năm 2023"
# (a count of component indices with a rise, as set25's "53 địa phương ghi nhận mức tăng"), the PGI's
# "vươn lên vị trí thứ 7 cả nước (năm 2023 là 18)" (two ranks, 2024 and 2023). Not quantities:
# "tháng 5-2025" (a date), "tăng 0,69 điểm" (a change), "17 năm liền (2008 - 2024) nằm trong nhóm
# dẫn đầu" (a duration; the group has no number), "10 chỉ số PCI thành phần" (the parts of the
# index), "2 chỉ số này" (the two indices named, not a value), "năm 2025". Pillar null. Ids:
# rank.pci_score, rank.pci for the PCI; null for the PGI ranks and the count.
# --------------------------------------------------------------------------
D11 = dict(name="11_dongthap-pci-pgi-2024", kind="result", year=2024, records=[
    R("đạt «70,35 điểm", "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) năm 2024 tỉnh Đồng Tháp đạt", "=", 70.35, **PTS,
      iid="rank.pci_score"),
    R("vị trí thứ «9 so", "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) Đồng Tháp rơi xuống vị trí thứ", "=", 9, **RANK,
      iid="rank.pci"),
    R("vị trí thứ «5 năm", "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) Đồng Tháp vị trí thứ", "=", 5, **RANK,
      year=2023, iid="rank.pci"),
    R("có «4 chỉ số", "chỉ số PCI thành phần tăng điểm so với năm 2023", "=", 4, **CNT),
    R("vị trí thứ «7 cả", "Chỉ số xanh cấp tỉnh (PGI) Đồng Tháp vươn lên vị trí thứ cả nước", "=", 7, **RANK),
    R("là «18)", "Chỉ số xanh cấp tỉnh (PGI) Đồng Tháp vị trí", "=", 18, **RANK, year=2023),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
