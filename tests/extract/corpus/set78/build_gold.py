#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set78).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (232
entries; see README). As in set10-set69, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T, RES  # noqa: E402


DIEM = dict(unit="other", unit_text="điểm")
PTS = dict(unit="other", unit_text=None)  # an index value written without "điểm"

# --------------------------------------------------------------------------
# 01 Lai Châu, PAR INDEX, SIPAS and PAPI of 2022 (pcivietnam.vn; no date shown;
# "năm 2022" → 2022). Three indices, each a value and a place: "PAR INDEX ...
# đạt 86,29 điểm" (other/điểm; no id: the catalogue's rank.par_index_score is
# in %, this page writes points), "xếp vị trí thứ 24/63" (rank.par_index);
# "SIPAS đạt 79,34%" (rank.sipas), "thứ 35/63" (no SIPAS-rank id → null); "PAPI
# đạt 42,69 điểm" and "thứ 27/63" (null: the catalogue holds only PAPI's
# e-governance dimension). Not quantities: "tăng 7 bậc", "tăng 2 hạng", "tăng 3
# bậc so với năm 2021" (changes), "năm 2021", "năm 2022". Titles name no pillar.
# --------------------------------------------------------------------------
D01 = dict(name="01_laichau-par-sipas-papi-2022", kind="result", year=2022, records=[
    R("năm 2022 đạt «86,29 điểm", "Chỉ số cải cách hành chính (PAR INDEX) tỉnh Lai Châu", "=", 86.29, **DIEM),
    R("vị trí thứ «24/63", "Chỉ số cải cách hành chính (PAR INDEX) tỉnh Lai Châu xếp vị trí tỉnh, thành phố", "=", 24,
      **RANK, iid="rank.par_index"),
    R("(SIPAS) đạt «79,34%", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", "=", 79.34, iid="rank.sipas"),
    R("vị trí thứ «35/63", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) xếp vị trí tỉnh, thành phố", "=", 35,
      **RANK),
    R("(PAPI) đạt «42,69 điểm", "Chỉ số hiệu quả quản trị và hành chính công (PAPI)", "=", 42.69, **DIEM),
    R("vị trí thứ «27/63", "Chỉ số hiệu quả quản trị và hành chính công (PAPI) xếp vị trí tỉnh, thành phố", "=", 27,
      **RANK),
])

