#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set146).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (227
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
# 01 Quảng Nam, free wifi at village community houses (mic.gov.vn, no date
# shown; "Tính đến giữa tháng 01/2024" → results of 2024). The title's "hơn
# 88%" and the body's "88,1%" are the same fact stated twice: two records (>,
# =), infra.village_wifi_share. "trong tổng số 1.240 nhà văn hóa thì có 1.093
# nhà": one record for 1.093 (the count reached); 1.240 is the denominator
# (all community houses), not a value reached → no record (a judgement, as the
# "63" of "17/63"). "Có 7 địa phương đạt 100% nhà văn hóa có wifi": two records,
# the count of localities (7) and the share they reached (100%, =). The three
# mountain districts' rates in brackets: three records with `place` (the
# district), scope null (a place, not a level), the id kept (a split of the
# same measure). Not quantities: "01/2024", "3G/4G". Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_quangnam-wifi-nha-van-hoa-2024", kind="result", year=2024, records=[
    R("có hơn «88% nhà văn hóa", "nhà văn hóa thôn, khối phố lắp đặt wifi miễn phí", ">", 88,
      iid="infra.village_wifi_share"),
    R("có «88,1% nhà văn hóa", "nhà văn hóa thôn, khối phố được lắp đặt bộ thu phát sóng wifi", "=", 88.1,
      iid="infra.village_wifi_share"),
    R("thì có «1.093 nhà", "nhà được đầu tư lắp đặt bộ thu phát wifi", "=", 1093, **CNT),
    R("Có «7 địa phương", "địa phương đạt nhà văn hóa có wifi", "=", 7, **CNT),
    R("đạt «100% nhà văn hóa có wifi", "nhà văn hóa có wifi", "=", 100,
      iid="infra.village_wifi_share"),
    R("Tiên Phước («97,6%", "tỉ lệ lắp đặt wifi công cộng", "=", 97.6, place="Tiên Phước",
      iid="infra.village_wifi_share"),
    R("Hiệp Đức («93,5%", "tỉ lệ lắp đặt wifi công cộng", "=", 93.5, place="Hiệp Đức",
      iid="infra.village_wifi_share"),
    R("Nam Trà My («88,6%", "tỉ lệ lắp đặt wifi công cộng", "=", 88.6, place="Nam Trà My",
      iid="infra.village_wifi_share"),
])

# --------------------------------------------------------------------------
# 02 Bình Dương, free wifi points (sggp.org.vn, no date shown; "Ngày 17-2"
# names no year, and nothing else in the text does → year null). The total is
# stated three times (title "hơn 60", lead "hơn 60", body "khoảng 60"): three
# records (>, >, ~), infra.public_wifi_points_count. The two towns' counts in
# brackets: two records with `place`, the id kept. "kinh phí hòa mạng (khoảng 5
# tỷ đồng)": money, a result (~, 5e9, "đồng"); it is a sponsor's funding of
# wifi, not the catalogue's funding for digital transformation → null (a
# judgement). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_binhduong-wifi-mien-phi-60-diem", kind="result", year=None, records=[
    R("Lắp đặt hơn «60 điểm wifi", "điểm wifi miễn phí phục vụ người dân", ">", 60, **CNT,
      iid="infra.public_wifi_points_count"),
    R("đã có hơn «60 điểm lắp đặt", "điểm lắp đặt wifi miễn phí phục vụ người dân truy cập internet", ">", 60, **CNT,
      iid="infra.public_wifi_points_count"),
    R("có khoảng «60 điểm truy cập", "điểm truy cập wifi miễn phí", "~", 60, **CNT,
      iid="infra.public_wifi_points_count"),
    R("TP Dĩ An («23 điểm", "điểm truy cập wifi miễn phí", "=", 23, **CNT, place="TP Dĩ An",
      iid="infra.public_wifi_points_count"),
    R("Tân Uyên («24 điểm", "điểm truy cập wifi miễn phí", "=", 24, **CNT, place="Tân Uyên",
      iid="infra.public_wifi_points_count"),
    R("(khoảng «5 tỷ đồng", "tài trợ máy móc, kinh phí hòa mạng", "~", 5e9, **DONG),
])

