#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set109).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (241
entries; see README). As in set10-set47, the id is given in the record itself (`iid=`).

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
DONG = dict(unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 Sơn La, mobile broadband to villages (baosonla.vn, no date shown). The
# only year in the text is the target year of "xóa trắng thôn, bản chưa có sóng
# băng rộng di động vào năm 2023" (no number: no record); the results are
# "hiện" (now), measured at a time the text does not name → year null (a
# judgement: the deadline year is not the year of measurement). Headings
# "Xóa trắng thôn, bản chưa có băng rộng di động" and "Còn nhiều vùng “lõm
# sóng”" name mobile broadband / signal gaps, topics of hạ tầng số → pillar
# digital_infrastructure for every record. "3.628 trạm thu phát sóng" and its
# breakdown "1.326 trạm 2G, 1.178 trạm 3G và 1.124 trạm 4G": four count
# results, each with its own subject (a breakdown by kind of thing, scope null),
# each infra.bts_stations_count. "chưa phủ sóng cho 100% bản": a negated
# statement (coverage is NOT yet 100%), no value reached → NOT. "2.300/2.509
# tổ, bản" with mobile broadband: count 2300 (the denominator 2.509 is part of
# the same statement, no record of its own; no id: the catalogue holds the
# share). "209 tổ bản “trắng” sóng" (count, =). In Chiềng Lương commune "7/19
# bản chưa có sóng điện thoại": count 7 with place "Chiềng Lương" (a commune
# that is not the document's province). Not quantities: "năm 2023", "2G",
# "3G", "4G" (names).
# --------------------------------------------------------------------------
D01 = dict(name="01_sonla-xoa-trang-bang-rong-di-dong", kind="result", year=None, records=[
    R("hiện có «3.628 trạm", "trạm thu phát sóng thông tin di động", "=", 3628, **CNT, pillar=INFRA,
      iid="infra.bts_stations_count"),
    R("có «1.326 trạm 2G", "trạm 2G", "=", 1326, **CNT, pillar=INFRA, iid="infra.bts_stations_count"),
    R("2G, «1.178 trạm 3G", "trạm 3G", "=", 1178, **CNT, pillar=INFRA, iid="infra.bts_stations_count"),
    R("3G và «1.124 trạm 4G", "trạm 4G", "=", 1124, **CNT, pillar=INFRA, iid="infra.bts_stations_count"),
    R("di động tại «2.300/2.509", "tổ, bản được cung cấp dịch vụ băng rộng di động", "=", 2300, **CNT,
      pillar=INFRA),
    R("hiện còn «209 tổ", "tổ bản “trắng” sóng băng rộng di động", "=", 209, **CNT, pillar=INFRA),
    R("Xã còn «7/19 bản", "bản chưa có sóng điện thoại", "=", 7, **CNT, pillar=INFRA, place="Chiềng Lương"),
], NOT=["cho «100% bản"])

# --------------------------------------------------------------------------
# 02 Lạng Sơn, BTS stations at the end of 2021 and infrastructure targets for
# 2025 (tinbong247.org, a copy of a Lạng Sơn news item; no date shown). The
# title heading "Phát triển các trạm phát sóng BTS: ..." names a topic of hạ
# tầng số (mobile network) → pillar digital_infrastructure for the whole text;
# the targets also stand under the lead-in "kế hoạch phát triển hạ tầng số đến
# năm 2025". Results "Tính đến hết năm 2021" (2021): "2.894 trạm phát sóng BTS"
# and its breakdown 838 (2G), 1.072 (3G), 984 (4G): four count results, each
# infra.bts_stations_count; "300 thôn, bản trắng sóng hoặc sóng yếu" (count,
# no id). "tăng 76 trạm so với cùng kỳ": a result's change against an earlier
# value → not a quantity. Targets "đến năm 2025": "hơn 80% hộ gia đình được sử
# dụng Internet cáp quang băng rộng" (>, infra.fibre_household_coverage_share:
# its wordings hold "tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng")
# and "mỗi hộ gia đình có 1 điện thoại thông minh hoặc máy tính bảng" (one
# device per household: a rate, unit other, >= 1, unit_text "điện thoại thông
# minh hoặc máy tính bảng/hộ gia đình"; no id: the catalogue's
# society.households_smartphone_share is a share; a judgement). "phổ cập sóng
# 5G" has no number. Not quantities: "5G", "2G" (names), "năm 202" (a year cut
# off by the excerpt's end).
# --------------------------------------------------------------------------
D02 = dict(name="02_langson-tram-bts-2021-muc-tieu-2025", kind="result", year=2021, records=[
    R("toàn tỉnh có «2.894 trạm", "trạm phát sóng BTS", "=", 2894, **CNT, pillar=INFRA,
      iid="infra.bts_stations_count"),
    R("trong đó, «838 trạm", "trạm phát sóng 2G", "=", 838, **CNT, pillar=INFRA, iid="infra.bts_stations_count"),
    R("2G, «1.072 trạm", "trạm phát sóng 3G", "=", 1072, **CNT, pillar=INFRA, iid="infra.bts_stations_count"),
    R("3G, «984 trạm", "trạm phát sóng 4G", "=", 984, **CNT, pillar=INFRA, iid="infra.bts_stations_count"),
    R("vẫn còn «300 thôn", "thôn, bản trắng sóng hoặc sóng yếu", "=", 300, **CNT, pillar=INFRA),
    R("hơn «80% hộ", "hộ gia đình được sử dụng Internet cáp quang băng rộng", ">", 80, kind="target", year=2025,
      pillar=INFRA, iid="infra.fibre_household_coverage_share"),
    R("có «1 điện thoại", "hộ gia đình có điện thoại thông minh hoặc máy tính bảng", ">=", 1, unit="other",
      unit_text="điện thoại thông minh hoặc máy tính bảng/hộ gia đình", kind="target", year=2025, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 03 Thái Nguyên, "giảm nghèo thông tin" (giamngheobenvung.vietnamnet.vn, no
# date shown). The title "Giảm nghèo thông tin ..." names no pillar → null.
# "Tới nay" names no year; the only year, "tháng 5/2021", dates one hamlet's 4G
# → year null for all (a judgement). "phủ kín trên 99,9% số xóm, bản" (>,
# infra.mobile_village_coverage_share), "chỉ còn 20 xóm, bản chưa có sóng di
# động băng thông rộng" (count, =), "riêng ở thị xã Phổ Yên đã có 188 em" (poor
# pupils without a device to study online: a count result; kept as a quantity
# like the hamlets without signal, a judgement; Phổ Yên is a town of the
# document's own province, so no place). Not quantities: "3 trường" (the
# schools of one gift-giving event), "Covid-19", "5/2021", "4G".
# --------------------------------------------------------------------------
D03 = dict(name="03_thainguyen-giam-ngheo-thong-tin-song-di-dong", kind="result", year=None, records=[
    R("phủ kín trên «99,9%", "số xóm, bản được phủ kín mạng Internet băng thông rộng di động", ">", 99.9,
      iid="infra.mobile_village_coverage_share"),
    R("chỉ còn «20 xóm", "xóm, bản chưa có sóng di động băng thông rộng", "=", 20, **CNT),
    R("đã có «188 em", "học sinh nghèo không có thiết bị học ở thị xã Phổ Yên", "=", 188, **CNT),
])

# --------------------------------------------------------------------------
# 04 Điện Biên, poverty reduction and digital transformation 2021–2025
# (vneconomy.vn, byline "21/01/2026, 10:21" cut and written as `date 2026-01`).
# Both records stand under the heading "KINH TẾ SỐ MỞ ĐƯỜNG CHO SINH KẾ VÙNG
# SÂU, VÙNG XA" → pillar digital_economy (the heading decides). "trong giai
# đoạn này" is the period 2021–2025: year 2025, its end (a judgement; the
# stamp's 2026 is the year of writing, not of the figures). "hơn 2.063 tỷ đồng"
# allocated to the poverty programme (money: unit other, "đồng", >; no id:
# inst.dx_funding_amount is money for digital transformation). "hơn 200 mô
# hình sinh k[ế]" deployed (count, >; the excerpt ends inside the word, the
# wording kept as cut). "7 dự án trọng điểm": the programme's component
# projects, like a count of tasks → not a quantity. Not quantities:
# "17-NQ/TU", "2021–2025", "năm 2021".
# --------------------------------------------------------------------------
D04 = dict(name="04_dienbien-giam-ngheo-chuyen-doi-so-2021-2025", kind="result", year=2025, records=[
    R("phân bổ hơn «2.063 tỷ đồng", "Điện Biên được Trung ương phân bổ để thực hiện Chương trình mục tiêu quốc gia "
      "giảm nghèo bền vững", ">", 2063e9, **DONG, pillar=ECO),
    R("hơn «200 mô hình", "mô hình sinh k", ">", 200, **CNT, pillar=ECO),
])

# --------------------------------------------------------------------------
# 05 Hà Giang, digital transformation and tourism (thanhtra.com.vn, no date
# shown; no headings → pillar null). "Tỷ lệ đồng bào dân tộc thiểu số chiếm
# đến gần 90%": the population's make-up → NOT. The tourism figures the text
# gives as proof of digital transformation in tourism ("con số “biết nói”")
# are recorded (a judgement): "năm 2022, Hà Giang đón trên 2,2 triệu lượt
# khách" (count, >, 2022), "đến năm 2023, con số này đã lên đến hơn 3 triệu
# lượt" (count, >, 2023; the subject is the same visits), "tăng 33% so với
# cùng kỳ" (a change against an earlier value → NOT), "Tổng thu từ du lịch
# ước đạt gần 7,1 nghìn tỷ" (~, 7.1e12: "nghìn tỷ" is 1e3 × 1e9; unit other;
# the excerpt ends before "đồng", so unit_text null as not written; year 2023).
# "3 trụ cột", "ba trụ cột" are the pillars, not quantities. No ids.
# --------------------------------------------------------------------------
D05 = dict(name="05_hagiang-chuyen-doi-so-du-lich-2023", kind="result", year=2023, records=[
    R("đón trên «2,2 triệu", "lượt khách Hà Giang đón", ">", 2.2e6, **CNT, year=2022),
    R("hơn «3 triệu lượt", "lượt khách Hà Giang đón", ">", 3e6, **CNT),
    R("gần «7,1 nghìn tỷ", "Tổng thu từ du lịch", "~", 7.1e12, unit="other"),
], NOT=["gần «90%", "tăng «33%"])

# --------------------------------------------------------------------------
# 06 Lạng Sơn, mobile signal to remote villages (dantocmiennui.vn, no date
# shown). A precision text: one quantity, "trên 85% cán bộ xã, thôn, bản khu
# vực miền núi, vùng đồng..." (result, >; the excerpt ends inside the
# sentence, so the wording is its subject only; no id), among "3G, 4G" written
# three times and "cuối năm 2022". Year: the sentence names none; "cuối năm
# 2022" dates one station → null (a judgement). It stands under the heading
# "Phủ sóng viễn thông, nâng cao chất lượng sống" (viễn thông → hạ tầng số) →
# pillar digital_infrastructure.
# --------------------------------------------------------------------------
D06 = dict(name="06_langson-song-vien-thong-vung-lom-precision", kind="result", year=None, records=[
    R("trên «85% cán bộ", "cán bộ xã, thôn, bản khu vực miền núi, vùng đồng", ">", 85, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 07 Sơn La, the province's own ranking of its agencies for 2023
# (chuyendoiso.sonla.gov.vn, no date shown). A precision text: one quantity,
# "năm 2023, mức độ chuyển đổi số của các cơ quan Nhà nước tỉnh Sơn La đạt điểm
# số trung bình 659,1/1000 điểm" (an index value: unit other, "điểm", =, 2023;
# no id: the catalogue's dti.* are the ministry's DTI, not this provincial
# index of agencies), among "2923/QĐ-UBND", "31/12/2023" and "năm 2023"
# (three times). The title names no pillar → null.
# --------------------------------------------------------------------------
D07 = dict(name="07_sonla-xep-loai-cds-co-quan-2023-precision", kind="result", year=2023, records=[
    R("trung bình «659,1/1000", "mức độ chuyển đổi số của các cơ quan Nhà nước tỉnh Sơn La đạt điểm số trung bình",
      "=", 659.1, **DIEM),
])

# --------------------------------------------------------------------------
# 08 Yên Bái, the province's resolutions on digital transformation
# (baoyenbai.com.vn, no date shown). A precision text with no quantity: "tỷ lệ
# đồng bào dân tộc thiểu số chiếm 57%" and "59 xã vùng III (chiếm 34% số xã,
# phường, thị trấn)" describe the province, not a target or result → the two
# percentages are NOT, "59 xã" and "2 huyện" no record. Not quantities either:
# "22/7/2021", "51-NQ/TU", "2021 - 2025", "2030", "15/CTr-UBND", "26/10/2021",
# "Nghị quyết số 51", "9/12/2022", "60/2022/NQ-HĐND", "khóa XIX", "XIII".
# --------------------------------------------------------------------------
D08 = dict(name="08_yenbai-cds-nghi-quyet-51-precision", kind="result", year=None, records=[],
           NOT=["chiếm «57%", "chiếm «34%"])

# --------------------------------------------------------------------------
# 09 Lạng Sơn, Chi Lăng custard apples on e-commerce platforms (nhandan.vn, no
# date shown). A precision text with no quantity: the harvest ("hơn 1.800 ha",
# "hơn 18.000 tấn", "hơn 613 ha") is farm output, not a target or result of
# the transformation; "82 đơn", "hơn 880 kg na" are one household's sales (like
# a person's money) → no records (a judgement). Not quantities: "Covid-19",
# "20/7", "12/8".
# --------------------------------------------------------------------------
D09 = dict(name="09_langson-na-chi-lang-san-tmdt-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 10 Lai Châu, Bình Lư's arrowroot noodles on TikTok (vietnamnet.vn; the
# excerpt opens with the crawler's stamp " date 2025-11-11", kept as
# returned). A precision text with no quantity: "16.000 đồng/kg" is a price,
# "10 – 20kg/ngày" one household's daily sales the old way, "4 tấn nông sản"
# the sales of one livestream session (an event's figure) → no records (a
# judgement).
# --------------------------------------------------------------------------
D10 = dict(name="10_laichau-binh-lu-mien-dong-tiktok-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Lai Châu, Tủa Sín Chải commune's digital government (vietnamplus.vn, no
# date shown). A precision text with no quantity: "3 xã cũ" (the merged
# communes), "chính quyền địa phương 2 cấp" (a name of the model).
# --------------------------------------------------------------------------
D11 = dict(name="11_laichau-tua-sin-chai-chinh-quyen-so-precision", kind="result", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