# --------------------------------------------------------------------------
# 02 Quảng Nam, the public-service index ("Bộ chỉ số phục vụ người dân và doanh
# nghiệp") (quangnam.gov.vn print page; no date shown; "năm 2024" in the text →
# 2024). The place is stated twice (the title "xếp thứ 21 cả nước" and "đứng vị
# trí 21/63"): two rank records, rank.public_service_index. "đạt 80,1 điểm" and
# the national mean "bình quân cả nước 75.5 điểm" (a decimal printed with a
# point) and the six component scores "13.2/18 điểm" ... "15.6/22 điểm" (value
# the points reached; the "/18" is the component's maximum, no quantity): other/
# điểm, no id (the catalogue holds the index's rank only). The counts of
# departments and districts per rating class ("08 sở được xếp loại tốt", "7 sở,
# ngành được xếp loại khá", "13 địa phương được xếp loại tốt", "5 huyện xếp loại
# khá"): count results, null id (as set29's and set42's agencies per grade). Not
# quantities: "Ngày 19/8", "năm 2024". Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_quangnam-chi-so-phuc-vu-2024", kind="result", year=2024, records=[
    R("Quảng Nam đang xếp thứ «21 cả nước", "Quảng Nam xếp thứ cả nước về Bộ chỉ số phục vụ người dân và doanh nghiệp",
      "=", 21, **RANK, iid="rank.public_service_index"),
    R("đứng vị trí «21/63", "tỉnh Quảng Nam đứng vị trí Bộ chỉ số phục vụ người dân và doanh nghiệp", "=", 21, **RANK,
      iid="rank.public_service_index"),
    R("đạt «80,1 điểm", "tỉnh Quảng Nam Bộ chỉ số phục vụ người dân và doanh nghiệp", "=", 80.1, **DIEM),
    R("bình quân cả nước «75.5 điểm", "bình quân cả nước Bộ chỉ số phục vụ người dân và doanh nghiệp", "=", 75.5,
      **DIEM),
    R("minh bạch đạt «13.2/18", "chỉ số Công khai, minh bạch", "=", 13.2, **DIEM),
    R("Tiến độ giải quyết «18.4/20", "chỉ số Tiến độ giải quyết", "=", 18.4, **DIEM),
    R("DVC trực tuyến đạt «7.7/12", "chỉ số DVC trực tuyến", "=", 7.7, **DIEM),
    R("Thanh toán trực tuyến đạt «7.6/10", "chỉ số Thanh toán trực tuyến", "=", 7.6, **DIEM),
    R("hài lòng tỉnh đạt «17.6/18", "chỉ số Mức độ hài lòng tỉnh", "=", 17.6, **DIEM),
    R("Số hóa hồ sơ «15.6/22", "chỉ số Số hóa hồ sơ", "=", 15.6, **DIEM),
    R("xếp loại xuất sắc; «08 sở", "sở được xếp loại tốt", "=", 8, **CNT),
    R("Du lịch và «7 sở, ngành", "sở, ngành được xếp loại khá", "=", 7, **CNT),
    R("thành phố có «13 địa phương", "cấp huyện, thị xã, thành phố địa phương được xếp loại tốt", "=", 13, **CNT),
    R("Phú Ninh và «5 huyện", "huyện xếp loại khá", "=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 03 Quảng Trị, the public-service index on the national portal after the
# two-level local government (baomoi.net.vn; no date shown, and no year named
# anywhere: "Tính đến ngày 25-7" → year null). The title's question "Địa phương
# nào xếp thứ 2 cả nước" is answered by the text (Quảng Trị): a rank record
# (=, 2; rank.public_service_index; a judgement); "đứng thứ hai" (twice) is
# written in words, no number to anchor. "đạt tổng 77,65/100 điểm" (the
# "/100" the scale) and five component scores "15,4 điểm" ... "16,05 điểm":
# other/điểm, null id. Not quantities: "25-7" (three times in the source, the
# two photo-caption copies cut), "tổng số 34 tỉnh, thành" (the provinces
# ranked), "gần một tháng", "hai cấp". Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_quangtri-chi-so-phuc-vu-hai-cap", kind="result", year=None, records=[
    R("nào xếp thứ «2 cả nước", "Địa phương xếp thứ cả nước về chỉ số phục vụ người dân, doanh nghiệp", "=", 2,
      **RANK, iid="rank.public_service_index"),
    R("đạt tổng «77,65/100", "Bộ chỉ số phục vụ người dân và doanh nghiệp tỉnh Quảng Trị đạt tổng", "=", 77.65, **DIEM),
    R("minh bạch đạt «15,4 điểm", "chỉ số công khai, minh bạch", "=", 15.4, **DIEM),
    R("hành chính đạt «19,35 điểm", "tiến độ giải quyết thủ tục hành chính", "=", 19.35, **DIEM),
    R("trực tuyến đạt «9,03 điểm", "dịch vụ trực tuyến", "=", 9.03, **DIEM),
    R("hài lòng đạt «17,82 điểm", "mức độ hài lòng", "=", 17.82, **DIEM),
    R("hồ sơ đạt «16,05 điểm", "số hóa hồ sơ", "=", 16.05, **DIEM),
])

# --------------------------------------------------------------------------
# 04 Bình Dương and Bến Cát, the public-service index "Bộ chỉ số 766" in the
# third week of 2024 (bencat.binhduong.gov.vn; no date shown; "Tuần 03 năm 2024"
# → 2024). A precision text: six quantities among a week number, a date and
# six changes. The place "01/63" is stated twice (title and body): two rank
# records, rank.public_service_index. "đạt 83,47 điểm", the group "dịch vụ
# công trực tuyến đạt 7,5 điểm", Bến Cát's "đạt 83,8 điểm" (other/điểm, null
# id) and Bến Cát's "đứng thứ 6/9 huyện, thị, thành phố" (rank, null: a place
# among a province's districts). Not quantities: "tăng 4,41 điểm", "tăng 3
# hạng", "tăng 0,1 điểm", "tăng 0,4 điểm", "tăng 2,8 điểm" (changes against
# the week before), "tuần 02" (twice), "Tuần 03", "22/01", "766" (the index's
# name, four times). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_binhduong-bencat-bo-chi-so-766-2024-precision", kind="result", year=2024, records=[
    R("được xếp hạng «01/63 tỉnh, thành phố", "Bình Dương được xếp hạng tỉnh, thành phố Bộ chỉ số 766", "=", 1, **RANK,
      iid="rank.public_service_index"),
    R("Bình Dương đạt «83,47 điểm", "Bình Dương Bộ chỉ số 766", "=", 83.47, **DIEM),
    R("xếp hạng «01/63 tỉnh, thành,", "Bình Dương xếp hạng tỉnh, thành Bộ chỉ số 766", "=", 1, **RANK,
      iid="rank.public_service_index"),
    R("trực tuyến đạt «7,5 điểm", "nhóm chỉ số dịch vụ công trực tuyến", "=", 7.5, **DIEM),
    R("766 đạt «83,8 điểm", "thị xã Bến Cát thực hiện Bộ chỉ số 766", "=", 83.8, **DIEM),
    R("đứng thứ «6/9", "thị xã Bến Cát đứng thứ huyện, thị, thành phố của tỉnh Bình Dương", "=", 6, **RANK),
])

