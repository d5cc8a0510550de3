#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set152).

Copied from set151's builder (itself from set149's, set147's, set69's, set47's, set45's, ... and
the seeds'). Each record is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator (without «) must occur
exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that states the
quantity) are computed as in the seeds' builder (`start_at` moves the start back to a given
string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (291
entries; see README). As in set10-set151, the id is given in the record itself (`iid=`).

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


# --------------------------------------------------------------------------
# 01 Nam Định, Nghĩa Hưng district spreads the "chợ 4.0" cashless-market
# model (nghialoi.namdinh.gov.vn, the portal of Nghĩa Lợi commune; nothing
# cut; no date shown; the page's own line breaks fall inside sentences, so
# several clause spans end at a line end). Results first, then the district's
# targets. Results, year null: the excerpt shows no date and gives no year
# for them ("Thời gian đầu", after the 2022 launch of the first market, a
# judgement as set149/set151 decided for undated results). "nhân rộng thí
# điểm ở cả 10 huyện, thành phố": count of districts reached (no id). "gần
# 1.000 tiểu thương tại 10 chợ": two counts (~ 1000 traders,
# econ.merchants_cashless_count; 10 markets, econ.cashless_markets_count);
# "trên 80% tiểu thương thực hiện thanh toán số" (>, econ.merchants_cashless_share);
# "20% giao dịch mua bán tại chợ được thanh toán số" (=,
# econ.cashless_transactions_share). "đã quyết định triển khai nhân rộng mô
# hình chợ 4.0 ra 27 chợ" is a decided roll-out, an aim: target, bare number
# >=, year null (the sentence names none; the "đến hết năm 2023" of the next
# sentence is that sentence's), econ.cashless_markets_count (a judgement).
# "Huyện đặt mục tiêu phấn đấu đến hết năm 2023, 100% tiểu thương ... 80% các
# Ban quản lý chợ ...": two targets of 2023, bare numbers >=. Not quantities:
# "chợ 4.0" (a name, twice), "năm 2022", "2 dịch vụ chính" (a count of the
# services the model covers, like tasks), "hạng II và hạng III" (classes).
# Pillar null: no heading, and no lead-in names a pillar.
# --------------------------------------------------------------------------
D01 = dict(name="01_namdinh-nghia-hung-cho-40", kind="result", year=None, records=[
    R("ở\ncả «10 huyện", "nhân rộng thí điểm mô hình chợ 4.0 ở huyện, thành phố", "=", 10, **CNT),
    R("có gần «1.000 tiểu thương", "tiểu thương mở tài khoản và điểm thanh toán không dùng tiền mặt", "~", 1000,
      **CNT, iid="econ.merchants_cashless_count"),
    R("tiểu thương tại «10 chợ", "chợ có tiểu thương mở tài khoản và điểm thanh toán không dùng tiền mặt", "=", 10,
      **CNT, iid="econ.cashless_markets_count"),
    R("trên «80% tiểu thương", "tiểu thương thực hiện thanh toán số", ">", 80, iid="econ.merchants_cashless_share"),
    R("; «20% giao dịch", "giao dịch mua bán tại chợ được thanh toán số", "=", 20,
      iid="econ.cashless_transactions_share"),
    R("ra «27 chợ hạng II", "triển khai nhân rộng mô hình chợ 4.0 ra chợ hạng II và hạng III trên địa bàn", ">=", 27,
      **CNT, **T, iid="econ.cashless_markets_count"),
    R("năm 2023, «100% tiểu", "tiểu thương, hộ kinh doanh cá thể của các chợ được trang bị mã QR Code thanh toán không dùng tiền mặt",
      ">=", 100, **T, year=2023, iid="econ.merchants_cashless_share"),
    R("mặt, «80% các Ban", "các Ban quản lý chợ thực hiện các khoản thu và chi trả lương cho cán bộ, nhân viên hưởng lương tại chợ bằng hình thức không dùng tiền mặt",
      ">=", 80, **T, year=2023),
])

