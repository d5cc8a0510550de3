#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set329).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's change against an earlier
value); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The theme of set329 (tobacco harm prevention) has no indicator in the catalogue: every id is null.

The set's plans copy the national strategy's frame ("Giảm tỷ lệ sử dụng thuốc lá trong nhóm nam
từ 15 tuổi trở lên xuống dưới X%; nhóm nữ ... xuống dưới Y%"), written here with `SMOKE(...)`
(functools.partial over `R`: one target per group, op `<`, scope the group as written) and
`PASSIVE(...)` (one target per place of passive exposure, op `<`, scope null: a breakdown by kind
of place, not by level or population group).

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
NAM = "nhóm nam từ 15 tuổi trở lên"
NU = "nhóm nữ từ 15 tuổi trở lên"
USE = "tỷ lệ sử dụng thuốc lá"
SMOKE = functools.partial(R, indicator=USE, op="<", kind="target")


def smoke(loc, value, scope, year, **kw):
    """The strategy's smoking-rate target for one group (`<`, scope the group as written)."""
    return SMOKE(loc, value=value, scope=scope, year=year, **kw)


def passive(loc, place, value, year, **kw):
    """The strategy's passive-exposure target for one kind of place (`<`, scope null)."""
    return R(loc, f"tỷ lệ tiếp xúc thụ động với khói thuốc lá {place}", "<", value, **T, year=year, **kw)


# --------------------------------------------------------------------------
# 01 Hà Nội, Kế hoạch 259/KH-UBND of 26 October 2023: tobacco harm prevention in the city to 2030
# (vanbanphapluat.co; nothing cut; no byline, no stamp; the excerpt ends in "tại "). Targets, op
# `<` ("xuống dưới"). "Giai đoạn 2023 - 2025": year 2025 (the period's end, as earlier sets read
# a period's targets); "Giai đoạn 2026 - 2030": year 2030. "nhóm nam từ 15 tuổi trở lên xuống dưới
# 39%; nhóm nữ từ 15 tuổi trở lên xuống dưới 1,4%": one indicator split by population group, scope
# the group as written (as earlier sets' thành thị / nông thôn and ethnic groups; a judgement). The
# passive-exposure targets "tại nơi làm việc ... 30%; tại nhà hàng ... 75%; tại quán bar, cà phê
# ... 80%; tại khách sạn ... 60%": one record each, the place in the indicator, scope null (a
# breakdown by kind of place, spec). The truncated last line "tại nơi làm việc xuống dưới 25%"
# keeps its record. Not quantities: "259/KH-UBND", "568/QĐ-TTg" (documents), "26 tháng 10 năm
# 2023", "24/5/2023", "năm 2012", "năm 2030", "2023 - 2025", "2026 - 2030" (dates), "15 tuổi" (the
# group's definition), the list labels "I.", "1.", "2.", "a)". Pillar null (no heading names a
# pillar). Ids null.
# --------------------------------------------------------------------------
D01 = dict(name="01_hanoi-ke-hoach-259-thuoc-la-2030-2023", kind="target", year=2025, records=[
    smoke("xuống dưới «39%", 39, NAM, 2025),
    smoke("xuống dưới «1,4%", 1.4, NU, 2025),
    passive("xuống dưới «30%", "tại nơi làm việc", 30, 2025),
    passive("xuống dưới «75%", "tại nhà hàng", 75, 2025),
    passive("xuống dưới «80%", "tại quán bar, cà phê", 80, 2025),
    passive("xuống dưới «60%", "tại khách sạn", 60, 2025),
    smoke("xuống dưới «36 %", 36, NAM, 2030),
    smoke("xuống dưới «1%", 1, NU, 2030),
    passive("xuống dưới «25%", "tại nơi làm việc", 25, 2030),
])

# --------------------------------------------------------------------------
# 02 Hưng Yên, Kế hoạch 151/KH-UBND of 11 October 2023 carrying out the national strategy to 2030
# (thuviennhadat.vn; nothing cut; no byline, no stamp; the excerpt ends in "xu"). As 01: "Giai
# đoạn 2023 - 2025" year 2025, "Giai đoạn 2026 - 2028" year 2028; the two groups' rates with scope
# the group, the four places' passive exposure with scope null, all `<`. The clause of "1,0%"
# runs over the line break that the page puts inside "xuống\ndưới" (the locator holds the break).
# The second period's women's target is cut off before its number (no record). Where the page's
# hard line breaks cut a clause, `start_at` moves its start back to the clause's first word. Not quantities:
# "151/KH-UBND", "568/QĐ-TTg", "11 tháng 10 năm 2023", "18/6/2012", "24/5/2023", "năm 2030",
# "2023 - 2025", "2026 - 2028", "15 tuổi", the labels. Pillar null. Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hungyen-ke-hoach-151-thuoc-la-2030-2023", kind="target", year=2025, records=[
    smoke("xuống dưới «41%", 41, NAM, 2025, start_at="Giảm tỷ lệ sử dụng thuốc lá\ntrong"),
    smoke("xuống\ndưới «1,0%", 1.0, NU, 2025, start_at="nhóm nữ"),
    passive("xuống dưới «35%", "tại nơi làm việc", 35, 2025),
    passive("xuống dưới\n«73%", "tại nhà hàng", 73, 2025, start_at="tại nhà hàng"),
    passive("xuống dưới «78%", "tại quán bar, cà phê", 78, 2025),
    passive("xuống dưới «60%", "tại khách sạn", 60, 2025),
    smoke("xuống dưới «38%", 38, NAM, 2028, start_at="Giảm tỷ lệ sử dụng thuốc lá trong\nnhóm"),
])