# --------------------------------------------------------------------------
# 05 Đà Nẵng, the Vietnam ICT Index 2019 (amp.cand.com.vn; the timestamp line
# "17:15 24/08/2019" cut and written as `date 2019-08`; "năm 2019" → 2019).
# Scores written "0,8654/1 điểm" (the "/1" the scale): other/điểm. The total
# scores of Đà Nẵng, Thừa Thiên Huế and Quảng Ninh: rank.ict_index_score (place
# on the two other provinces). The four component indices ("hạ tầng kỹ thuật",
# "hạ tầng nhân lực", "ứng dụng CNTT", "dịch vụ công trực tuyến"): Đà Nẵng's
# place in each ("xếp hạng 1", "xếp thứ 2", "xếp thứ 2", "xếp thứ 4"; rank,
# null id) and score, and the score of the province named beside it (place),
# all null id (the catalogue holds the total only); "(1/1 điểm)" is Thừa Thiên
# Huế's full score (value 1). Not quantities: "11 năm liên tiếp" (twice, once
# in the title), "4 chỉ tiêu thành phần" (parts of the index), "năm thứ 14",
# "lần thứ 11", "Năm 2019", "năm 2019". Pillar null (the title names the index,
# not a pillar).
# --------------------------------------------------------------------------
D05 = dict(name="05_danang-ict-index-2019", kind="result", year=2019, records=[
    R("TP Đà Nẵng đạt «0,8654/1", "TP Đà Nẵng Việt Nam ICT Index", "=", 0.8654, **DIEM, iid="rank.ict_index_score"),
    R("Thừa Thiên Huế («0,8046/1", "tỉnh Thừa Thiên Huế Việt Nam ICT Index", "=", 0.8046, **DIEM,
      place="Thừa Thiên Huế", iid="rank.ict_index_score"),
    R("Quảng Ninh («0,7350/1", "Quảng Ninh Việt Nam ICT Index", "=", 0.735, **DIEM, place="Quảng Ninh",
      iid="rank.ict_index_score"),
    R("Đà Nẵng xếp hạng «1 ở", "Đà Nẵng xếp hạng chỉ số hạ tầng kỹ thuật", "=", 1, **RANK),
    R("với «0,7925/1", "Đà Nẵng chỉ số hạ tầng kỹ thuật", "=", 0.7925, **DIEM),
    R("Vũng Tàu («0,7125/1", "Bà Rịa - Vũng Tàu chỉ số hạ tầng kỹ thuật", "=", 0.7125, **DIEM,
      place="Bà Rịa - Vũng Tàu"),
    R("nhân lực”, Đà Nẵng xếp thứ «2 (", "Đà Nẵng xếp thứ chỉ số hạ tầng nhân lực", "=", 2, **RANK),
    R("(«0,9538/1", "Đà Nẵng chỉ số hạ tầng nhân lực", "=", 0.9538, **DIEM),
    R("(«0,9578 điểm", "Thừa Thiên Huế chỉ số hạ tầng nhân lực", "=", 0.9578, **DIEM, place="Thừa Thiên Huế"),
    R("CNTT”, Đà Nẵng xếp thứ «2 (", "Đà Nẵng xếp thứ chỉ số ứng dụng CNTT", "=", 2, **RANK),
    R("(«0,85/1", "Đà Nẵng chỉ số ứng dụng CNTT", "=", 0.85, **DIEM),
    R("(«0,9062/1", "Thừa Thiên Huế chỉ số ứng dụng CNTT", "=", 0.9062, **DIEM, place="Thừa Thiên Huế"),
    R("Đà Nẵng xếp thứ «4 (", "Đà Nẵng xếp thứ chỉ số dịch vụ công trực tuyến", "=", 4, **RANK),
    R("(«0,7/1", "Đà Nẵng chỉ số dịch vụ công trực tuyến", "=", 0.7, **DIEM),
    R("Huế («1/1 điểm", "Thừa Thiên Huế chỉ số dịch vụ công trực tuyến", "=", 1, **DIEM, place="Thừa Thiên Huế"),
    R("Quảng Ninh («0,86/1", "Quảng Ninh chỉ số dịch vụ công trực tuyến", "=", 0.86, **DIEM, place="Quảng Ninh"),
    R("Tiền Giang («0,72/1", "Tiền Giang chỉ số dịch vụ công trực tuyến", "=", 0.72, **DIEM, place="Tiền Giang"),
])

