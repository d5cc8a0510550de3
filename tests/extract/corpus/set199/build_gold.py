#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set199).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(here: the bound that names a group, "đạt trên 90%", as set184 decided "thấp (dưới 60%)");
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).

The one table text (01) is written with `ROW(...)`: two records per row of the table (the points,
the place in the ranking), each located by a locator spelled from the row's own cells (its row
number, the unit's name, then its cells up to the number, cells joined by the table's blank lines).

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
LOCAL = "dti.local_government_score"

# --------------------------------------------------------------------------
# 01 Thừa Thiên Huế, the province's Quyết định 24/QĐ-UBND of 05/01/2022 ranking its departments on
# administrative reform (CCHC) in 2021, as the Department of Natural Resources and Environment's
# portal shows it, with the table of the departments (stnmt.thuathienhue.gov.vn; cut: the search box
# "Tìm kiếm tin tức" with the blank line and the line of one space after it, and the date line
# "Ngày cập nhật 12/01/2022", written as the first line `date 2022-01-12`; the excerpt ends in "đ").
# Year 2021 (the assessment "năm 2021"). Pillar null: the title names administrative reform, no
# pillar. Results: "14 cơ quan chuyên môn ... được xếp loại Tốt, 06 cơ quan ... Khá" (two counts);
# then, per row of the table TT | Tên đơn vị | Điểm đánh giá | Vị thứ | Xếp loại, two records: the
# points (unit other, unit_text null: no unit word at the number, as set193's table cells) and the
# place (rank, =). The departments are named in the indicator, no `place` (set193's decision for
# departments). Not quantities: the row numbers (TT), "24/QĐ-UBND", "05/01/2022", "năm 2021"; the
# classes (Xuất sắc, Tốt, Khá) carry no digit. Ids null (a department's CCHC score and place are
# not the catalogue's provincial PAR INDEX nor the DTI of departments).
# --------------------------------------------------------------------------
def ROW(tt, unit, score, rank, cls):
    """The two records of one row of 01's table: the points and the place."""
    topic = "công tác cải cách hành chính năm 2021"
    return [
        R(f"{tt}\n\n{unit}\n\n«{score}\n\n", f"điểm đánh giá {topic} của {unit}", "=",
          float(score.replace(",", ".")), **PTS0, line=True),
        R(f"{unit}\n\n{score}\n\n«{rank}\n\n{cls}", f"vị thứ xếp loại {topic} của {unit}", "=", int(rank),
          **RANK, line=True),
    ]


ROWS = [
    ("1", "Văn phòng UBND tỉnh", "97,685", "1", "Xuất sắc"),
    ("2", "Sở Tư pháp", "87,187", "2", "Tốt"),
    ("3", "Sở Công Thương", "85,804", "3", "Tốt"),
    ("4", "Sở Y tế", "85,584", "4", "Tốt"),
    ("5", "Sở Nông nghiệp và Phát triển nông thôn", "85,234", "5", "Tốt"),
    ("6", "Sở Thông tin và Truyền thông", "85,162", "6", "Tốt"),
    ("7", "Sở Nội vụ", "85,057", "7", "Tốt"),
    ("8", "Sở Ngoại vụ", "83,838", "8", "Tốt"),
    ("9", "Sở Du lịch", "83,533", "9", "Tốt"),
    ("10", "Sở Tài chính", "83,271", "10", "Tốt"),
    ("11", "Sở Tài nguyên và Môi trường", "83,226", "11", "Tốt"),
    ("12", "Sở Xây dựng", "83,218", "12", "Tốt"),
    ("13", "Sở Khoa học và Công nghệ", "83,038", "13", "Tốt"),
    ("14", "Sở Kế hoạch và Đầu tư", "83,034", "14", "Tốt"),
    ("15", "Ban Dân tộc tỉnh", "80,696", "15", "Tốt"),
    ("16", "Sở Giáo dục và Đào tạo", "79,455", "16", "Khá"),
    ("17", "Sở Lao động - Thương binh và Xã hội", "79,077", "17", "Khá"),
    ("18", "Sở Giao thông Vận tải", "79,027", "18", "Khá"),
    ("19", "Sở Văn hóa và Thể thao", "73,663", "19", "Khá"),
    ("20", "Thanh tra tỉnh", "73,559", "20", "Khá"),
    ("21", "Ban Quản lý Khu Kinh tế, công nghiệp tỉnh", "73,475", "21", "Khá"),
]

D01 = dict(name="01_thuathienhue-xep-loai-cchc-so-nganh-2021", kind="result", year=2021, records=[
    R("Xuất sắc, «14 cơ quan", "cơ quan chuyên môn thuộc UBND tỉnh được xếp loại Tốt, công tác cải cách hành chính",
      "=", 14, **CNT),
    R("Tốt, «06 cơ quan", "cơ quan chuyên môn thuộc UBND tỉnh được xếp loại Khá, công tác cải cách hành chính",
      "=", 6, **CNT),
    *[r for row in ROWS for r in ROW(*row)],
])