# --------------------------------------------------------------------------
# 02 Thái Nguyên, "“Phủ sóng” thanh toán không dùng tiền mặt" in Phú Bình
# district's communes and markets (baothainguyen.vn; the byline "Phan Trang
# 06:59, 06/06/2024" cut and written as the first line "date 2024-06-06"; the
# photo caption "Người dân sử dụng hình thức thanh toán không dùng tiền mặt khi
# thực hiện các thủ tục hành chính tại Bộ phận Một cửa huyện Phú Bình.",
# printed twice, cut with one blank line). One quantity: a shopkeeper at chợ
# Tân Đức reports that customers paying without cash "chiếm khoảng 80% trong
# tổng số giao dịch mua bán": result, op ~, year 2024 (the byline's year);
# no id (one shop's estimate, not a locality's share of payments). Not
# quantities: "2 năm trở lại đây" (a duration). Pillar null: the title names
# cashless payment, no pillar.
# --------------------------------------------------------------------------
D02 = dict(name="02_thainguyen-phu-binh-khong-tien-mat-2024", kind="result", year=2024, records=[
    R("chiếm khoảng «80% trong", "số khách hàng có nhu cầu thanh toán KDTM trong tổng số giao dịch mua bán", "~", 80),
])

# --------------------------------------------------------------------------
# 03 Kon Tum, Tu Mơ Rông district: community digital teams in every commune,
# free wifi at the villages' communal houses (baodantoc.vn; nothing cut; no
# date shown). Results, year null ("Hiện", "đến nay"; no date shown). "11/11
# xã ... đã thành lập Tổ công nghệ số cộng đồng": count 11 (the denominator
# not recorded, as in earlier sets); no id (aware.community_digital_teams_count
# counts teams, not communes). "lắp đặt hệ thống Wifi miễn phí tại ... Nhà
# rông của 60/86 thôn, làng": count 60, no id (infra.village_wifi_share is a
# share). "đã phát triển được 30 sản phẩm OCOP": count, no id. Not
# quantities: "hơn 96% dân số là đồng bào Xơ Đăng" (the district's population,
# NOT, as set14's "gần 90% là đồng bào dân tộc thiểu số"), "từ năm 2021",
# "Từ năm 2022". Pillar null: the heading "Nâng cao đời sống đồng bào DTTS"
# names no pillar.
# --------------------------------------------------------------------------
D03 = dict(name="03_kontum-tu-mo-rong-to-cong-nghe-so", kind="result", year=None, NOT=["có hơn «96% dân"], records=[
    R("Hiện «11/11 xã", "xã trên địa bàn huyện đã thành lập Tổ công nghệ số cộng đồng", "=", 11, **CNT),
    R("Nhà rông của «60/86 thôn", "huyện đã đầu tư lắp đặt hệ thống Wifi miễn phí tại Nhà rông của thôn, làng", "=", 60, **CNT),
    R("phát triển được «30 sản phẩm", "địa phương đã phát triển được sản phẩm OCOP", "=", 30, **CNT),
])

# --------------------------------------------------------------------------
# 04 Quảng Ninh, smart villages and communes (vietnamnet.vn; nothing cut; no
# date shown). Results, year null (no date; "Đến nay"). "trên 95% các hộ dân
# trong thôn đã lắp đặt và sử dụng Internet" (thôn Đông, xã Dực Yên): >,
# infra.households_internet_share; "99% hộ gia đình sử dụng điện thoại thông
# minh" (thôn Đầm Buôn, xã Đầm Hà): =, society.households_smartphone_share (a
# judgement: households using a smartphone). Not quantities: "Với 275 hộ" (the
# village's size, as earlier sets leave a place's households and people
# out). Pillar null: the heading "Lan toả mô hình thôn, xã thông minh" names
# no pillar (a smart village is no smart city).
# --------------------------------------------------------------------------
D04 = dict(name="04_quangninh-thon-xa-thong-minh", kind="result", year=None, records=[
    R("Đến nay trên «95% các hộ", "các hộ dân trong thôn đã lắp đặt và sử dụng Internet", ">", 95,
      iid="infra.households_internet_share"),
    R("có tới «99% hộ", "hộ gia đình sử dụng điện thoại thông minh và các ứng dụng thông minh trên điện thoại", "=", 99,
      iid="society.households_smartphone_share"),
])