# --------------------------------------------------------------------------
# 06 Tây Ninh, the Vietnam ICT Index 2019 (baotayninh.vn; the byline "Chủ nhật:
# 18:53 ngày 25/08/2019" cut and written as `date 2019-08`; "năm 2019" → 2019).
# "Với 0,4582 điểm" (rank.ict_index_score) and "xếp hạng 25/63"
# (rank.ict_index). Đà Nẵng's "0,8654 điểm" (place). "TP.Hồ Chí Minh và Hà Nội
# lần lượt tụt hạng từ vị trí thứ 2, thứ 3 của năm 2018 xuống vị trí thứ 7 và
# 8": four rank records, two of 2018 (each place's value then, stated as a
# value, not as a change) and two of 2019, place "TP.Hồ Chí Minh" / "Hà Nội",
# rank.ict_index. Not quantities: "tăng 8 bậc" (title and body; changes),
# "năm 2018", "(CNTT) 2019", "ngày 23.8", "năm thứ 14", "ICT Index 2019"
# (twice). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_tayninh-ict-index-2019", kind="result", year=2019, records=[
    R("Với  «0,4582 điểm", "Tây Ninh Vietnam ICT Index", "=", 0.4582, **DIEM, iid="rank.ict_index_score"),
    R("xếp hạng «25/63", "Tây Ninh xếp hạng tỉnh, thành phố Vietnam ICT Index", "=", 25, **RANK, iid="rank.ict_index"),
    R("dẫn đầu với «0,8654 điểm", "TP Đà Nẵng bảng xếp hạng chỉ số ICT Index", "=", 0.8654, **DIEM, place="Đà Nẵng",
      iid="rank.ict_index_score"),
    R("từ vị trí thứ «2, thứ 3", "TP.Hồ Chí Minh vị trí bảng xếp hạng chỉ số ICT Index", "=", 2, **RANK, year=2018,
      place="TP.Hồ Chí Minh", iid="rank.ict_index"),
    R("thứ 2, thứ «3 của", "Hà Nội vị trí bảng xếp hạng chỉ số ICT Index", "=", 3, **RANK, year=2018, place="Hà Nội",
      iid="rank.ict_index"),
    R("xuống vị trí thứ «7 và", "TP.Hồ Chí Minh vị trí bảng xếp hạng chỉ số ICT Index", "=", 7, **RANK,
      place="TP.Hồ Chí Minh", iid="rank.ict_index"),
    R("thứ 7 và «8.", "Hà Nội vị trí bảng xếp hạng chỉ số ICT Index", "=", 8, **RANK, place="Hà Nội",
      iid="rank.ict_index"),
])

