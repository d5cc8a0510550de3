#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set83).

Copied from set47's builder (itself from set45's, set43's, set41's, ... and the seeds'). Each
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
Copied from set69's builder (itself from set47's); only the documents below are new.

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
# 01 Thanh Hóa, community digital technology teams (baothanhhoa.vn; the excerpt
# opens with the crawler's stamp " date 2024-10", kept as returned → 2024).
# "Thanh Hóa hiện có 4.351 Tổ CNSCĐ với 15.995 thành viên (100% các thôn, bản,
# tổ dân phố đã có Tổ CNSCĐ)": three results (count, count, %; the bracket
# states a value: spec's decided case). The villages in the bracket are its
# subject, not a split → scope null. "Mỗi tổ có từ 3 - 9 thành viên": the size
# of each team, one range stated once → between 3-9, count (a judgement: a
# reported figure of the teams, like their number of members). Ids:
# aware.community_digital_teams_count, aware.community_digital_team_members_count,
# aware.community_digital_teams_share; the team size has none. Pillar null (no
# heading names one). Not quantities: "hơn 2 năm" (a duration), "mức độ 3, 4"
# (levels of a service, names), the stamp.
# --------------------------------------------------------------------------
D01 = dict(name="01_thanhhoa-to-cnscd-2024", kind="result", year=2024, records=[
    R("hiện có «4.351 Tổ", "Thanh Hóa hiện có Tổ CNSCĐ", "=", 4351, **CNT, iid="aware.community_digital_teams_count"),
    R("với «15.995 thành viên", "thành viên Tổ CNSCĐ", "=", 15995, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("(«100% các thôn", "các thôn, bản, tổ dân phố đã có Tổ CNSCĐ", "=", 100,
      iid="aware.community_digital_teams_share"),
    R("có từ «3 - 9 thành viên", "Mỗi tổ có thành viên", "between", 3, **CNT, value_max=9),
])

# --------------------------------------------------------------------------
# 02 Hưng Yên, Phù Cừ district's smart villages (vietnamnet.vn; no date shown).
# Results "Hiện nay, thôn Đoàn Đào đã được lắp đặt 22 mắt camera an ninh" (=,
# count; city.surveillance_cameras_count, whose wordings hold "mắt camera an
# ninh") and "hiện tại trên 90% số người dân của thôn trong độ tuổi lao động sử
# dụng điện thoại thông minh ..." (>, society.adult_smartphone_share, whose
# wordings hold this phrase). Target: "trong năm 2024 và 2025, xã tiếp tục triển
# khai mô hình thôn thông minh ở 3 thôn còn lại" (a bare number in a plan → >=,
# count, year 2025, the end of the period named; society.smart_rural_communes_count).
# Year of the results: the page shows no date and the sentences name none; the
# years 2024 and 2025 are those of the plan → null (a judgement). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hungyen-phucu-thon-thong-minh", kind="result", year=None, records=[
    R("lắp đặt «22 mắt camera", "thôn Đoàn Đào đã được lắp đặt mắt camera an ninh kết nối trực tiếp với trụ sở công an xã",
      "=", 22, **CNT, iid="city.surveillance_cameras_count"),
    R("hiện tại trên «90%", "số người dân của thôn trong độ tuổi lao động sử dụng điện thoại thông minh và tham gia sử "
      "dụng các nền tảng số", ">", 90, iid="society.adult_smartphone_share"),
    R("ở «3 thôn còn lại", "xã tiếp tục triển khai mô hình thôn thông minh ở thôn còn lại", ">=", 3, **CNT,
      kind="target", year=2025, iid="society.smart_rural_communes_count"),
])

# --------------------------------------------------------------------------
# 03 Thanh Hóa, Minh Đức village of Thiệu Long commune (truyenhinhthanhhoa.vn,
# print page; no date shown (the address holds 240124) → year null, as set69's
# 06). Results: "100% số hộ dân có điện thoại thông minh" (=,
# society.households_smartphone_share), "90,4% hộ lắp đặt mạng internet" (=,
# infra.households_internet_share), "trên 70% số người trong độ tuổi lao động có
# kỹ năng sử dụng các loại hình dịch vụ công trực tuyến và các dịch vụ số thiết
# yếu" (>; no exact catalogue indicator: the skills shares are of people
# trained, the online-services share of adults using them → null). Not
# quantities: "430 hộ với 1610 nhân khẩu" (the village's size, no target or
# result of the transformation; a judgement), "3G, 4G" (names). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-thieuhoa-thon-minh-duc", kind="result", year=None, records=[
    R("thông tin; «100% số hộ", "số hộ dân có điện thoại thông minh", "=", 100,
      iid="society.households_smartphone_share"),
    R("«90,4% hộ", "hộ lắp đặt mạng internet", "=", 90.4, iid="infra.households_internet_share"),
    R("trên «70% số người", "số người trong độ tuổi lao động có kỹ năng sử dụng các loại hình dịch vụ công trực tuyến "
      "và các dịch vụ số thiết yếu", ">", 70),
])

