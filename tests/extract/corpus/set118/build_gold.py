#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set118).

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
# 01 Hà Giang, the answers of the departments to the youth's questions at the
# Chairman's dialogue of 2023 (tinhdoan.hagiang.gov.vn; the Sở TT&TT's answer
# "tại Công văn số 267/STTTT-CNHT ngày 20/3/2023"). Results "Tính đến
# 31/12/2022" → 2022. "phủ sóng 2.018 thôn/2.071 thôn" (result, =, count; the
# "/2.071" names the total, no record of its own); "(mục tiêu 100% thôn phủ
# sóng, hiện còn 53 thôn trắng sóng)": a target (>=, 100%) and a result (=,
# count 53, the villages still without signal). "Tỷ lệ hộ gia đình có thuê bao
# internet là 37,3% (mục tiêu là 75% hộ gia đình)": result (=) and target (>=).
# "Tỷ lệ dân số có điện thoại đạt khoảng 63,2% (mục tiêu là 85% người dân có
# điện thoại thông minh)": result (~) and target (>=). The targets' year: the
# text names none (the province's programme's horizon is not written; the
# dialogue's "năm 2023" is when the question was asked) → null (a judgement).
# Ids: infra.mobile_village_coverage_share (100% thôn phủ sóng),
# infra.households_internet_share (37,3%, 75%), society.adult_smartphone_share
# (85% "người dân có điện thoại thông minh"; the catalogue says "dân số trưởng
# thành", a judgement); "dân số có điện thoại" (any phone) and the counts of
# villages → null. Not quantities: "3 doanh nghiệp Viễn thông chính" (the
# market's firms, not an indicator; a judgement), "Câu 1", "3G, 4G",
# "267/STTTT-CNHT", "20/3/2023", "31/12/2022", "năm 2023". Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_hagiang-doi-thoai-thanh-nien-song-internet-2023", kind="result", year=2022, records=[
    R("triển phủ sóng «2.018 thôn", "thôn các doanh nghiệp viễn thông đã triển phủ sóng", "=", 2018, **CNT),
    R("(mục tiêu «100% thôn", "thôn phủ sóng", ">=", 100, kind="target", year=None,
      iid="infra.mobile_village_coverage_share"),
    R("hiện còn «53 thôn", "thôn trắng sóng", "=", 53, **CNT),
    R("internet là «37,3%", "Tỷ lệ hộ gia đình có thuê bao internet", "=", 37.3,
      iid="infra.households_internet_share"),
    R("(mục tiêu là «75% hộ", "hộ gia đình có thuê bao internet", ">=", 75, kind="target", year=None,
      iid="infra.households_internet_share"),
    R("đạt khoảng «63,2%", "Tỷ lệ dân số có điện thoại", "~", 63.2),
    R("(mục tiêu là «85% người", "người dân có điện thoại thông minh", ">=", 85, kind="target", year=None,
      iid="society.adult_smartphone_share"),
])

# --------------------------------------------------------------------------
# 02 Quảng Bình, the launch of "Bình dân học vụ số" where the Party Secretary
# spoke (nongnghiephuuco.vn; no date shown, and the text names no year → year
# null). "154 điểm cầu cấp huyện, cấp xã" and "hơn 18.000 cán bộ, đảng viên,
# đoàn viên, hội viên": the event's links and participants, not quantities (the
# spec's decided case). Results said in passing: "100% trung tâm xã có kết nối
# cáp quang" (=, infra.fibre_commune_coverage_share), "mạng 3G/4G phủ sóng trên
# 98% địa bàn dân cư" (>, infra.mobile_broadband_population_coverage_share: the
# populated area read as the population covered, a judgement), "mạng 5G phủ gần
# 83% địa bà" (~; the excerpt ends inside "địa bàn", the wording completes it,
# a judgement; infra.fiveg_coverage_share). "3G/4G", "5G" are names. Pillar
# null (the lead-in "chính quyền điện tử, đô thị thông minh, hạ tầng số và số
# hóa dữ liệu" names several pillars, none for the next sentence).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangbinh-le-phat-dong-binh-dan-hoc-vu-so-2025", kind="result", year=None, records=[
    R("Đến nay, «100% trung tâm", "trung tâm xã có kết nối cáp quang", "=", 100,
      iid="infra.fibre_commune_coverage_share"),
    R("phủ sóng trên «98% địa bàn", "mạng 3G/4G phủ sóng địa bàn dân cư", ">", 98,
      iid="infra.mobile_broadband_population_coverage_share"),
    R("phủ gần «83%", "mạng 5G phủ địa bàn dân cư", "~", 83, iid="infra.fiveg_coverage_share"),
])