# --------------------------------------------------------------------------
# 07 Bình Dương, the EBI (socongthuong.binhduong.gov.vn; no date shown and no
# year of the index named: "Năm nay" → year null). Title "Bình Dương xếp hạng
# 4 về chỉ số thương mại điện tử" (rank.ebi_rank; the title names e-commerce →
# pillar digital_economy for the whole excerpt, as set69's 08). The five
# leading provinces' values are stated twice (sapo and body; each recorded):
# "TP.HCM (78,6)" ... "Hải Phòng (42,2)", no "điểm" written → unit_text null;
# rank.ebi_score, place on all but Bình Dương. The five lowest likewise once;
# "Cà Mau (21.2)" is printed with a point (value 21.2). The component indices
# ("nguồn nhân lực và hạ tầng" 93,7 and 85,5; "B2C" 72,4, 69,2, 62,1, 61,6;
# "B2B" 77 điểm): other/điểm, null id. Not quantities: "nhóm 5 địa phương dẫn
# đầu" (twice) and "5 địa phương có thứ hạng thấp nhất" (the length of the list
# that follows; its members carry their values; a judgement), "năm 2012", "4
# chỉ số thành phần" (parts of the index), "3.566 doanh nghiệp", "54 tỉnh" (the
# survey's sample, like participants), "B2C", "B2B", "G2B".
# --------------------------------------------------------------------------
_E = "chỉ số EBI"
D07 = dict(name="07_binhduong-chi-so-ebi", kind="result", year=None, records=[
    R("Bình Dương xếp hạng «4 về", "Bình Dương xếp hạng chỉ số thương mại điện tử", "=", 4, **RANK, pillar=ECO,
      iid="rank.ebi_rank"),
]
+ [R(f"là TP.HCM («78,6), Hà Nội (75,8), Đà Nẵng (52,8), Bình Dương (43) và Hải Phòng (42,2).{tail}",
     f"TP.HCM {_E}", "=", 78.6, **PTS, pillar=ECO, place="TP.HCM", iid="rank.ebi_score",
     start_at="Theo bảng")
   for tail in ("\n\nTheo", " Còn")]
+ [R(f"Hà Nội («75,8), Đà Nẵng (52,8), Bình Dương (43) và Hải Phòng (42,2).{tail}",
     f"Hà Nội {_E}", "=", 75.8, **PTS, pillar=ECO, place="Hà Nội", iid="rank.ebi_score",
     start_at="Theo bảng")
   for tail in ("\n\nTheo", " Còn")]
+ [R(f"Đà Nẵng («52,8), Bình Dương (43) và Hải Phòng (42,2).{tail}",
     f"Đà Nẵng {_E}", "=", 52.8, **PTS, pillar=ECO, place="Đà Nẵng", iid="rank.ebi_score",
     start_at="Theo bảng")
   for tail in ("\n\nTheo", " Còn")]
+ [R(f"Bình Dương («43) và Hải Phòng (42,2).{tail}",
     f"Bình Dương {_E}", "=", 43, **PTS, pillar=ECO, iid="rank.ebi_score",
     start_at="Theo bảng")
   for tail in ("\n\nTheo", " Còn")]
+ [R(f"Hải Phòng («42,2).{tail}",
     f"Hải Phòng {_E}", "=", 42.2, **PTS, pillar=ECO, place="Hải Phòng", iid="rank.ebi_score",
     start_at="Theo bảng")
   for tail in ("\n\nTheo", " Còn")]
+ [
    R("Yên Bái («23,7)", "Yên Bái địa phương có thứ hạng thấp nhất chỉ số EBI", "=", 23.7, **PTS, pillar=ECO,
      place="Yên Bái", iid="rank.ebi_score"),
    R("Tuyên Quang («23,2)", "Tuyên Quang địa phương có thứ hạng thấp nhất chỉ số EBI", "=", 23.2, **PTS, pillar=ECO,
      place="Tuyên Quang", iid="rank.ebi_score"),
    R("Bắc Kạn («22,6)", "Bắc Kạn địa phương có thứ hạng thấp nhất chỉ số EBI", "=", 22.6, **PTS, pillar=ECO,
      place="Bắc Kạn", iid="rank.ebi_score"),
    R("Cà Mau («21.2)", "Cà Mau địa phương có thứ hạng thấp nhất chỉ số EBI", "=", 21.2, **PTS, pillar=ECO,
      place="Cà Mau", iid="rank.ebi_score"),
    R("Lạng Sơn («21,2)", "Lạng Sơn địa phương có thứ hạng thấp nhất chỉ số EBI", "=", 21.2, **PTS, pillar=ECO,
      place="Lạng Sơn", iid="rank.ebi_score"),
    R("cao nhất với «93,7 điểm", "Hà Nội chỉ số thành phần nguồn nhân lực và hạ tầng", "=", 93.7, **DIEM, pillar=ECO,
      place="Hà Nội"),
    R("TP.HCM «85,5 điểm", "TP.HCM chỉ số thành phần nguồn nhân lực và hạ tầng", "=", 85.5, **DIEM, pillar=ECO,
      place="TP.HCM"),
    R("với «72,4 điểm", "TP.HCM chỉ số thành phần giao dịch B2C", "=", 72.4, **DIEM, pillar=ECO, place="TP.HCM"),
    R("Hà Nội với «69,2 điểm", "Hà Nội chỉ số thành phần giao dịch B2C", "=", 69.2, **DIEM, pillar=ECO,
      place="Hà Nội"),
    R("Bình Dương «62,1 điểm", "Bình Dương chỉ số thành phần giao dịch B2C", "=", 62.1, **DIEM, pillar=ECO),
    R("Hải Phòng «61,6 điểm", "Hải Phòng chỉ số thành phần giao dịch B2C", "=", 61.6, **DIEM, pillar=ECO,
      place="Hải Phòng"),
    R("cao nhất với «77 điểm", "TP.HCM nhóm chỉ tiêu giao dịch B2B điểm số", "=", 77, **DIEM, pillar=ECO,
      place="TP.HCM"),
])