# --------------------------------------------------------------------------
# 05 Phú Yên, An Xuân commune's youth and community digital teams for Đề án
# 06 (vietnam.vn, a copy of Phú Yên Online; nothing cut; no date shown).
# Results, year null (no date). "hoàn thành chỉ tiêu 100% công dân đủ điều
# kiện được thu nhận hồ sơ cấp căn cước công dân": a result reached, op =
# (the target's word "chỉ tiêu" names what was completed); no id (applications
# collected, not cards issued). "phủ sóng khắp 6 thôn trong xã": count of
# villages the teams cover. "Mỗi tổ với 5-6 ĐVTN": a range of members per
# team, between 5 and 6 (earlier sets record team members as counts). Not
# quantities: the name of Đề án 06 ("2022-2025", "năm 2030", "06"), "mức độ 1"
# (a level's name). Pillar null: the heading "Đi từng ngõ, gõ cửa từng nhà"
# names no pillar.
# --------------------------------------------------------------------------
D05 = dict(name="05_phuyen-an-xuan-to-cong-nghe-so", kind="result", year=None, records=[
    R("chỉ tiêu «100% công dân", "công dân đủ điều kiện được thu nhận hồ sơ cấp căn cước công dân", "=", 100),
    R("khắp «6 thôn", "Các tổ công nghệ số cộng đồng do đoàn thanh niên xã phụ trách đã phủ sóng thôn trong xã", "=", 6, **CNT),
    R("Mỗi tổ với «5-6 ĐVTN", "Mỗi tổ ĐVTN", "between", 5, **CNT, value_max=6),
])

# --------------------------------------------------------------------------
# 06 Thanh Hóa, Hà Sơn commune on its way to the model new-rural standard
# (tothethao.com, a copy site; nothing cut; no date shown). Results "Đến
# nay", year null (the text names 2016, 2020 and 2023 for the commune's
# recognitions and registration, none for these figures; no date shown).
# Every figure of the commune's new-rural criteria is recorded (a quantity
# reported as reached, though outside digital transformation): roads 95%,
# drains 85%, lighting 100%, "3 trường học các cấp" and "1 trạm y tế ... đạt
# chuẩn quốc gia" (two counts, each its own subject), "8/8 thôn có nhà văn
# hóa" (count 8), "trên 60% người dân tham gia" (>), "100% các thôn" twice.
# No id (the catalogue has no new-rural criteria). Not quantities: "năm 2016",
# "năm 2020", "Năm 2023". Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_thanhhoa-ha-son-ntm-kieu-mau", kind="result", year=None, records=[
    R("Đến nay, «95% các tuyến", "các tuyến đường giao thông nông thôn của xã được nhựa hoặc bê tông hóa", "=", 95),
    R("hóa, «85% các tuyến", "các tuyến đường có rãnh thoát nước và có nắp đậy chịu lực", "=", 85),
    R("mỹ quan. «100% các tuyến", "các tuyến giao thông nông thôn trên địa bàn đều có điện chiếu sáng công cộng", "=", 100),
    R("có «3 trường học", "trường học các cấp đạt chuẩn quốc gia", "=", 3, **CNT),
    R("các cấp, «1 trạm y tế", "trạm y tế đạt chuẩn quốc gia", "=", 1, **CNT),
    R("«8/8 thôn", "thôn có nhà văn hóa gắn với khu thể dục thể thao khang trang", "=", 8, **CNT),
    R("thu hút trên «60% người dân", "Các hoạt động văn hóa văn nghệ, thể dục thể thao thu hút người dân tham gia", ">", 60),
    R("«100% các thôn đạt danh hiệu", "các thôn đạt danh hiệu làng văn hóa, cơ quan văn hóa", "=", 100),
    R("«100% các thôn đạt thôn", "các thôn đạt thôn nông thôn mới kiểu mẫu", "=", 100),
])