# --------------------------------------------------------------------------
# 02 Khánh Hòa, the province's administrative-reform portal: the decision of 11/01/2022 ranking the
# province's agencies, units and localities on the CCHC index of 2021 (cchc.khanhhoa.gov.vn; cut: the
# placeholder date "1/1/0001" with the blank line after it, the date line "13/01/2022" (written as
# the first line `date 2022-01-13`) with the blank lines around it, and "Back To Top"). Year 2021.
# Results (counts, =): "có 30 đơn vị xếp hạng Tốt", "13 đơn vị xếp hạng Khá", "1 đơn vị xếp hạng
# Trung bình". Not quantities: "trong số 44 cơ quan, đơn vị, địa phương thuộc đối tượng đánh giá"
# (the size of the group assessed, as set193's "15 xã đăng ký ... bao gồm"), the changes "tăng 01
# đơn vị so với năm 2020", "tăng 2 đơn vị", "giảm 3 đơn vị" (spec), "11/01/2022" (a date). Pillar
# null, ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_khanhhoa-xep-hang-chi-so-cchc-2021", kind="result", year=2021, records=[
    R("có «30 đơn vị", "cơ quan, đơn vị, địa phương xếp hạng Tốt theo Chỉ số cải cách hành chính", "=", 30, **CNT),
    R("); «13 đơn vị", "cơ quan, đơn vị, địa phương xếp hạng Khá theo Chỉ số cải cách hành chính", "=", 13, **CNT),
    R("); «1 đơn vị", "cơ quan, đơn vị, địa phương xếp hạng Trung bình theo Chỉ số cải cách hành chính", "=", 1,
      **CNT),
])

# --------------------------------------------------------------------------
# 03 Hà Giang, Kế hoạch 214/KH-UBND of 23/07/2021 on improving the province's PAR INDEX in 2021, with
# the document's metadata table (thuviennhadat.vn; nothing cut; the excerpt ends in "chỉ s"). The
# plan opens with the 2020 result: "năm 2020 tỉnh Hà Giang đạt 83,87 điểm, xếp thứ 33/63 tỉnh, thành
# phố": two results of 2020 (the score, unit other "điểm", id null as the earlier sets' "87,61 điểm";
# the place, rank =, id rank.par_index). Not quantities: "(tăng 4,64 điểm và 20 bậc so với năm
# 2019)" (changes, spec), the denominator "/63", the document numbers (214/KH-UBND, 1149/QĐ-BNV,
# 641/QĐ-BNV), dates, the list label "1.". Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hagiang-ke-hoach-nang-cao-par-index-2021", kind="result", year=2020, records=[
    R("Hà Giang đạt «83,87 điểm", "Chỉ số cải cách hành chính (PAR INDEX) năm 2020 của tỉnh Hà Giang", "=", 83.87,
      **PTS),
    R("xếp thứ «33/63", "Chỉ số cải cách hành chính (PAR INDEX) năm 2020 của tỉnh Hà Giang xếp thứ tỉnh, thành phố",
      "=", 33, **RANK, iid=PAR_RANK),
])

# --------------------------------------------------------------------------
# 04 Bắc Kạn, Sông Cầu ward (Bắc Kạn city) first of the province's 108 communes, wards and towns in
# the province's ranking of digital transformation for 2023 (songcau.backancity.gov.vn; cut: the
# comment and view counters "0" and "45", the byline "Nguyễn Phương" and the comment form "LEAVE A
# REPLY", "Please enter your comment!", "Please enter your name here" with the blank lines between
# them; no stamp, no byline date; the address's "2024/03/29" is not in the text). Year 2023.
# Results: the title's "đứng thứ 1 về Chuyển đổi số năm 2023" and the body's "xếp hạng thứ 1/108 xã,
# phường, thị trấn" (rank, =, each place a record: a value restated in a title gets a record at each
# place, set184), "dẫn đầu trên 108 xã, phường, thị trấn với 569,8 điểm" (unit other "điểm"; id
# dti.local_government_score: a commune's score in the province's index of communes). Not
# quantities: "2 nhóm với 8 chỉ số đánh giá chính", "5 chỉ số chính", "3 chỉ số" (the parts of an
# index, spec), "/108" and "trên 108 xã" (the size of the field). Pillar null; rank ids null (the
# catalogue has no commune rank).
# --------------------------------------------------------------------------
D04 = dict(name="04_backan-songcau-xep-hang-cds-phuong-2023", kind="result", year=2023, records=[
    R("đứng thứ «1 về", "Phường Sông Cầu đứng thứ về Chuyển đổi số", "=", 1, **RANK),
    R("hạng thứ «1/108", "Phường Sông Cầu xếp hạng thứ xã, phường, thị trấn về chuyển đổi số", "=", 1, **RANK),
    R("với «569,8 điểm", "điểm xếp hạng chuyển đổi số của Phường Sông Cầu, đơn vị dẫn đầu cấp xã, phường, thị trấn",
      "=", 569.8, **PTS, iid=LOCAL),
])