# --------------------------------------------------------------------------
# 03 Thái Bình, what the Director of the Sở TT&TT said of smart radio and
# digital addresses (nhandan.vn; no date shown; "Tháng 2 vừa qua" names no
# year → null). A precision text: two quantities among a radio band
# ("87/108MHz", a name), a transmitter's power ("công suất phát đạt 20W": a
# specification of the equipment, not a result of the transformation; a
# judgement) and a duration ("15 ngày"). "tổng số 52 loa rải khắp địa bàn"
# (result, =, count; no id: the catalogue counts "cụm loa", clusters, not
# loudspeakers) and "đã thực hiện thông báo được 1.541 địa chỉ số" (result, =,
# count; no id, the catalogue's digital-address indicator is a share of
# households). The second is the commune Thụy Dân's; the text's own place is
# the province, so no `place` (the commune is part of the sentence's subject).
# Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_thaibinh-giam-doc-so-truyen-thanh-dia-chi-so-precision", kind="result", year=None, records=[
    R("tổng số «52 loa", "loa truyền thanh ứng dụng công nghệ thông tin-viễn thông rải khắp địa bàn", "=", 52, **CNT),
    R("thông báo được «1.541 địa chỉ số", "địa chỉ số được thông báo", "=", 1541, **CNT),
])

# --------------------------------------------------------------------------
# 04 Thái Bình, the Sở TT&TT's account of the province's IT infrastructure
# (vccinews.vn; no date shown; "Đến nay" with no year, the only years are the
# national programme's "đến năm 2025, định hướng đến năm 2030" → year null, a
# judgement: those are the programme's horizons, not the time of measurement).
# Three results, all "=": "100% cơ quan, đơn vị có mạng nội bộ, kết nối mạng
# diện rộng của tỉnh và kết nối internet tốc độ cao" (no id),
# "tỷ lệ trung bình máy tính/cán bộ công chức là 100%"
# (infra.civil_servants_computers_share), "100% cơ quan nhà nước cấp tỉnh, huyện
# có trang bị tường lửa lớp mạng (Firewall)" (one value for two levels → scope
# null; no id). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_thaibinh-so-tttt-ha-tang-cntt", kind="result", year=None, records=[
    R("Trong đó, «100% cơ quan, đơn vị", "cơ quan, đơn vị có mạng nội bộ, kết nối mạng diện rộng của tỉnh và kết nối "
      "internet tốc độ cao", "=", 100),
    R("công chức là «100%", "tỷ lệ trung bình máy tính/cán bộ công chức", "=", 100,
      iid="infra.civil_servants_computers_share"),
    R("«100% cơ quan nhà nước cấp tỉnh", "cơ quan nhà nước cấp tỉnh, huyện có trang bị tường lửa lớp mạng (Firewall)",
      "=", 100),
])

# --------------------------------------------------------------------------
# 05 Bạc Liêu, the Chairman's view that the province must rebuild its
# transformation project (baobaclieu.vn; no date shown). A precision text: one
# quantity, "kết nối và đồng bộ xác thực trên 98% số người tham gia bảo hiểm xã
# hội, bảo hiểm y tế và bảo hiểm thất nghiệp với Cơ sở dữ liệu quốc gia về dân
# cư" (result, >; year 2024 from "Năm 2024 đánh dấu một bước tiến ..." two
# paragraphs above, the results being that year's; no id). The heading "CĐS đạt
# bước tiến quan trọng" names no pillar → null. Not quantities: "Từ năm 2020
# đến nay", "Năm 2024".
# --------------------------------------------------------------------------
D05 = dict(name="05_baclieu-chu-tich-de-an-cds-2024-precision", kind="result", year=2024, records=[
    R("xác thực trên «98%", "kết nối và đồng bộ xác thực số người tham gia bảo hiểm xã hội, bảo hiểm y tế và bảo hiểm "
      "thất nghiệp với Cơ sở dữ liệu quốc gia về dân cư", ">", 98),
])