# --------------------------------------------------------------------------
# 03 Đắk Nông, Kế hoạch 221/KH-UBND of 3 April 2024 carrying out the national strategy to 2030
# (thuvienphapluat.vn; nothing cut; no byline, no stamp; the excerpt ends in "Giảm tỷ "). Targets of
# "Giai đoạn 2023 - 2025" (year 2025): "nhóm nam ... xuống dưới 42,5%[1]; nhóm nữ ... xuống dưới
# 1,2%[2]" (`<`, scope the group, as 01; `start_at` as 02). Not quantities: the footnote marks "[1]", "[2]", "221/KH-
# UBND", "568/QĐ-TTg", "03 tháng 4 năm 2024", "18 tháng 6 năm 2012", "24/5/2023", "năm 2030", "15
# tuổi", the labels "I.", "II.", "1.", "2.", "2.1.". Pillar null. Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_daknong-ke-hoach-221-thuoc-la-2030-2024", kind="target", year=2025, records=[
    smoke("xuống dưới «42,5%", 42.5, NAM, 2025, start_at="Giảm tỷ lệ sử dụng thuốc\nlá"),
    smoke("xuống dưới «1,2%", 1.2, NU, 2025),
])

# --------------------------------------------------------------------------
# 04 Quảng Ngãi, Kế hoạch 206/KH-UBND of 24 November 2023 carrying out the national strategy to
# 2030 (hethongphapluat.com; nothing cut: the page's list of the documents it cites, "- 1Luật ngân
# sách nhà nước 2015" ... "- 5Quyết định 568/QĐ-TTg năm 2023 ...", is part of the page's text; no
# byline, no stamp; the excerpt ends in "quy định của L"). A precision text: one record among many
# numbers that are not quantities. Target of "Giai đoạn 2024-2025" (year 2025): "100% các cơ quan,
# đơn vị, địa phương triển khai, quán triệt và thực hiện các quy định của L[uật]" (>=, bare). Not
# quantities: the list numbers glued to the names "1", "2", "3", "4", "5", the laws' and
# resolutions' years "2015", "2019", "2017", "2023", "20/NQ-TW", "139/NQ-CP", "568/QĐ-TTg",
# "206/KH-UBND", "4294/TTr-SYT" (documents), "24 tháng 11 năm 2023", "24/5/2023", "17/11/2023",
# "năm 2030", "2024-2025" (dates), the labels. Pillar null. Id null.
# --------------------------------------------------------------------------
D04 = dict(name="04_quangngai-ke-hoach-206-thuoc-la-2023-precision", kind="target", year=2025, records=[
    R("2025\n- «100% các cơ quan", "các cơ quan, đơn vị, địa phương triển khai, quán triệt và thực hiện các quy "
      "định của Luật phòng, chống tác hại của thuốc lá", ">=", 100),
])