# --------------------------------------------------------------------------
# 08 Sơn La, PAPI 2022 (susta.vn; no date shown; "PAPI năm 2022" → 2022). "từ
# 40,14 lên 40,87": two values, 40,14 of 2021 (the year before, stated as a
# value) and 40,87 of 2022 (other; "Điểm số" written before the numbers →
# unit_text "điểm"); "(từ vị trí 53 lên 46)" and "(từ vị trí 11 lên 10)" in
# the region TD&MNPB: four rank records, 2021 and 2022 each. The national mean
# "giảm nhẹ từ 41,71 (2021) xuống 41,56 (2022)": two records, the year in the
# bracket. Quảng Ninh's "47,88" and Cao Bằng's "38,80" (place; unit_text null,
# no "điểm" after them). The counts of provinces per group ("Nhóm cao nhất có
# 16 tỉnh", "16 tỉnh", "14 tỉnh", "15 tỉnh") and by movement ("29 tỉnh tăng
# điểm và 32 tỉnh giảm điểm", "28 tỉnh thăng hạng", "29 tỉnh thụt hạng"): count
# results (the index's outcome for the provinces, like agencies per grade; a
# judgement). All ids null (PAPI's total and ranks are not in the catalogue).
# Not quantities: "thăng 7 bậc", "thăng 1 bậc", "tăng 1 tỉnh" (twice), "giảm 1
# tỉnh", "trên 2 điểm", "gần 3 điểm", "34 bậc" (twice) (changes); "1. Khái quát
# chung", "12.4.2022", "(PAPI) 2022", "Papi 2022"; the index's make-up "8 chỉ số
# lĩnh vực", "80 điểm", "mỗi chỉ số 10 điểm", "28 chỉ số nội dung", "102 chỉ
# tiêu", "4 nhóm"; "năm 2021" (three times); the cut-off "33 t".
# --------------------------------------------------------------------------
_P = "Điểm số Papi của tỉnh"
D08 = dict(name="08_sonla-papi-2022", kind="result", year=2022, records=[
    R("từ «40,14 lên", _P, "=", 40.14, **DIEM, year=2021),
    R("lên «40,87.", _P, "=", 40.87, **DIEM),
    R("từ vị trí «53 lên", "Thứ hạng trong cả nước Papi vị trí", "=", 53, **RANK, year=2021),
    R("vị trí 53 lên «46)", "Thứ hạng trong cả nước Papi vị trí", "=", 46, **RANK),
    R("từ vị trí «11 lên", "Thứ hạng trong vùng TD&MNPB vị trí", "=", 11, **RANK, year=2021),
    R("vị trí 11 lên «10)", "Thứ hạng trong vùng TD&MNPB vị trí", "=", 10, **RANK),
    R("từ «41,71 (2021)", "Điểm số Papi trung bình các tỉnh", "=", 41.71, **PTS, year=2021),
    R("xuống «41,56 (2022)", "Điểm số Papi trung bình các tỉnh", "=", 41.56, **PTS),
    R("tổng hợp đạt «47,88", "Tỉnh Quảng Ninh bảng xếp hạng Papi chỉ số tổng hợp", "=", 47.88, **PTS,
      place="Quảng Ninh"),
    R("cuối cùng với «38,80", "tỉnh Cao Bằng bảng xếp hạng Papi", "=", 38.80, **PTS, place="Cao Bằng"),
    R("Nhóm cao nhất có «16 tỉnh", "Papi Nhóm cao nhất có tỉnh", "=", 16, **CNT),
    R("Trung bình cao «16 tỉnh", "Papi Nhóm Trung bình cao tỉnh", "=", 16, **CNT),
    R("trung bình thấp «14 tỉnh", "Papi Nhóm trung bình thấp tỉnh", "=", 14, **CNT),
    R("thấp nhất «15 tỉnh", "Papi Nhóm thấp nhất tỉnh", "=", 15, **CNT),
    R("Có «29 tỉnh tăng điểm", "tỉnh tăng điểm so với năm 2021", "=", 29, **CNT),
    R("và «32 tỉnh giảm điểm", "tỉnh giảm điểm so với năm 2021", "=", 32, **CNT),
    R("«28 tỉnh thăng hạng", "tỉnh thăng hạng", "=", 28, **CNT),
    R("«29 tỉnh thụt hạng", "tỉnh thụt hạng", "=", 29, **CNT),
])