# --------------------------------------------------------------------------
# 04 Quảng Nam, Duy Xuyên district's IP radio stations (baoquangnam.vn; the
# byline "HOÀNG THƠ |" cut; no date shown → year null). Results, all count
# unless said: the title's "lắp đặt 4 đài truyền thanh ..." and the body's "4
# đài truyền thanh ... (IP) cho 4 xã" (the stations, stated twice, each recorded;
# the communes that received them, one more record: one record per number);
# "Mỗi đài ... được lắp đặt 12 cụm thu phát thanh ... với 24 loa công cộng" (per
# station); "Kinh phí đầu tư mỗi đài ... 428 triệu đồng" (other "đồng",
# 428e6: money is a quantity, spec's decided case); "có 8 xã có đài truyền thanh
# ứng dụng công nghệ IP". Ids: none exact (infra.smart_radio_communes_share is a
# share; infra.smart_radio_clusters_count counts all clusters, not those of one
# station) → null. NOT: "UBND tỉnh hỗ trợ 80%, UBND huyện Duy Xuyên đối ứng 20%"
# (how the cost is split between two budgets, not a value of an indicator; a
# judgement). Not quantities: "3G-4G" (a name). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_quangnam-duyxuyen-dai-truyen-thanh-ip", kind="result", year=None, records=[
    R("lắp đặt «4 đài truyền thanh ứng dụng công nghệ thông tin - viễn thông\n", "Duy Xuyên lắp đặt đài truyền thanh "
      "ứng dụng công nghệ thông tin - viễn thông", "=", 4, **CNT),
    R("công nghệ «4 đài", "Huyện Duy Xuyên vừa lắp đặt hoàn chỉnh thiết bị, máy móc, công nghệ đài truyền thanh ứng "
      "dụng công nghệ thông tin - viễn thông (IP)", "=", 4, **CNT),
    R("cho «4 xã", "xã được lắp đặt đài truyền thanh ứng dụng công nghệ thông tin - viễn thông (IP)", "=", 4, **CNT),
    R("lắp đặt «12 cụm", "Mỗi đài truyền thanh được lắp đặt cụm thu phát thanh ứng dụng công nghệ IP", "=", 12, **CNT),
    R("với «24 loa", "Mỗi đài truyền thanh được lắp đặt loa công cộng", "=", 24, **CNT),
    R("IP «428 triệu", "Kinh phí đầu tư mỗi đài truyền thanh ứng dụng công nghệ IP", "=", 428e6, **DONG),
    R("có «8 xã", "trên địa bàn huyện Duy Xuyên có xã có đài truyền thanh ứng dụng công nghệ IP", "=", 8, **CNT),
], NOT=["hỗ trợ «80%", "đối ứng «20%"])