# --------------------------------------------------------------------------
# 05 Bến Tre, Kế hoạch 6765/KH-UBND of 3 November 2023 carrying out the national strategy to 2030
# (vanbanphapluat.co; nothing cut; no byline, no stamp; the excerpt ends in "phải được sự qua"). A
# precision text with no record: the excerpt stops in the plan's purposes and requirements, before
# any target. Not quantities: "6765/KH-UBND" (three times), "117/2020/NĐ-CP", "568/QĐ-TTg"
# (documents), "03 tháng 11 năm 2023", "18 tháng 6 năm 2012", "28 tháng 9 năm 2020", "24 tháng 5
# năm 2023", "2023", "2030" (dates), the labels "I.", "1.", "2.", "a)", "b)".
# --------------------------------------------------------------------------
D05 = dict(name="05_bentre-ke-hoach-6765-thuoc-la-2023-precision", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 06 Bình Dương, the new fines of Nghị định 117/2020/NĐ-CP for breaches of the tobacco law, in the
# province's paper (baobinhduong.vn; cut: the photo caption "Ngành chức năng tổ chức chương trình
# “Nói chuyện với học sinh, sinh viên về tác hại thuốc lá”"; no byline, no stamp; the excerpt ends
# in "cảnh cáo ho"). A precision text with no record: every amount is a rule of the decree, not a
# target or a result (earlier sets: "the law's figures are rules, not targets"): "phạt tiền từ 3 - 5
# triệu đồng", "phạt tối đa 500.000 đồng", "phạt từ 3-5 triệu đồng", "từ 200.000 đồng đến 500.000
# đồng", "từ 1 triệu đồng đến 3 triệu đồng", "từ 3 triệu đồng đến 5 triệu đồng". Not quantities
# either: "dưới 18 tuổi", "chưa đủ 18 tuổi", "đủ 16 tuổi" (the groups the rules name),
# "117/2020/NĐ-CP", "176/2013/NĐ-CP", "Điều 26" (documents), "28/9/2020", "15/11/2020",
# "14/11/2013" (dates).
# --------------------------------------------------------------------------
D06 = dict(name="06_binhduong-muc-phat-nghi-dinh-117-thuoc-la-2020-precision", kind="result", year=2020,
           records=[])

# --------------------------------------------------------------------------
# 07 Cần Thơ, Tân Lộc 1 primary school (Thốt Nốt) and its plan for a smoke-free school to 2020
# (infonet.vn; cut: the byline "Khánh Ngọc" with its blank line, a line holding one space with its
# blank line, and the tag widget "  • Tag:", "cùng chuyên mục", "Kéo xuống để xem tiếp nội dung",
# "Xem thêm trên infonet"; no stamp; the excerpt ends with the page's furniture, cut). Targets,
# year 2020 (the title's and the last paragraph's "đến năm 2020"; the specific targets name no year
# and stand under the same plan). The title "phấn đấu đến năm 2020 100 % nói không với thuốc lá"
# (>=, bare); "Giảm tỷ lệ công chức, viên chức, người lao động trong nhà trường hút thuốc lá xuống
# còn 10%" (>=: a target's bare level, as earlier sets read "giảm còn X" in a plan); "100% các đoàn
# thể ...", "100% công chức, viên chức, người lao động trong đơn vị, học sinh chấp hành nghiêm
# ...", "100% CC-VC đơn vị đảm bảo môi trường ... không có khói thuốc lá" (>=). Not quantities: "Tân
# Lộc 1" (a name), "năm 2020" (dates). Pillar null. Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_cantho-tanloc-truong-khong-khoi-thuoc-2020", kind="target", year=2020, records=[
    R("2020 «100 % nói", "trường tiểu học nói không với thuốc lá", ">=", 100),
    R("xuống còn «10%", "tỷ lệ công chức, viên chức, người lao động trong nhà trường hút thuốc lá", ">=", 10),
    R("học; «100% các đoàn thể", "các đoàn thể tổ chức triển khai và thực hiện nghiêm Luật phòng, chống tác hại "
      "thuốc lá", ">=", 100),
    R("thuốc lá; «100% công chức", "công chức, viên chức, người lao động trong đơn vị, học sinh chấp hành nghiêm "
      "Luật phòng, chống tác hại thuốc lá", ">=", 100),
    R("2020, «100% CC-VC", "CC-VC đơn vị đảm bảo môi trường làm việc, học tập, sinh hoạt không có khói thuốc lá",
      ">=", 100),
])