# --------------------------------------------------------------------------
# 03 Bắc Ninh, the province's decision 1424/QĐ-UBND on renting public wifi
# (baobacninh.com.vn, date 2021-11; a precision text: a decision number, a
# duration, a period). The plan's figures are targets (what the decision sets
# up), bare numbers → >=; year: the sentence names none, the document's date
# is 2021 (the period "2021 - 2026" is the rental's, a judgement). "187 điểm
# phát sóng" stated twice (title, body): two records,
# infra.public_wifi_points_count. "tại 60 khu vực": a count (>=, null).
# "trên địa bàn 08 huyện, thành phố": all the province's district-level units,
# the extent of the plan, not a value set → no record (a judgement). "tổng kinh
# phí gần 14, 9 tỷ đồng" (the page's space after the comma kept): money, ~
# 14.9e9 "đồng", target; the funding of one wifi plan, not the catalogue's
# funding for digital transformation → null. Not quantities: "1424/QĐ-UBND",
# "5 năm", "2021 - 2026", the date line. Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_bacninh-wifi-cong-cong-187-diem-2021-precision", kind="target", year=2021, records=[
    R("Triển khai «187 điểm", "điểm phát sóng Wifi công cộng trên địa bàn tỉnh", ">=", 187, **CNT,
      iid="infra.public_wifi_points_count"),
    R("gồm «187 điểm phát sóng", "hệ thống Wifi công cộng gồm điểm phát sóng (Access Point)", ">=", 187, **CNT,
      iid="infra.public_wifi_points_count"),
    R("tại «60 khu vực", "khu vực điểm phát sóng Wifi công cộng", ">=", 60, **CNT),
    R("kinh phí gần «14, 9 tỷ", "tổng kinh phí hệ thống Wifi công cộng", "~", 14.9e9, **DONG),
])

# --------------------------------------------------------------------------
# 04 Zalo Official Accounts of state bodies, national (dientuungdung.vn, the
# crawler's stamp "date 2025-01"; the figures are "tính đến tháng 12/2023" →
# results of 2023 throughout, a judgement for the paragraphs that do not
# repeat the date). "15.349 tài khoản Zalo OA" and, later, "15.394 Zalo OA"
# (the page's two spellings of one figure): two records, each as written.
# "hơn 57 triệu lượt quan tâm" (>), "1,6 tỷ lượt tương tác" (=): counts with
# the magnitude word multiplied in. The heading "Hơn 6.300 tài khoản" (>) and
# the body's "6.302 OA" (=): two records. Not quantities: "tăng 54% so với năm
# 2022" (a change against an earlier value → NOT), "thêm hơn 1.000 tài khoản"
# in 2023 (the year's increase of a total, a change; a judgement),
# "10.598 xã phường trên cả nước" (the country's communes, the comparison's
# base, no indicator; a judgement), "12/2023", "năm 2022", "năm 2023". No
# catalogue id for Zalo accounts → null. Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-zalo-oa-co-quan-nha-nuoc-2023", kind="result", year=2023, records=[
    R("có có «15.349 tài khoản", "tài khoản Zalo OA được tạo bởi các cơ quan Nhà nước (CQNN), dịch vụ công",
      "=", 15349, **CNT),
    R("có hơn «57 triệu lượt", "Zalo OA của các cơ quan Nhà nước lượt quan tâm của người dùng", ">", 57e6, **CNT),
    R("có «1,6 tỷ lượt", "lượt tương tác giữa người dân và chính quyền trên mô hình này", "=", 1.6e9, **CNT),
    R("\n«15.394 Zalo OA", "Zalo OA", "=", 15394, **CNT),
    R("Hơn «6.300 tài khoản", "tài khoản kết nối người dân và lực lượng Công an", ">", 6300, **CNT),
    R("lên đến «6.302 OA", "tổng số tài khoản chính thức của các đơn vị Công an trên cả nước", "=", 6302, **CNT),
], NOT=["tăng «54%"])

# --------------------------------------------------------------------------
# 05 Zalo pages of state bodies in 2021, national (thanhnien.vn, the stamp
# "date 2022-01"; a precision text: years, a month, "Covid-19" three times,
# one change). "Hơn 6.000 tài khoản Zalo chính thức" (the heading) and "hơn
# 6.000 trang Zalo" (the body, "Tính đến cuối tháng 12/2021"): two results (>,
# 2021). "tăng 160% so với năm 2020": a change against an earlier value → NOT.
# No id. Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-zalo-tinh-thanh-2021-precision", kind="result", year=2021, records=[
    R("Hơn «6.000 tài khoản", "tài khoản Zalo chính thức của cơ quan nhà nước, tiện ích công", ">", 6000, **CNT),
    R("có hơn «6.000 trang Zalo", "trang Zalo của các cơ quan cấp Bộ, tỉnh/thành phố, địa phương, công an, y tế, giáo dục, điện, nước… được thiết lập",
      ">", 6000, **CNT),
], NOT=["tăng «160%"])