# --------------------------------------------------------------------------
# 05 Hải Phòng, smart loudspeaker clusters (baoquocte.vn, byline "08:54 |
# 29/12/2024" cut and written as `date 2024-12` → 2024; the "📞" line and a photo
# caption cut). The title's "kết nối hơn 2.000 cụm loa truyền thanh thông minh"
# (>, count) and the lead's and body's "tới 2.019 cụm loa của hơn 70 xã, phường,
# thị trấn" (stated twice in the same words; each time two records: =, 2019
# clusters, infra.smart_radio_clusters_count, and >, 70 communes, no id: the
# catalogue holds the share of communes). "Trong năm 2021, quận Hồng Bàng ...
# bàn giao cho 5 phường" (=, count, year 2021; no id). Not quantities: "năm
# 2019" (a date). The communes are the subject of "hơn 70 xã, phường, thị trấn",
# not a split → scope null. Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_haiphong-cum-loa-thong-minh-2024", kind="result", year=2024, records=[
    R("kết nối hơn «2.000 cụm", "địa phương đầu tiên kết nối cụm loa truyền thanh thông minh", ">", 2000, **CNT,
      iid="infra.smart_radio_clusters_count"),
    R("tới «2.019 cụm loa của hơn 70 xã, phường, thị trấn.\n\nCùng", "Hải Phòng triển khai kết nối thành công các "
      "cụm loa truyền thanh ứng dụng công nghệ thông tin, viễn thông", "=", 2019, **CNT,
      iid="infra.smart_radio_clusters_count"),
    R("của hơn «70 xã, phường, thị trấn.\n\nCùng", "xã, phường, thị trấn được kết nối cụm loa truyền thanh thông minh",
      ">", 70, **CNT),
    R("tới «2.019 cụm loa của hơn 70 xã, phường, thị trấn.\n\nXác", "Hải Phòng triển khai kết nối thành công các "
      "cụm loa truyền thanh ứng dụng công nghệ thông tin, viễn thông", "=", 2019, **CNT,
      iid="infra.smart_radio_clusters_count"),
    R("của hơn «70 xã, phường, thị trấn.\n\nXác", "xã, phường, thị trấn được kết nối cụm loa truyền thanh thông minh",
      ">", 70, **CNT),
    R("cho «5 phường", "quận Hồng Bàng bàn giao hệ thống truyền thanh số cho phường", "=", 5, **CNT, year=2021),
])

# --------------------------------------------------------------------------
# 06 Nghệ An, smart villages and hamlets (baonghean.vn; a precision text; the
# crawler's stamp " date 2025-10-24" kept as returned; the byline "Hoàng Việt
# Anh - Kỹ thuật: Hồng Toại • 23/10/2025" and a photo caption cut; the stamp
# already gives the date, so no `date` line was added). One quantity: "Theo
# Quyết định 319 ... xã nông thôn mới kiểu mẫu giai đoạn 2021-2025 phải có ít
# nhất 1 mô hình thôn, xóm thông minh" (target, >=, count, year 2025, the end of
# the period; the criterion of each model commune, so not
# society.smart_rural_communes_count's total → null). Not quantities:
# "2026-2030" twice (a period), "nông thôn số 4.0" twice (a name), "Quyết định
# 319", "8/3/2022", "2021-2025", the stamp. Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_nghean-thon-xom-thong-minh-2025-precision", kind="target", year=2025, records=[
    R("ít nhất «1 mô hình", "xã nông thôn mới kiểu mẫu phải có mô hình thôn, xóm thông minh", ">=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 07 Hà Tĩnh, Đông Trung village of Cẩm Bình commune, Cẩm Xuyên district (a
# precision text: a copy on a sports site, tothethao.com; the photo file name
# and its caption cut; no date shown). One quantity: "Đến nay, toàn thôn Đông
# Trung đã có trên 90% hộ dân lắp đặt và sử dụng wifi, mã QR" (result, >; no
# exact id: households using wifi and QR codes). Year: "đầu năm 2020" is when the
# pilot began and "sau hơn 2 năm" a duration; no sentence names the year of
# the figure and the page no date → null (a judgement: a year reached by adding
# a duration is not stated). Not quantities: "năm 2020", "hơn 2 năm", "hàng trăm
# triệu đồng" (no digits). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_hatinh-camxuyen-khu-dan-cu-thong-minh-precision", kind="result", year=None, records=[
    R("có trên «90% hộ", "toàn thôn Đông Trung đã có hộ dân lắp đặt và sử dụng wifi, mã QR", ">", 90),
])