# --------------------------------------------------------------------------
# 08 Quảng Trị, the province's call for the World No Tobacco Day 2025 with its smoking rates
# (baokiemtoan.vn; cut: the image name "qt.jpg" and the photo caption "Quảng Trị tăng cường thông
# tin ... Ảnh: ST"; no byline, no stamp; the excerpt ends in "không thuốc"). Results, `=` ("là"),
# year 2025 (the text's "31/5/2025", "25/4/2025"; the survey's own year is not given). The
# country's "hơn 15 triệu người hút thuốc" and "hơn 100.000 ca tử vong mỗi năm" (>, count, place
# "Việt Nam": the text names the country, not the province); the province's rates: "tỷ lệ số người
# hút thuốc lá chung là 20%", "tỷ lệ nam giới hút thuốc lá là 36,7%", "tỷ lệ nữ giới ... 3,3%"
# (each its own subject: the group is part of the subject, scope null), "tỷ lệ đã sử dụng và đang
# sử dụng thuốc lá điện tử lần lượt là 1,5% và 0,5%" (two records, each its own subject), "tỷ lệ
# người từ 15 tuổi trở lên hút thuốc lá thụ động tại nhà là 51%". Not quantities: "08/5",
# "31/5/2025", "25/4/2025" (dates), "1961/UBND-KGVX", "2484/BYT-KCB" (documents), "15 tuổi". Pillar
# null. Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangtri-ty-le-hut-thuoc-la-2025", kind="result", year=2025, records=[
    R("với hơn «15 triệu", "người hút thuốc", ">", 15e6, **CNT, place="Việt Nam"),
    R("tới hơn «100.000 ca", "ca tử vong mỗi năm", ">", 100000, **CNT, place="Việt Nam"),
    R("chung là «20%", "tỷ lệ số người hút thuốc lá chung", "=", 20),
    R("lá là «36,7%", "tỷ lệ nam giới hút thuốc lá", "=", 36.7),
    R("lá là «3,3%", "tỷ lệ nữ giới hút thuốc lá", "=", 3.3),
    R("lượt là «1,5%", "tỷ lệ đã sử dụng thuốc lá điện tử", "=", 1.5),
    R("và «0,5%", "tỷ lệ đang sử dụng thuốc lá điện tử", "=", 0.5),
    R("tại nhà là «51%", "tỷ lệ người từ 15 tuổi trở lên hút thuốc lá thụ động tại nhà", "=", 51),
])

# --------------------------------------------------------------------------
# 09 Khánh Hòa, the provincial police's sweep of smuggled cigarettes and e-cigarettes in Nha Trang,
# December 2025 (congan.khanhhoa.gov.vn; cut: the byline date "16/12/2025" on its own line, written
# as the first line `date 2025-12-16`, the view counter "139 Lượt xem", and the photo caption "Một
# số hình ảnh về hàng hóa vi phạm ..."; the excerpt ends in "N"). Results, year 2025. "huy động
# 100% lực lượng" (=, the share of the department's force mobilised), "thành lập 10 tổ công tác"
# (=, count), the goods found: "gần 20.000 bao thuốc lá điếu" (~), "hơn 1.500 cây thuốc lá điện tử"
# (>), "6.000 lọ tinh dầu" (=), "hơn 1.000 sản phẩm là kẹo ngậm, dây lưng, ví da" (>), each its own
# subject (as set293's seized packets). Not quantities: "11/12/2025", "năm 2025" (dates), "Tổ
# 979", "Quảng trường 2/4" (names), "173/2024/QH15" (a document). Pillar null. Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_khanhhoa-tong-kiem-tra-thuoc-la-dien-tu-2025", kind="result", year=2025, records=[
    R("huy động «100% lực lượng", "lực lượng Phòng Cảnh sát kinh tế được huy động", "=", 100),
    R("thành lập «10 tổ", "tổ công tác đồng loạt kiểm tra hoạt động buôn bán thuốc lá", "=", 10, **CNT),
    R("gần «20.000 bao", "bao thuốc lá điếu không có hóa đơn, chứng từ phát hiện", "~", 20000, **CNT),
    R("hơn «1.500 cây", "cây thuốc lá điện tử không có hóa đơn, chứng từ phát hiện", ">", 1500, **CNT),
    R("điếu, hơn 1.500 cây thuốc lá điện tử, «6.000 lọ", "lọ tinh dầu dùng cho thuốc lá điện tử phát hiện", "=",
      6000, **CNT),
    R("hơn «1.000 sản phẩm", "sản phẩm là kẹo ngậm, dây lưng, ví da không có hóa đơn, chứng từ phát hiện", ">",
      1000, **CNT),
])