# --------------------------------------------------------------------------
# 06 Hậu Giang's link to the national conference reviewing one year of Đề án 06
# and the National Committee's 2022 (a copy on a spam site, app.marimbapop.com,
# its first sentence garbled with the site's words, kept as returned). Results
# of 2022 ("năm 2022", "Đến ngày 22-12-2022"), reported by the Ministry of
# Public Security at the conference: "đưa 21/25 dịch vụ công thiết yếu ... trên
# môi trường điện tử" (=, count; "/25" the total); the bracket "(xác nhận CMND 9
# số tỷ lệ 100%, thông báo lưu trú 98,3%, cấp hộ chiếu 62%...)": three shares,
# each with its own service as indicator ("9 số" is part of the name "CMND 9
# số"); "94% cơ sở y tế đã ứng dụng căn cuớc công dân gắn chíp điện tử tích hợp
# thông tin thẻ bảo hiểm y tế" (=, society.chip_id_health_insurance_share); "hệ
# thống đã thu nhận hơn 18,7 triệu hồ sơ đăng ký" (>, count 18700000). The
# excerpt ends in "phê duyệt trên 17": the number's magnitude word is cut off,
# so its value cannot be read → no record (a judgement). Not quantities: "1
# năm", "2022-2025", "2030", "06", "25-12", "22-12-2022". Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_haugiang-hoi-nghi-so-ket-de-an-06-2022", kind="result", year=2022, records=[
    R("đưa «21/25 dịch vụ", "dịch vụ công thiết yếu liên quan đến người dân đưa trên môi trường điện tử", "=", 21, **CNT),
    R("9 số tỷ lệ «100%", "xác nhận CMND 9 số", "=", 100),
    R("lưu trú «98,3%", "thông báo lưu trú", "=", 98.3),
    R("hộ chiếu «62%", "cấp hộ chiếu", "=", 62),
    R("«94% cơ sở y tế", "cơ sở y tế đã ứng dụng căn cuớc công dân gắn chíp điện tử tích hợp thông tin thẻ bảo hiểm "
      "y tế phục vụ khám chữa bệnh", "=", 94, iid="society.chip_id_health_insurance_share"),
    R("hơn «18,7 triệu hồ sơ", "hồ sơ đăng ký hệ thống đã thu nhận", ">", 18700000, **CNT),
])

# --------------------------------------------------------------------------
# 07 Hà Nội, the Party Secretary of Phượng Dực commune speaking at the Trade
# ministry's digital transformation forum (vietnamnet.vn; crawler's stamp
# " date 2025-12-03" kept as returned, at the head of the first line). A
# precision text with no quantity: "năm 2025", "sáng 3/12" (twice), the forum's
# theme, the speaker's training, "ba trụ cột" (words, no digits). No record.
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-phuongduc-tham-luan-dien-dan-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, Thượng Ninh commune (baothanhhoa.vn; crawler's stamp " date
# 2026-01-27" kept as returned → 2026 under the spec's decided case, the
# sentence naming no year). "Xã thiết lập 22 tổ công nghệ số cộng đồng" (result,
# =, count; aware.community_digital_teams_count). "Thôn Đồng Tâm có 186 hộ dân
# với 945 người": the village's size, not a result of the transformation → no
# record (a judgement). Not quantities: "Đề án 06". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_thanhhoa-thuongninh-to-cong-nghe-so-2026", kind="result", year=2026, records=[
    R("Xã thiết lập «22 tổ", "tổ công nghệ số cộng đồng", "=", 22, **CNT, iid="aware.community_digital_teams_count"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