# --------------------------------------------------------------------------
# 09 Đồng Nai, PAPI 2023 (baohomnay.com; no date shown; "PAPI năm 2023" →
# 2023). The leading provinces' scores "Thừa Thiên Huế (46,04 điểm)" ...
# "Ninh Thuận (45,50 điểm)", Hà Nội's "43,96 điểm" and Thành phố Hồ Chí Minh's
# "41,77 điểm" ("lần lượt"), Đắk Nông's "38,97 điểm" (place on each), Đồng
# Nai's own "đạt gần 40 điểm" (op ~). "thuộc nhóm 14 tỉnh, thành có chỉ số
# PAPI thấp nhất": a group counted from the bottom: rank, op <=, 14, the
# ranking's direction in the wording (a judgement by the spec's "thuộc nhóm 20
# tỉnh dẫn đầu"). All ids null. Not quantities: "từ năm 2009", "2 trung tâm
# kinh tế lớn nhất", "2 tỉnh có chỉ số PAPI cao" (counts of the places named),
# "Năm 2023" (twice). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_dongnai-papi-2023", kind="result", year=2023, records=[
    R("Thừa Thiên Huế («46,04", "Thừa Thiên Huế chỉ số PAPI", "=", 46.04, **DIEM, place="Thừa Thiên Huế"),
    R("Thái Nguyên («45,78", "Thái Nguyên chỉ số PAPI", "=", 45.78, **DIEM, place="Thái Nguyên"),
    R("Bắc Ninh («45,70", "Bắc Ninh chỉ số PAPI", "=", 45.70, **DIEM, place="Bắc Ninh"),
    R("Sóc Trăng («45,61", "Sóc Trăng chỉ số PAPI", "=", 45.61, **DIEM, place="Sóc Trăng"),
    R("Bạc Liêu («45,57", "Bạc Liêu chỉ số PAPI", "=", 45.57, **DIEM, place="Bạc Liêu"),
    R("Ninh Thuận («45,50", "Ninh Thuận chỉ số PAPI", "=", 45.50, **DIEM, place="Ninh Thuận"),
    R("lần lượt đạt «43,96", "Hà Nội chỉ số PAPI", "=", 43.96, **DIEM, place="Hà Nội"),
    R("và «41,77 điểm", "Thành phố Hồ Chí Minh chỉ số PAPI", "=", 41.77, **DIEM, place="Thành phố Hồ Chí Minh"),
    R("cuối bảng với «38,97", "Tỉnh Đắk Nông đứng cuối bảng chỉ số PAPI", "=", 38.97, **DIEM, place="Đắk Nông"),
    R("đạt gần «40 điểm", "chỉ số PAPI của Đồng Nai", "~", 40, **DIEM),
    R("thuộc nhóm «14 tỉnh", "Đồng Nai nhóm tỉnh, thành có chỉ số PAPI thấp nhất", "<=", 14, **RANK),
])

# --------------------------------------------------------------------------
# 10 Lào Cai, PCI 2016 (phauthuatthankinh.edu.vn, a copy of a provincial news
# item; the site's opening boilerplate line cut; no date shown; "năm 2016" →
# 2016). A precision text: two quantities, "PCI của Lào Cai đạt 63,49 điểm"
# (rank.pci_score) and "xếp hạng 5/63" (rank.pci), among a date, a change, a
# year and the counts of the index's parts. Not quantities: "Sáng 12/5", "năm
# 2016", "tăng 1,17 điểm so với năm 2015" (a change), "PCI 2016", "10 chỉ số
# thành phần", "6 chỉ số tăng điểm", "4 chỉ số giảm điểm" (parts of the index
# and how many of them moved; a judgement). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_laocai-pci-2016-precision", kind="result", year=2016, records=[
    R("Lào Cai đạt «63,49 điểm", "PCI của Lào Cai", "=", 63.49, **DIEM, iid="rank.pci_score"),
    R("xếp hạng «5/63", "PCI của Lào Cai xếp hạng tỉnh, thành phố trong cả nước", "=", 5, **RANK, iid="rank.pci"),
])

# --------------------------------------------------------------------------
# 11 The EBI 2013 nationally (cesti.gov.vn; "Nguồn: SGTT" and "Các tin khác:"
# cut; no date shown; "chỉ số thương mại điện tử (EBI) năm 2013" → 2013; the
# title names e-commerce → pillar digital_economy). "TP.HCM (68,4) và Hà Nội
# (67,9)": rank.ebi_score, place, unit_text null. "tỷ lệ doanh nghiệp dùng
# email để nhận đơn hàng trong năm 2013 đã tăng lên 83% so với 70% của năm
# 2012": two shares, 83 of 2013 and 70 of 2012 (each a value; the rise is not
# recorded as such); "35% doanh nghiệp nhận đơn hàng trực tiếp trên website,
# cao hơn mức 29% của năm 2012": 35 of 2013 and 29 of 2012. Ids null (no
# catalogue share of firms taking orders by email or on a website). Not
# quantities: "hơn 3.000 doanh nghiệp" and "47 tỉnh" (the survey's sample),
# "năm tỉnh thành" (a word), the years.
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-ebi-2013", kind="result", year=2013, records=[
    R("TP.HCM («68,4)", "TP.HCM chỉ số EBI số điểm", "=", 68.4, **PTS, pillar=ECO, place="TP.HCM",
      iid="rank.ebi_score", start_at="Năm nay"),
    R("Hà Nội («67,9)", "Hà Nội chỉ số EBI số điểm", "=", 67.9, **PTS, pillar=ECO, place="Hà Nội",
      iid="rank.ebi_score", start_at="Năm nay"),
    R("tăng lên «83%", "tỷ lệ doanh nghiệp dùng email để nhận đơn hàng", "=", 83, pillar=ECO),
    R("so với «70%", "tỷ lệ doanh nghiệp dùng email để nhận đơn hàng", "=", 70, pillar=ECO, year=2012),
    R("đã có «35%", "doanh nghiệp nhận đơn hàng trực tiếp trên website", "=", 35, pillar=ECO),
    R("mức «29%", "doanh nghiệp nhận đơn hàng trực tiếp trên website", "=", 29, pillar=ECO, year=2012),
])