# --------------------------------------------------------------------------
# 10 Quảng Bình, the provincial steering committee's meeting on the tobacco-control work of 2021
# (cdcquangbinh.gov.vn, a page of the news list; cut: the photo captions "Toàn cảnh hội nghị" and
# "Các đại biểu trao đổi chia sẻ kinh nghiệm PCTHTL tại đơn vị"; no byline, no stamp; the excerpt
# ends in "thực th"). Results of 2021 (the meeting reviews "hoạt động PCTHTL năm 2021"): "truyền
# thanh về tác hại thuốc lá tại 50 xã phường, thị trấn" (=, count), "tổ chức 7 buổi truyền thông
# trực tiếp ... tại các trường THCS, THPT" (=, count). Not quantities: "6/1" (a date), "hàng chục
# buổi" (no number), "năm 2021", "Năm 2022" (dates). Pillar null. Ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangbinh-hoi-nghi-phong-chong-thuoc-la-2021", kind="result", year=2021, records=[
    R("tại «50 xã", "xã phường, thị trấn thực hiện truyền thanh về tác hại thuốc lá", "=", 50, **CNT),
    R("tổ chức «7 buổi", "buổi truyền thông trực tiếp về tác hại thuốc lá tại các trường THCS, THPT", "=", 7,
      **CNT),
])

# --------------------------------------------------------------------------
# 11 Hải Phòng, a man handing 360 e-cigarettes to the ward police, November 2025 (plo.vn; the
# crawler's stamp " date 2025-11-12" written as the first line `date 2025-11-12`; the title line
# keeps its time and date "12/11/2025 16:05", part of a line; cut: the photo caption "Ông D tự
# nguyện giao nộp 360 chiếc thuốc lá điện tử tại cơ quan công an. Ảnh: CAHP"; the excerpt ends in
# "điện t"). Results, year 2025. "giao nộp 360 chiếc thuốc lá điện tử" in the title, the lead and
# the last paragraph's "tiếp nhận 360 chiếc" (one record each, =, count: each sentence states the
# quantity), "có 36 hộp, mỗi hộp chứa 10 chiếc thuốc lá điện tử, tổng cộng 360 chiếc" (three
# records: the boxes, the number per box, the total), "có giá trị khoảng 36 triệu đồng" (~,
# money). Not quantities: "1 người dân" (the one man who brings them: the actor, not a measure; a
# judgement), "46 tuổi" (his age), "Bích Nhôi 3" (a name), "hàng trăm chiếc" (no number),
# "12/11/2025", "16:05", "12-11", "30-11-2024", "14-1-2025" (dates, a time), "173/2024/QH15" (a
# document). Pillar null. Ids null.
# --------------------------------------------------------------------------
EC = "chiếc thuốc lá điện tử người dân tự nguyện giao nộp"
D11 = dict(name="11_haiphong-giao-nop-thuoc-la-dien-tu-2025", kind="result", year=2025, records=[
    R("phường giao nộp «360 chiếc thuốc lá điện tử 12/11", EC, "=", 360, **CNT),
    R("để giao nộp «360 chiếc", EC, "=", 360, **CNT),
    R("có «36 hộp", "hộp thuốc lá điện tử trong thùng carton", "=", 36, **CNT),
    R("chứa «10 chiếc", "chiếc thuốc lá điện tử mỗi hộp chứa", "=", 10, **CNT),
    R("tổng cộng «360 chiếc", "tổng cộng chiếc thuốc lá điện tử", "=", 360, **CNT),
    R("khoảng «36 triệu", "giá trị số thuốc lá điện tử", "~", 36e6, **DONG),
    R("tiếp nhận «360 chiếc", "chiếc thuốc lá điện tử Công an phường Nhị Chiểu tiếp nhận", "=", 360, **CNT),
])