# --------------------------------------------------------------------------
# 07 Hồ Chí Minh City after the July 2025 merger: the city's administrative
# procedures and data in the first months of the two-level local government
# (thanhnien.vn; the photo caption "Công chức Trung tâm Phục vụ hành chính
# công P.Xuân Hòa, TP.HCM, hướng dẫn người dân đến làm hồ sơ Ảnh: Nhật Thịnh"
# cut with one blank line; no date shown). Results, year 2025: "Tính đến
# tháng 9.2025" and the period "từ ngày 1.7 - 10.9" of the meeting "Chiều
# 19.9" (a judgement: the text's one year). The section heading "H ƠN 98% HỒ
# SƠ ĐÚNG HẸN" (the page's spaced capitals kept) restates the on-time rate:
# recorded as a quantity (>, as set151 recorded a title's figure). Counts of
# online services (1.587 in all, 345 full, 1.282 partial: each its own subject,
# scope null), 1.336 procedures free of administrative boundaries, "hơn
# 932.000 hồ sơ" received, "hơn 52% hồ sơ nộp trực tuyến", "98,6%" on time;
# ID applications "hơn 12,5 triệu", "gần 8,7 triệu" (~) and "257.129"; VNeID
# activation "trên 70% dân số đủ điều kiện" (>); "15,4 triệu dữ liệu hộ
# tịch"; "hơn 11 triệu người tham gia BHXH" with "(đạt tỷ lệ 99,3%)" (the
# bracket states a value: two records); "hơn 5,7 triệu dữ liệu đăng ký đất
# đai". Magnitude words multiplied in. Pillar: the lead-ins "Liên quan đến dữ
# liệu, ..." and "Đối với các dữ liệu khác, ..." name data (dữ liệu số's
# topic) and set digital_data for the sentence each opens (a judgement, as the
# spec's lead-in rule); every other record has no heading naming a pillar:
# null. Not quantities: "19.9", "9.2025", "1.7 - 10.9" (dates written with a
# dot), "dẫn đầu cả nước" (no number).
# --------------------------------------------------------------------------
D07 = dict(name="07_hcm-hai-cap-ho-so-du-lieu-2025", kind="result", year=2025, records=[
    R("H ƠN «98% HỒ", "HỒ SƠ ĐÚNG HẸN", ">", 98, iid="egov.on_time_applications_share"),
    R("danh mục «1.587 dịch", "TP.HCM đã ban hành danh mục dịch vụ công trực tuyến", "=", 1587, **CNT,
      iid="egov.online_services_count"),
    R("trong đó «345 dịch", "dịch vụ công trực tuyến toàn trình", "=", 345, **CNT, iid="egov.full_online_services_count"),
    R("và «1.282 dịch", "dịch vụ công trực tuyến một phần", "=", 1282, **CNT, iid="egov.partial_online_services_count"),
    R("Hiện, «1.336 thủ tục", "thủ tục hành chính (TTHC) được áp dụng mô hình giải quyết hồ sơ không phụ thuộc vào địa giới hành chính",
      "=", 1336, **CNT),
    R("tiếp nhận hơn «932.000 hồ sơ", "hệ thống thông tin giải quyết TTHC TP.HCM tiếp nhận hồ sơ", ">", 932000, **CNT,
      iid="egov.applications_received_count"),
    R("trong đó hơn «52% hồ sơ", "hồ sơ nộp trực tuyến", ">", 52, iid="egov.online_applications_share"),
    R("đúng hẹn đạt «98,6%", "tỷ lệ giải quyết hồ sơ đúng hẹn", "=", 98.6, iid="egov.on_time_applications_share"),
    R("thu nhận hơn «12,5 triệu", "TP.HCM đã thu nhận hồ sơ cấp căn cước mới", ">", 12.5e6, **CNT, pillar=DATA),
    R("gần «8,7 triệu", "hồ sơ cấp tài khoản định danh điện tử cho cá nhân", "~", 8.7e6, **CNT, pillar=DATA,
      iid="society.eid_registrations_collected_count"),
    R("và «257.129 hồ sơ", "hồ sơ cấp tài khoản định danh điện tử cho tổ chức, doanh nghiệp", "=", 257129, **CNT, pillar=DATA),
    R("đạt trên «70% dân số", "Tỷ lệ kích hoạt tài khoản VNeID dân số đủ điều kiện", ">", 70, iid="society.eid_users_share"),
    R("khổng lồ với «15,4 triệu", "TP.HCM số hóa thành công kho dữ liệu hộ tịch", "=", 15.4e6, **CNT,
      iid="data.civil_status_records_digitised_count"),
    R("cho hơn «11 triệu người", "TP.HCM đồng bộ số định danh, căn cước công dân cho người tham gia BHXH", ">", 11e6, **CNT,
      pillar=DATA),
    R("đạt tỷ lệ «99,3%", "đồng bộ số định danh, căn cước công dân cho người tham gia BHXH", "=", 99.3, pillar=DATA),
    R("đó, hơn «5,7 triệu", "dữ liệu đăng ký đất đai đã được số hóa", ">", 5.7e6, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hải Phòng, Kim Thành commune (after the July 2025 merger): a talk on
# digital transformation and the close of the commune's online contest
# (thegioitiepthi.danviet.vn; the excerpt opens with a crawler's stamp
# " date 2025-11-13" on the same line as the first sentence, kept as
# returned; the photo caption "Cuộc thi “Tìm hiểu chuyển đổi số trên mạng
# Internet năm 2025” thu hút 1.568 người tham gia, ... Ảnh SKH." cut with one
# blank line). A precision text with no quantity: "NQ57" (a name), the
# contest's name "năm 2025", its dates "08/10 đến 25/10/2025", its structure
# "30 câu hỏi", its participants "1.568 người tham gia", "1.440 người trả lời
# đúng từ 50% số câu hỏi trở lên" and "35 người đạt điểm tuyệt đối 30/30"
# (participants of an event, spec; as set13's and set96's contests), the
# prizes "01 giải xuất sắc, 03 giải nhất, 03 giải nhì và 05 giải ba". The 50%
# is a threshold of the contest's scoring, not a quantity (NOT).
# --------------------------------------------------------------------------
D08 = dict(name="08_haiphong-kim-thanh-cuoc-thi-2025-precision", kind="result", year=2025,
           NOT=["đúng từ «50% số"], records=[])

# --------------------------------------------------------------------------
# 09 Sóc Trăng, An Thạnh 1 commune towards a smart new-rural commune
# (danviet.vn; the excerpt opens with a crawler's stamp " date 2023-12" on the
# same line as the first heading, kept as returned; the video caption "Clip:
# Ông Lê Hoài Thanh ... Thực hiện: Thúy Vy" and the photo caption "Kế thừa
# kinh nghiệm ... Ảnh: Thúy Vy" cut, each with one blank line). A precision
# text with no quantity: the years of the commune's recognitions "Năm 2014",
# "năm 2020", "cuối năm 2023", and the "1" of the commune's name "An Thạnh 1"
# (six times).
# --------------------------------------------------------------------------
D09 = dict(name="09_soctrang-an-thanh-1-ntm-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 10 Sơn La, Quyết định 33/QĐ-UBND issuing the province's digital-
# transformation plan for 2026 (nhansu.vn, a legal-information site; nothing
# cut: the metadata table and the header kept). A precision text with no
# quantity: document numbers (33/QĐ-UBND, 57-NQ/TW, 137/2024/NĐ-CP,
# 333-KH/TU, 142/KH-UBND, 71/NQ-CP) and dates (06/01/2026, "ngày 06 tháng 01
# năm 2026", 16/6/2025, 22/6/2023, 22/12/2024, 23/10/2024, 07/5/2025,
# 04/6/2025, 01/4/2025) and the plan's year "NĂM 2026" / "năm 2026".
# --------------------------------------------------------------------------
D10 = dict(name="10_sonla-qd33-ke-hoach-2026-precision", kind="target", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