# --------------------------------------------------------------------------
# 12 Bà Rịa - Vũng Tàu, PAR INDEX, PCI, SIPAS and PAPI of 2021 (baobariavungtau
# .com.vn; the crawler's stamp " date 2022-07" written as `date 2022-07`;
# "Năm 2021" → 2021). One sentence, clauses split by ";". "PAR INDEX ... đạt
# 87,61 điểm" (other/điểm; null id, the catalogue's PAR score is in %); "PCI đạt
# 69,03 điểm" (rank.pci_score) and "xếp vị trí thứ 9" (rank.pci); "SIPAS đạt
# 86,72%" (rank.sipas) and "xếp thứ 38/63" (null); "PAPI là 40,62/80 điểm"
# (the "/80" the scale) and the same value as a share "đạt tỷ lệ 50,77%" (a %
# record; both null id). Not quantities: "tăng 1,59 điểm", "giảm 7 bậc", "tăng
# 3,55 điểm", "tăng 6 bậc", "giảm 3,84 điểm" (changes), "năm 2020" (four
# times), "nhóm 4" (the name of PAPI's lowest group, not a place; a judgement).
# --------------------------------------------------------------------------
D12 = dict(name="12_bariavungtau-par-sipas-papi-2021", kind="result", year=2021, records=[
    R("tỉnh đạt «87,61 điểm", "chỉ số PAR INDEX của tỉnh", "=", 87.61, **DIEM),
    R("PCI đạt «69,03 điểm", "chỉ số PCI", "=", 69.03, **DIEM, iid="rank.pci_score"),
    R("xếp vị trí thứ «9,", "chỉ số PCI xếp vị trí", "=", 9, **RANK, iid="rank.pci"),
    R("SIPAS đạt «86,72%", "chỉ số SIPAS", "=", 86.72, iid="rank.sipas"),
    R("xếp thứ «38/63", "chỉ số SIPAS xếp tỉnh, thành phố trong cả nước", "=", 38, **RANK),
    R("PAPI là «40,62/80", "chỉ số PAPI", "=", 40.62, **DIEM),
    R("đạt tỷ lệ «50,77%", "chỉ số PAPI đạt tỷ lệ", "=", 50.77),
])

# --------------------------------------------------------------------------
# 13 Tây Ninh, PAR INDEX and SIPAS of 2019 (baotayninh.vn's administrative-
# reform section page, the first item; no date shown; "năm 2019" → 2019).
# "chỉ số CCHC năm 2019 đạt 80,05%" (rank.par_index_score: the PAR INDEX in
# %), "nằm vị trí số 44" (rank.par_index); "SIPAS ... đạt 83,45%" (rank.sipas)
# and "xếp vị trí thứ 40" (null); "(năm 2018 là 81,24%, năm 2017 đạt
# 79,76%)": the SIPAS of 2018 and 2017 (values of earlier years, rank.sipas).
# Not quantities: "(tăng 4 bậc so với 2018)", "nhóm B" (no number). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_tayninh-cchc-sipas-2019", kind="result", year=2019, records=[
    R("năm 2019 đạt «80,05%", "Tỉnh Tây Ninh chỉ số CCHC", "=", 80.05, iid="rank.par_index_score"),
    R("vị trí số «44", "Tỉnh Tây Ninh chỉ số CCHC nằm vị trí số", "=", 44, **RANK, iid="rank.par_index"),
    R("đạt «83,45%", "chỉ số SIPAS", "=", 83.45, iid="rank.sipas"),
    R("vị trí thứ «40", "chỉ số SIPAS xếp vị trí trên cả nước", "=", 40, **RANK),
    R("năm 2018 là «81,24%", "chỉ số SIPAS", "=", 81.24, year=2018, iid="rank.sipas"),
    R("năm 2017 đạt «79,76%", "chỉ số SIPAS", "=", 79.76, year=2017, iid="rank.sipas"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