# --------------------------------------------------------------------------
# 06 Cameras in Thừa Thiên-Huế and Đà Nẵng (thanhnien.vn, a page on Ho Chi
# Minh City's camera plan; the stamp "date 2019-08"). Every record carries
# `place` (the text names two provinces, neither the page's own). Huế, results
# of 2019: "khoảng 100 camera" of the smart-city centre (~), "khoảng gần 400
# camera" connected (~; "khoảng gần" read as ~), "lên đến 1.800 camera" put up
# by the state budget (=), city.surveillance_cameras_count for the three (a
# judgement for the first and third); "hơn 26.000 camera" put up by residents
# themselves (>, null: not the state's surveillance network); "gần 400 vụ án"
# handled each year with the cameras' help (~, a result measured, null).
# Đà Nẵng: "từ năm 2016 ... chủ trương chi 70 tỉ đồng" → a target of 2016 (a
# decision to spend; bare → >=), money 70e9 "đồng" ("tỉ" the other spelling of
# "tỷ"), null; "trên toàn bộ 56 xã, phường": all the city's communes, the
# extent → no record (as 03's "08 huyện"). Not quantities: "tháng 8.2019",
# "năm 2016". Pillar null (the heading "Hỗ trợ đắc lực" names none).
# --------------------------------------------------------------------------
HUE = dict(place="Thừa Thiên-Huế")
D06 = dict(name="06_hue-danang-camera-do-thi-thong-minh-2019", kind="result", year=2019, records=[
    R("với khoảng «100 camera", "Trung tâm giám sát điều hành đô thị thông minh là hệ thống cảm biến với camera",
      "~", 100, **CNT, **HUE, iid="city.surveillance_cameras_count"),
    R("khoảng gần «400 camera", "kết nối với camera của các phường, xã, hồ đập thủy điện và các cơ quan nhà nước trên địa bàn tỉnh",
      "~", 400, **CNT, **HUE, iid="city.surveillance_cameras_count"),
    R("lên đến «1.800 camera", "hệ thống camera do ngân sách nhà nước lắp đặt", "=", 1800, **CNT, **HUE,
      iid="city.surveillance_cameras_count"),
    R("hơn «26.000 camera", "người dân tự lắp đặt camera", ">", 26000, **CNT, **HUE),
    R("gần «400 vụ án", "hệ thống camera giúp ích đắc lực cho ngành xử lý vụ án", "~", 400, **CNT, **HUE),
    R("chi «70 tỉ đồng", "chi lắp camera công cộng giám sát an ninh trật tự", ">=", 70e9, **DONG,
      kind="target", year=2016, place="Đà Nẵng"),
])

# --------------------------------------------------------------------------
# 07 Tây Ninh, smart loudspeakers given by the ministry (thanhnien.vn, the
# stamp "date 2020-10"; results of 2020: installed "từ ngày 21 – 30.9").
# "200 cụm loa truyền thanh thông minh" (=, infra.smart_radio_clusters_count);
# "tại 19 xã" (=, null: the catalogue's commune measure is a share); "có 13
# xã biên giới" (=, null; a breakdown of the 19 by kind of commune, scope null).
# "thuộc 9 huyện, thị xã, thành phố": Tây Ninh's district-level units, where
# the communes lie → no record (a judgement, as 03's "08 huyện"). Not
# quantities: "21 – 30.9", "3G/4G". Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_tayninh-loa-truyen-thanh-thong-minh-2020", kind="result", year=2020, records=[
    R("sử dụng «200 cụm loa", "cụm loa truyền thanh thông minh từ nguồn hỗ trợ của Bộ TT-TT", "=", 200, **CNT,
      iid="infra.smart_radio_clusters_count"),
    R("tại «19 xã", "xã lắp đặt cụm loa truyền thanh thông minh", "=", 19, **CNT),
    R("có «13 xã biên giới", "xã biên giới", "=", 13, **CNT),
])

# --------------------------------------------------------------------------
# 08 The chip ID card in place of the health-insurance card, national
# (saigonthethao.vn, no date shown, no year in the text → year null).
# Results: "khoảng 40 triệu lượt thông tin công dân" shared (~, 40e6), "40
# triệu người tham gia BHYT có thể sử dụng CCCD" (=, 40e6), "hơn 12.000 cơ sở
# KCB đã cập nhật phần mềm, chấp nhận CCCD" (>; the catalogue holds the share
# → null). Not quantities: "COVID-19" (twice). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-cccd-thay-the-bhyt", kind="result", year=None, records=[
    R("khoảng «40 triệu lượt", "BHXH đã chia sẻ lượt thông tin công dân có trong cơ sở dữ liệu về bảo hiểm với cơ sở dữ liệu quốc gia về dân cư",
      "~", 40e6, **CNT),
    R("này, «40 triệu người", "người tham gia BHYT có thể sử dụng CCCD hoặc CCCD gắn chip khi khám chữa bệnh (KCB)",
      "=", 40e6, **CNT),
    R("có hơn «12.000 cơ sở", "cơ sở KCB đã cập nhật phần mềm, chấp nhận CCCD", ">", 12000, **CNT),
])

# --------------------------------------------------------------------------
# 09 Thuận An (Bình Dương), free wifi at ten public places (plo.vn, no date
# shown, no year in the text → null; a precision text: two dates, a list of
# parks and wards). "tại 10 địa điểm công cộng" and "10 điểm công cộng lắp đặt
# wifi miễn phí": the same fact twice, two results (=),
# infra.public_wifi_points_count. Not quantities: "Ngày 9-8", "ngày 8-8".
# Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_binhduong-thuanan-wifi-10-diem-precision", kind="result", year=None, records=[
    R("tại «10 địa điểm", "phủ sóng wifi tại địa điểm công cộng", "=", 10, **CNT,
      iid="infra.public_wifi_points_count"),
    R("Theo đó, «10 điểm", "điểm công cộng lắp đặt wifi miễn phí", "=", 10, **CNT,
      iid="infra.public_wifi_points_count"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