# --------------------------------------------------------------------------
# 12 National: ten years of quit-smoking counselling supported by the Tobacco Control Fund, December
# 2023 (cand.com.vn; cut: the time and date "14:44 15/12/2023" on a line of their own, written as the
# first line `date 2023-12-15`, and the photo caption "Tư vấn cai nghiện thuốc lá tại Bệnh viện Y
# học cổ truyền Trung ương."; the excerpt ends in "cai ngh"). Results, year 2023 (the byline; "giai
# đoạn 2015-2023"). "Hơn 50 nghìn bệnh nhân được tư vấn chuyên sâu" in the title and "hơn 50.000
# bệnh nhân" twice in the body (>, one record each), "gần 10.000 bệnh nhân cai thuốc lá thành
# công" (~), "Phòng tư vấn cai nghiện thuốc lá tại 9 bệnh viện" (=, count), "hơn 208.000 lượt bệnh
# nhân được tư vấn" twice (>), "8.630 người đã cai nghiện thành công trong 3 tháng", "3.200 người
# cai nghiện thành công trên 1 năm" (=), "Tại 10 bệnh viện" (=, the hospitals that counselled). Not
# quantities: "10 năm" (twice, a duration), "1800-6606", "1800-1224" (phone numbers), "2015-2023"
# (a period), "3 tháng", "1 năm" (the lengths of abstinence that define each group). Pillar null.
# Ids null.
# --------------------------------------------------------------------------
DEEP = "bệnh nhân được tư vấn chuyên sâu cai nghiện thuốc lá"
VISITS = "lượt bệnh nhân được tư vấn cai nghiện thuốc lá"
D12 = dict(name="12_toanquoc-tu-van-cai-nghien-thuoc-la-2023", kind="result", year=2023, records=[
    R("Hơn «50 nghìn", DEEP, ">", 50000, **CNT),
    R("có gần «10.000 bệnh nhân", "bệnh nhân cai thuốc lá thành công", "~", 10000, **CNT),
    R("tại «9 bệnh viện", "bệnh viện có Phòng tư vấn cai nghiện thuốc lá được Quỹ hỗ trợ", "=", 9, **CNT),
    R("2015-2023, đã có hơn «208.000 lượt", VISITS, ">", 208000, **CNT),
    R("Trong số hơn «50.000 bệnh nhân được tư vấn chuyên sâu cai nghiện thuốc lá, đã", DEEP, ">", 50000, **CNT),
    R("có «8.630 người", "người đã cai nghiện thành công trong 3 tháng", "=", 8630, **CNT),
    R("tháng; «3.200 người", "người cai nghiện thành công trên 1 năm", "=", 3200, **CNT),
    R("Tại «10 bệnh viện", "bệnh viện tư vấn cai nghiện thuốc lá", "=", 10, **CNT),
    R("viện, đã có hơn «208.000 lượt", VISITS, ">", 208000, **CNT),
    R("trực tiếp. Trong số hơn «50.000", DEEP, ">", 50000, **CNT),
])