# --------------------------------------------------------------------------
# 08 Digital infrastructure of the country, on a page about ethnic-minority
# areas (giamngheobenvung.vietnamnet.vn; no date shown; "tính đến cuối năm
# 2022" → 2022). Results: "khoảng 70 triệu người" (~, count 7e7; no id: the
# catalogue holds the share), "chiếm hơn 70% dân số" (>,
# infra.internet_users_share), "hạ tầng băng rộng đã phủ sóng 99,73% số thôn"
# (=, infra.mobile_village_coverage_share: "phủ sóng" of villages; a judgement),
# "19,79 triệu hộ gia đình có cáp quang" (=, count 1.979e7; no id), "đạt 72,4%"
# (=, infra.fibre_household_coverage_share), "Hệ thống cáp quang đã triển khai
# tới 100% xã, phường, thị trấn, 91% thôn, bản" (two records split by level, as
# the spec's "90% cấp xã, 70% thôn, bản": scopes "xã, phường, thị trấn" and
# "thôn, bản"; infra.fibre_commune_coverage_share and
# infra.fibre_village_coverage_share). Not quantities: "6 dịch vụ xã hội cơ bản"
# (the parts of a poverty measure), "2022 - 2025". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-ha-tang-so-vung-dtts-2022", kind="result", year=2022, records=[
    R("khoảng «70 triệu người", "lượng người dùng Internet ở Việt Nam", "~", 70e6, **CNT),
    R("chiếm hơn «70%", "người dùng Internet chiếm dân số", ">", 70, iid="infra.internet_users_share"),
    R("phủ sóng «99,73%", "hạ tầng băng rộng đã phủ sóng số thôn trên toàn quốc", "=", 99.73,
      iid="infra.mobile_village_coverage_share"),
    R("«19,79 triệu hộ", "hộ gia đình có cáp quang", "=", 19.79e6, **CNT),
    R("đạt «72,4%", "hộ gia đình có cáp quang", "=", 72.4, iid="infra.fibre_household_coverage_share"),
    R("tới «100% xã", "Hệ thống cáp quang đã triển khai tới xã, phường, thị trấn", "=", 100,
      scope="xã, phường, thị trấn", iid="infra.fibre_commune_coverage_share"),
    R("«91% thôn", "Hệ thống cáp quang đã triển khai tới thôn, bản", "=", 91, scope="thôn, bản",
      iid="infra.fibre_village_coverage_share"),
])

# --------------------------------------------------------------------------
# 09 Quảng Trị, Tân An village of Vĩnh Giang commune, Vĩnh Linh district
# (baoquangtri.vn; a precision text; the template lines "{title}", "{publish}",
# "{head}" and a photo caption cut; no date shown). Results: "tỉ lệ sử dụng mạng
# wifi của các hộ dân đạt trên 90%" (>; year null: no sentence or date names it;
# no id: the catalogue's wifi share is of villages) and "năm 2022, Tổ CNSCĐ được
# thành lập tại thôn Tân An với 8 thành viên" (=, count, year 2022;
# aware.community_digital_team_members_count, one team's members). Not
# quantities: "Thôn thời 4.0" (a heading's name). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_quangtri-vinhlinh-thon-tan-an-precision", kind="result", year=None, records=[
    R("đạt trên «90%", "tỉ lệ sử dụng mạng wifi của các hộ dân", ">", 90),
    R("với «8 thành viên", "Tổ CNSCĐ được thành lập tại thôn Tân An với thành viên", "=", 8, **CNT, year=2022,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 10 Long An, Tân An city's cashless street (baolongan.vn; a precision text with
# no quantity at all; the language switch "Tiếng Việt | English" and the byline
# "30/10/2024 - 18:46" cut, the date written as `date 2024-10`). Not quantities:
# "tháng 10/2023" (a date), "Quốc lộ 1" (a road's name), "phường 2", "phường 3"
# (ward names in addresses), the `date` line. No record.
# --------------------------------------------------------------------------
D10 = dict(name="10_longan-tanan-tuyen-pho-khong-tien-mat-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 11 Bắc Giang, online payment of public-service fees in 2022 (vietnamnet.vn;
# no date shown; "trong năm 2022", "Năm 2022 tính đến thời điểm ngày 24/11" →
# 2022; a photo credit "Ảnh minh họa: Anh Hào." cut). Results: "thanh toán qua
# cổng thanh toán quốc gia với 14.647 giao dịch" (=, count), "đạt trên 82 tỷ
# đồng" (>, other "đồng", 8.2e10), "giá trị thanh toán qua kênh mã QR này đạt
# trên 3,8 tỷ đồng" (>, other "đồng", 3.8e9). No ids (egov.online_payment_share
# is a share). Not quantities: "24/11", "1/6/2022", "15/11/2022" (dates),
# "Trúng ngàn quà tặng" (no digits). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_bacgiang-thanh-toan-dich-vu-cong-2022", kind="result", year=2022, records=[
    R("với «14.647 giao dịch", "Bắc Giang đã thanh toán qua cổng thanh toán quốc gia giao dịch", "=", 14647, **CNT),
    R("đạt trên «82 tỷ", "giá trị thanh toán qua cổng thanh toán quốc gia", ">", 82e9, **DONG),
    R("đạt trên «3,8 tỷ", "giá trị thanh toán qua kênh mã QR", ">", 3.8e9, **DONG),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