# --------------------------------------------------------------------------
# 05 Thái Nguyên, nine departments with a satisfaction index over 90% in 2022 (thainguyentv.vn;
# nothing cut; the title stands twice, as a title line and as the lead). Year 2022. Results
# (counts, =): the title's and the lead's "9 sở có chỉ số hài lòng năm 2022 đạt trên 90%" (each
# place a record, set184's restated title) and "còn có 4 sở có kết quả dưới 90% hài lòng". NOT:
# "đạt trên 90%" (twice), "Đạt dưới 90%", "dưới 90% hài lòng": the bound that names the group
# counted, not a value reached (set184's "thấp (dưới 60%)"). Not quantities: "giai đoạn 2021-2030"
# (dates). Pillar null; ids null (a count of departments, not the catalogue's satisfaction share).
# --------------------------------------------------------------------------
D05 = dict(name="05_thainguyen-chi-so-hai-long-so-nganh-2022", kind="result", year=2022, records=[
    R("«9 sở có chỉ số hài lòng năm 2022 đạt trên 90%\n9", "sở có chỉ số hài lòng năm 2022 đạt trên", "=", 9,
      **CNT, line=True),
    R("90%\n«9 sở", "sở có chỉ số hài lòng năm 2022 đạt trên", "=", 9, **CNT),
    R("còn có «4 sở", "sở có kết quả hài lòng dưới", "=", 4, **CNT),
], NOT=["đạt trên «90%\n9", "đạt trên «90%.", "Đạt dưới «90%", "kết quả dưới «90%"])

# --------------------------------------------------------------------------
# 06-10: precision texts, administrative documents as the legal-document sites show them, no record.
# 06 Cao Bằng, Quyết định 2893/QĐ-UBND of 31/12/2020 issuing the plan for IT in state agencies,
# digital government and information security 2021-2025 (hethongphapluat.com; cut: "Hệ thống pháp
# luật" and the two loading lines "Đang tải nội dung, vui lòng chờ giây lát..." with the blank line
# after them; the excerpt ends in "qu"): the header, the number, the date, the title and the "Căn
# cứ" citations of laws, decrees, resolutions and decisions (numbers and dates only).
# 07 Bắc Kạn, the province's public-service portal on Quyết định 488/QĐ-UBND of 26/3/2024 publishing
# the ranking of state agencies on digital transformation for 2023 (hanhchinhcong.backan.gov.vn;
# nothing cut): a document number, dates, four web addresses, "năm 2023", "năm 2024"; no value.
# 08 Trà Vinh, Quyết định 1267/QĐ-UBND of 25/7/2024 issuing the plan to raise the province's
# e-commerce index in 2025 (thuvienphapluat.vn; nothing cut): header, citations, "Tờ trình số
# 34/TTr-SCT", "Điều 1.", "Điều 2.", "Điều 3.".
# 09 Thái Bình, Quyết định 571/QĐ-UBND of 17/3/2022 approving the province's digital transformation
# scheme to 2025 (thuvienphapluat.vn; cut: the site's search prompt "Từ khoá: Số Hiệu, ...", "Đăng
# nhập", "Đang tải văn bản..." with their blank lines): the site's metadata lines ("Số hiệu:
# 571/QĐ-UBND", "Ngày ban hành: 17/03/2022"), the header and the citations.
# 10 Bình Thuận, Quyết định 755/QĐ-UBND of 01/4/2020 issuing the plan to survey satisfaction with the
# handling of administrative procedures 2016-2020 (ls1.hethongphapluat.com; nothing cut): citations,
# "Tờ trình số 538/TTr-SNV", "giai đoạn 2016 - 2020", "Điều 1."-"Điều 3.".
# --------------------------------------------------------------------------
D06 = dict(name="06_caobang-qd-2893-ke-hoach-cntt-2021-2025-precision", kind="target", year=2020, records=[])
D07 = dict(name="07_backan-qd-488-cong-bo-xep-hang-cds-2023-precision", kind="result", year=2023, records=[])
D08 = dict(name="08_travinh-qd-1267-chi-so-tmdt-2025-precision", kind="target", year=2025, records=[])
D09 = dict(name="09_thaibinh-qd-571-de-an-cds-2025-precision", kind="target", year=2025, records=[])
D10 = dict(name="10_binhthuan-qd-755-do-luong-hai-long-2020-precision", kind="target", year=2020, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