# --------------------------------------------------------------------------
# 13 National: the World No Tobacco Day 2024 and the results of ten years of the tobacco law
# (suckhoecongdongonline.vn; nothing cut; no byline, no stamp; the excerpt ends in "trong cộng ").
# Results, `=`, each level with the year the text gives it (as earlier sets record both levels of
# "giảm từ X năm A xuống còn Y năm B"). "hơn 8 triệu ca tử vong trên toàn cầu" (>, count, place
# "toàn cầu", year 2024: the document's year from the title's "31/5/2024", the sentence says only
# "mỗi năm"); "108.000 tỷ đồng một năm" (=, money, year 2022: "ước tính sơ bộ ... năm 2022");
# "trong nam giới trưởng thành ... từ 47,4% năm 2010 xuống còn 38,9% năm 2023" (2010, 2023; the
# men are part of the subject, scope null); "Tỷ lệ hút thuốc ở thanh thiếu niên ... ở nhóm 13-17
# tuổi ... từ 5,36% năm 2013 xuống còn 2,78% năm 2019, ở nhóm 13-15 tuổi ... từ 2,5% (GYTS 2014)
# xuống còn 1,9% (GYTS 2022)" (one indicator split by age group: scopes "nhóm 13-17 tuổi", "nhóm
# 13-15 tuổi"; the years from the survey's names); "tỷ lệ sử dụng thuốc lá mới ... ở nhóm 13-15
# tuổi ... từ 3,5% năm 2022, lên 8% năm 2023" (one group only: in the indicator, scope null). NOT:
# "giảm trung bình 0,5% mỗi năm" (a result's change). Not quantities: "31/5/2024", "25 - 31/5/2024",
# "24/5/2023", "năm 2030" (dates), "10 năm" (a duration), "13-17 tuổi", "13-15 tuổi" (the groups).
# Pillar null. Ids null.
# --------------------------------------------------------------------------
YOUTH = "tỷ lệ hút thuốc ở thanh thiếu niên"
MEN = "tỷ lệ sử dụng thuốc lá điếu thông thường trong nam giới trưởng thành"
NEW = "tỷ lệ sử dụng thuốc lá mới (thuốc lá điện tử, thuốc lá nung nóng) trong giới trẻ nhóm 13-15 tuổi"
D13 = dict(name="13_toanquoc-ty-le-hut-thuoc-giam-2024", kind="result", year=2024, records=[
    R("có hơn «8 triệu", "ca tử vong có nguyên nhân liên quan đến việc sử dụng thuốc lá mỗi năm", ">", 8e6, **CNT,
      place="toàn cầu"),
    R("thuốc lá là «108.000 tỷ", "tổng chi phí liên quan đến khám chữa bệnh, ốm đau và tử vong sớm do các bệnh "
      "liên quan đến sử dụng thuốc lá một năm", "=", 108000e9, **DONG, year=2022),
    R("từ «47,4%", MEN, "=", 47.4, year=2010),
    R("còn «38,9%", MEN, "=", 38.9, year=2023),
    R("từ «5,36%", YOUTH, "=", 5.36, scope="nhóm 13-17 tuổi", year=2013),
    R("còn «2,78%", YOUTH, "=", 2.78, scope="nhóm 13-17 tuổi", year=2019),
    R("từ «2,5%", YOUTH, "=", 2.5, scope="nhóm 13-15 tuổi", year=2014),
    R("còn «1,9%", YOUTH, "=", 1.9, scope="nhóm 13-15 tuổi", year=2022),
    R("từ «3,5%", NEW, "=", 3.5, year=2022),
    R("lên «8%", NEW, "=", 8, year=2023),
], NOT=["trung bình «0,5%"])

# --------------------------------------------------------------------------
# 14 National figures in Quảng Nam's paper: an infographic's lead on smoking rates, November 2022
# (baoquangnam.vn; the crawler's stamp " date 2022-12" written as the first line `date 2022-12`;
# cut: the byline "Q.L | 30/11/2022 - 13:00"; the excerpt is whole). Results, `=`. The title
# "Khoảng 40 nghìn người tử vong vì các bệnh liên quan đến thuốc lá" (~, count, year 2022: the
# stamp's). "(21,7% năm 2020 so với 22,5% năm 2015)" (two records, 2020 and 2015), "tỷ lệ nam giới
# hút thuốc là 42,3%" (2020, the sentence "Trong đó" continues the 2020 figure) and "(45,3%)" (2015,
# "so với năm 2015"), "tỷ lệ nữ giới hút thuốc lá là 1,7%" (2020) and "(1,1%)" (2015). NOT: "chỉ
# giảm 0,8% so với năm 2015", "giảm 2% so với năm 2015" (a result's change against an earlier
# value). Not quantities: "năm 2020", "năm 2015" (dates). The figures are the country's ("trên cả
# nước"), as is the whole text: no place. Pillar null. Ids null.
# --------------------------------------------------------------------------
ALL = "tỷ lệ hút thuốc lá chung"
D14 = dict(name="14_quangnam-infographic-ty-le-hut-thuoc-2022", kind="result", year=2020, records=[
    R("Khoảng «40 nghìn", "người tử vong vì các bệnh liên quan đến thuốc lá", "~", 40000, **CNT, year=2022),
    R("(«21,7%", ALL, "=", 21.7),
    R("với «22,5%", ALL, "=", 22.5, year=2015),
    R("là «42,3%", "tỷ lệ nam giới hút thuốc", "=", 42.3),
    R("(«45,3%)", "tỷ lệ nam giới hút thuốc", "=", 45.3, year=2015),
    R("là «1,7%", "tỷ lệ nữ giới hút thuốc lá", "=", 1.7),
    R("(«1,1%)", "tỷ lệ nữ giới hút thuốc lá", "=", 1.1, year=2015),
], NOT=["giảm «0,8%", "giảm «2% so"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
