#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set208).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. This set has one: 09's "100% là dân tộc Mông", the make-up
of a commune's population, not an indicator (README, "Decisions where the spec is silent").

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

Theme of the set: digital infrastructure in provinces and districts (villages without mobile
signal, BTS and 5G stations, fibre to households, smartphones, access speeds), plans and results
of 2021-2026.

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
from goldkit import R, CNT, T, INFRA  # noqa: E402

KM = dict(unit="other", unit_text="km")
MBIT = dict(unit="other", unit_text="Mbit/s")
BTS = "infra.bts_stations_count"
G5_ST = "infra.fiveg_stations_count"
G5_COV = "infra.fiveg_coverage_share"
VIL_MOB_N = "infra.mobile_villages_covered_count"
VIL_MOB = "infra.mobile_village_coverage_share"
VIL_FIB_N = "infra.fibre_villages_count"
VIL_FIB = "infra.fibre_village_coverage_share"
VIL_GAP = "infra.villages_without_mobile_signal_count"
NET_SUBS = "infra.internet_subscriptions_count"
FIB_HH = "infra.fibre_household_coverage_share"
FIB_XA = "infra.fibre_commune_coverage_share"
FIB_XA_N = "infra.fibre_communes_count"
HH_SMART = "society.households_smartphone_share"
GIGA = "infra.gigabit_fixed_access_share"
MOB_SPEED = "infra.mobile_broadband_speed"
IOT = "infra.iot_connections_per_person"
POSTAL = "infra.postal_points_communes_share"
FIXED_100 = "infra.fixed_broadband_subscriptions_per_100"

# --------------------------------------------------------------------------
# 01 Lào Cai, the province's telecommunications infrastructure: transmission lines, village
# coverage, subscriptions, and the villages still without signal or fibre (vietnam.vn/laocai;
# nothing cut; no byline, no stamp, no year in the text: year null; the excerpt ends in "kinh tế
# –"). Results, pillar null (no heading). "1.533/1.562 (98%) trung tâm thôn, tổ dân phố được phủ
# sóng" and "1.336/1.562 (85,5%) thôn, tổ dân phố có hạ tầng cáp quang": two records each (the
# count, then the bracket's %, spec's "57.877 hồ sơ (đạt 99,1%)"); the denominator "/1.562" is the
# size of the whole, not a quantity. "956 tuyến truyền dẫn (trong đó có 77 tuyến cáp ngầm với tổng
# chiều dài 302 km; có 879 tuyến cáp với tổng chiều dài 9.026 km)": five records, each its own
# subject (spec's breakdown by kind of thing), the lengths unit other "km". "hơn 800.000 ... hơn
# 600.000 ... (trong đó có 115.120 ... và 519.229 ...)" and "hơn 107.000 gia đình, chiếm 61,4%":
# "hơn" as `>`. "63.788 thuê bao truyền hình trả tiền" is a count reported for an indicator (pay
# television subscriptions, as earlier sets recorded them). "29 thôn chưa được phủ sóng", "226 thôn
# chưa có hạ tầng băng rộng cố định": counts. Not quantities: "3G, 4G" (names, twice), "/1.562"
# (twice). Ids: VIL_MOB_N / VIL_MOB, VIL_FIB_N / VIL_FIB, NET_SUBS for the broadband subscriptions
# and its fixed part (the catalogue's wordings name "thuê bao Internet băng rộng cố định"), FIB_HH
# for the households with a fibre connection (the majority of earlier sets), VIL_GAP for the 29
# villages; null for the lines and their lengths (the text says "tuyến cáp", not "cáp quang"), the
# telephone subscriptions (fixed and mobile together, as an earlier set's "thuê bao điện thoại"),
# the mobile internet subscriptions, the 107.000 households (a count; the catalogue has the share),
# the pay-TV subscriptions and the 226 villages without fibre.
# --------------------------------------------------------------------------
D01 = dict(name="01_laocai-ha-tang-vien-thong-thon-cap-quang", kind="result", year=None, records=[
    R("có «956 tuyến", "tuyến truyền dẫn toàn tỉnh", "=", 956, **CNT),
    R("có «77 tuyến", "tuyến cáp ngầm", "=", 77, **CNT),
    R("dài «302 km", "tổng chiều dài tuyến cáp ngầm", "=", 302, **KM),
    R("có «879 tuyến", "tuyến cáp", "=", 879, **CNT),
    R("dài «9.026 km", "tổng chiều dài tuyến cáp", "=", 9026, **KM),
    R("bảo «1.533/1.562", "trung tâm thôn, tổ dân phố được phủ sóng băng rộng di động 3G, 4G", "=", 1533, **CNT,
      iid=VIL_MOB_N),
    R("(«98%)", "trung tâm thôn, tổ dân phố được phủ sóng băng rộng di động 3G, 4G", "=", 98, iid=VIL_MOB),
    R("nay, «1.336/1.562", "thôn, tổ dân phố có hạ tầng cáp quang phục vụ truy cập internet", "=", 1336, **CNT,
      iid=VIL_FIB_N),
    R("(«85,5%)", "thôn, tổ dân phố có hạ tầng cáp quang phục vụ truy cập internet", "=", 85.5, iid=VIL_FIB),
    R("hơn «800.000 thuê bao", "thuê bao điện thoại", ">", 800000, **CNT),
    R("hơn «600.000 thuê bao", "thuê bao internet băng rộng", ">", 600000, **CNT, iid=NET_SUBS),
    R("có «115.120 thuê bao", "thuê bao internet cố định", "=", 115120, **CNT, iid=NET_SUBS),
    R("và «519.229 thuê bao", "thuê bao internet di động", "=", 519229, **CNT),
    R("hơn «107.000 gia đình", "gia đình có kết nối internet cáp quang", ">", 107000, **CNT),
    R("chiếm «61,4%", "hộ có kết nối internet cáp quang", "=", 61.4, iid=FIB_HH),
    R("và «63.788 thuê bao", "thuê bao truyền hình trả tiền", "=", 63788, **CNT),
    R("còn «29 thôn", "thôn chưa được phủ sóng băng rộng di động (3G, 4G)", "=", 29, **CNT, iid=VIL_GAP),
    R("và «226 thôn", "thôn chưa có hạ tầng băng rộng cố định (cáp quang)", "=", 226, **CNT),
])

# --------------------------------------------------------------------------
# 02 Quảng Trị, Vĩnh Linh district: radio, BTS stations, 4G/5G, smartphones and fibre
# (vinhlinh.quangtri.gov.vn; cut: the breadcrumb "Chi tiết - Huyện Vĩnh Linh" with the blank line
# after it, the byline "Mỹ Hằng" and the link label "Bài viết liên quan" with the blank lines
# before them; no date in the text: year null). Results, pillar null: the headline "Phát triển
# mạng lưới thông tin truyền thông rộng khắp" is the article's title, not a section heading, and
# "Cơ sở hạ tầng viễn thông ... tiếp tục được đầu tư" is a statement with the topic as its subject
# (as set193 read "Hoạt động chính quyền số đã được quan tâm"). "18/18, thị trấn có hệ thống đài
# truyền thanh" (the page drops "xã" after "18/18"): a count. "Phổ cập dịch vụ mạng 4G, 5G đến
# 100% hộ gia đình; phổ cập điện thoại thông minh đến trên 80% hộ gia đình": two results of the
# present state (the paragraph's "hiện có"), "trên" `>`. "cáp quang phủ trên 90% hộ gia đình, 100%
# xã": two records, the second with scope "xã" (the spec's "phủ 75% hộ gia đình, 100% cấp xã", as
# set150 and set192 wrote "100% xã"). Not quantities: "/18", "/15" (denominators), "IP", "4G, 5G"
# (names). Ids: BTS, HH_SMART, FIB_XA_N ("Mạng Internet băng rộng cố định ... tới trung tâm 15/15
# xã"), FIB_HH, FIB_XA; null for the radio systems (wireless and IP radio together, not the
# catalogue's smart-radio count exactly) and for the households reached by 4G/5G (the catalogue
# counts population).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangtri-vinhlinh-bts-cap-quang-ho-gia-dinh", kind="result", year=None, records=[
    R("có «18/18, thị trấn", "xã, thị trấn có hệ thống đài truyền thanh không dây và đài truyền thanh công nghệ IP",
      "=", 18, **CNT),
    R("là «211 trạm", "trạm BTS trên địa bàn huyện", "=", 211, **CNT, iid=BTS),
    R("đến «100% hộ gia đình", "hộ gia đình được phổ cập dịch vụ mạng 4G, 5G", "=", 100),
    R("trên «80% hộ gia đình", "hộ gia đình được phổ cập điện thoại thông minh", ">", 80, iid=HH_SMART),
    R("trung tâm «15/15 xã", "xã được cung cấp dịch vụ Internet băng rộng cố định tới trung tâm", "=", 15, **CNT,
      iid=FIB_XA_N),
    R("trên «90% hộ gia đình", "hộ gia đình được phủ hạ tầng mạng băng rộng cáp quang", ">", 90, iid=FIB_HH),
    R("đình, «100% xã", "Hạ tầng mạng băng rộng cáp quang phủ xã", "=", 100, scope="xã", iid=FIB_XA),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, the city's plan 58/KH-UBND of 26/2/2025 on digital infrastructure in 2025 and towards
# 2030 (vneconomy.vn; cut: the image line "<image>data:image/s3,"s3://crabby-images/…""
# between the lead and the body; no byline, no stamp). Targets. Years by sentence: the headline and
# the lead "Đến năm 2030" (2030), "đến năm 2025" (2025), the two speed lines and the IoT line name no
# year and take the plan's 2025 ("phát triển hạ tầng số năm 2025"), the last "Phấn đấu đến năm 2030"
# (2030). Pillar: the sentence "Theo đó, ... đặt mục tiêu đến năm 2025 ..." follows the plan's
# sentence naming "phát triển hạ tầng số" and opens with "Theo đó": digital_infrastructure (the
# spec's "Theo đó, 90% … 80% …" after a lead-in naming a pillar); the headline, the lead (before the
# plan is named) and the later lines, new paragraphs naming no pillar under no heading, null.
# "tối thiểu" as `>=`, bare targets `>=`. "1 kết nối Internet vạn vật ... và có 1 định danh số": two
# per-person amounts, unit other (as earlier sets wrote "1 kết nối IoT", "1 định danh số"). Not
# quantities: "1Gbps" (twice; the threshold inside the subject, as earlier sets read "từ 1Gbps
# trở lên"), "58/KH-UBND", "26/2/2025" (document), "năm 2025", "năm 2030" (dates), "5G", "4G"
# (names). Ids: G5_COV for the 5G population and area targets, GIGA, FIB_HH, MOB_SPEED for both
# speeds (4G and 5G download speeds are mobile broadband speeds), IOT; the digital identity null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-ha-tang-so-cap-quang-5g-2025", kind="target", year=2025, records=[
    R("di động 5G tới «99% dân số", "phủ sóng mạng di động 5G dân số", ">=", 99, year=2030, iid=G5_COV),
    R("mục tiêu «100% người sử dụng", "người sử dụng có khả năng truy nhập cáp quang với tốc độ 1Gbps trở lên và "
      "được tiếp cận, sử dụng các giải pháp an toàn bảo mật khi truy cập mạng Internet", ">=", 100, year=2030,
      iid=GIGA),
    R("phủ sóng «99% dân số...", "mạng băng rộng di động 5G phủ sóng dân số", ">=", 99, year=2030, iid=G5_COV),
    R("đến «100% các hộ", "phổ cập mạng cáp quang đến các hộ gia đình", ">=", 100, pillar=INFRA, iid=FIB_HH),
    R("gia đình; «100% các khu", "các khu công nghệ cao, khu công nghệ thông tin tập trung, trung tâm nghiên cứu "
      "phát triển, đổi mới sáng tạo, khu công nghiệp, nhà ga/sân bay quốc tế phủ sóng mạng 5G", ">=", 100,
      pillar=INFRA, iid=G5_COV),
    R("tối thiểu «40 Mbit/s", "Dịch vụ truy nhập Internet 4G tốc độ tải xuống trung bình", ">=", 40, **MBIT,
      iid=MOB_SPEED),
    R("tối thiểu «100 Mbit/s", "tốc độ tải xuống dịch vụ truy nhập Internet 5G trung bình", ">=", 100, **MBIT,
      iid=MOB_SPEED),
    R("có «1 kết nối", "mỗi người dân có kết nối Internet vạn vật (IoT)", ">=", 1, unit="other",
      unit_text="kết nối Internet vạn vật", iid=IOT),
    R("có «1 định danh", "mỗi người dân có định danh số", ">=", 1, unit="other", unit_text="định danh số"),
    R("2030, «100% người sử dụng", "người sử dụng có khả năng truy nhập cáp quang với tốc độ 1Gbps trở lên và "
      "được tiếp cận, sử dụng các giải pháp an toàn bả", ">=", 100, year=2030, iid=GIGA),
])

# --------------------------------------------------------------------------
# 04 Hà Nội, the city's plan (2021) for postal and telecommunications infrastructure serving its
# digital transformation programme to 2025 (hittc.org.vn; cut: the photo caption "Đến năm 2025, hạ
# tầng mạng băng rộng ở Hà Nội phủ trên 80% hộ gia đình. Ảnh minh họa: TTXVN" with the blank line
# after it; no byline, no stamp; the address's "2021/07/30" is not in the text; the excerpt ends in
# "100% các khu"). Targets, year 2025 but the last sentence's 2030. The headline, the lead and the
# list state the same fibre target ("trên 80% hộ gia đình") three times: three records (each a
# statement of the quantity). "phủ trên 80% hộ gia đình, 100% xã": two records, scope null and "xã"
# (as 02). "số thuê bao băng rộng cố định trên 100 dân đạt 30%": a % (spec). "đạt 95% trở lên" as
# `>=`. The last, truncated "100% các khu" is a 2030 target with the subject the page gives. Pillar:
# the list "Theo kế hoạch này, UBND ... đặt mục tiêu đến năm 2025 có ..." follows the sentence
# naming the "Kế hoạch phát triển hạ tầng bưu chính – viễn thông" (telecommunications: digital
# infrastructure, the spec's topic rule) and refers back to it: digital_infrastructure, as 03's
# "Theo đó"; the headline, the lead, and the next paragraphs (the smartphone and 5G targets, the
# 2030 line), which name no pillar, null. Not quantities: "4G/5G" (names), "năm 2025", "năm 2030"
# (dates), "100 dân" (the denominator of the density), "1 điện thoại thông minh" (inside the
# subject: "có sử dụng ít nhất 1 điện thoại"). Ids: FIB_HH (three), POSTAL, FIB_XA, FIXED_100,
# HH_SMART, G5_COV for the 80% of parks and sites covered by 5G; the mobile subscriptions that are
# broadband and the truncated "các khu" null.
# --------------------------------------------------------------------------
D04 = dict(name="04_hanoi-buu-chinh-vien-thong-smartphone-2025", kind="target", year=2025, records=[
    R("Hà Nội phủ trên «80% hộ gia đình\n", "hạ tầng mạng băng rộng ở Hà Nội phủ hộ gia đình", ">", 80, iid=FIB_HH),
    R("quang phủ trên «80% hộ gia đình.", "hạ tầng mạng băng rộng cáp quang phủ hộ gia đình", ">", 80, iid=FIB_HH),
    R("có «100% xã có", "xã có điểm bưu chính có người phục vụ", ">=", 100, pillar=INFRA, iid=POSTAL),
    R("quang phủ trên «80% hộ gia đình, 100%", "hạ tầng mạng băng rộng cáp quang phủ hộ gia đình", ">", 80,
      pillar=INFRA, iid=FIB_HH),
    R("đình, «100% xã", "hạ tầng mạng băng rộng cáp quang phủ xã", ">=", 100, scope="xã", pillar=INFRA, iid=FIB_XA),
    R("xã; «100% số thuê bao", "số thuê bao di động là băng rộng", ">=", 100, pillar=INFRA),
    R("dân đạt «30%", "số thuê bao băng rộng cố định trên 100 dân", ">=", 30, pillar=INFRA, iid=FIXED_100),
    R("đạt «95% trở lên", "Tỷ lệ hộ gia đình có sử dụng ít nhất 1 điện thoại thông minh (Smartphone)", ">=", 95,
      iid=HH_SMART),
    R("lên. «80% các khu", "các khu công nghiệp, khu công nghệ cao, các cơ sở đào tạo đại học, cơ sở nghiên cứu "
      "phát triển, đổi mới sáng tạo, cơ quan nhà nước, trường học, bệnh viện, địa điểm du lịch được phủ sóng "
      "mạng 5G", ">=", 80, iid=G5_COV),
    R("5G; «100% các khu", "các khu", ">=", 100, year=2030),
])

# --------------------------------------------------------------------------
# 05 Thành phố Hồ Chí Minh, the city's 2026 plan under Resolution 57: 5G coverage (baohatinh.vn;
# the stamp " date 2026-02-25" written as the first line; cut: the photo caption "TP.HCM mở rộng
# phủ sóng 5G, thí điểm 6G từ năm 2026 (Nguồn: Internet)" with the blank line after it; the
# excerpt ends in "công ngh"). Targets, year 2026. The headline "phủ sóng 5G đến 95% dân số" (pillar
# null: it stands before any heading; the plan "phát triển hạ tầng số" is named after the number,
# in the same line's next sentence) and, under the heading "Mục tiêu phủ sóng 5G toàn diện và tầm
# nhìn 6G" (5G coverage: a mobile-network topic, digital_infrastructure by the spec's topic rule),
# "phủ sóng tới 95% dân cư vào năm 2026" and "đạt 100% tại các khu vực động lực phát triển" (three
# records, bare targets and "đạt" `>=`). Not quantities: "6G", "5G" (names), "Nghị quyết 57" (a
# name), "năm 2026" (dates). Ids: G5_COV for the three.
# --------------------------------------------------------------------------
D05 = dict(name="05_hcm-phu-song-5g-6g-2026", kind="target", year=2026, records=[
    R("đến «95% dân số", "phủ sóng 5G dân số", ">=", 95, iid=G5_COV),
    R("tới «95% dân cư", "công nghệ 5G phủ sóng dân cư", ">=", 95, pillar=INFRA, iid=G5_COV),
    R("đạt «100% tại", "tỷ lệ phủ sóng 5G tại các khu vực động lực phát triển bao gồm: các đô thị lớn, khu công "
      "nghệ cao, khu công nghiệp, cảng biển, sân bay và các trung tâm logistics trọng điểm", ">=", 100,
      pillar=INFRA, iid=G5_COV),
])

# --------------------------------------------------------------------------
# 06 Lâm Đồng, mountain passes still without mobile signal after the merger (thanhnien.vn; the
# stamp " date 2025-10-19" written as the first line; cut: the photo caption "Khu vực lõm sóng điện
# thoại hồ thủy điện Bắc Bình, ... ẢNH: QUẾ HÀ" with the blank line after it; the excerpt ends in
# "đặc d"). Results, year 2025, pillar null. "hơn 12.000 trạm thu phát sóng (BTS), trong đó gần 300
# trạm 5G, đảm bảo phủ sóng 100% khu dân cư": three records ("hơn" `>`, "gần" `~`). Not quantities:
# "khoảng 1 km" (how far into the forest a ranger loses signal, a distance in a quotation, no
# indicator), "28B" (a road's name), "5G" (name). Ids: BTS, G5_ST, VIL_MOB for "100% khu dân cư"
# (an earlier set read "khu dân cư" as the catalogue's villages and residential groups; a judgement).
# --------------------------------------------------------------------------
D06 = dict(name="06_lamdong-tram-bts-5g-vung-lom-2025", kind="result", year=2025, records=[
    R("hơn «12.000 trạm", "trạm thu phát sóng (BTS) toàn tỉnh", ">", 12000, **CNT, iid=BTS),
    R("gần «300 trạm", "trạm 5G", "~", 300, **CNT, iid=G5_ST),
    R("sóng «100% khu dân cư", "khu dân cư được phủ sóng", "=", 100, iid=VIL_MOB),
])

# --------------------------------------------------------------------------
# 07 Đà Nẵng, support for poor and near-poor households to buy smartphones before the 2G
# switch-off (chinhsachcuocsong.vnanet.vn; cut: the section label "Xã hội", the tag line "Đà Nẵng"
# with the blank lines after each, and the photo caption "Hỗ trợ các hộ dân Cơ Tu ... điện thoại
# mới " / "Ảnh: TTXVN phát" with the blank line after it; no byline, no stamp; the excerpt ends in
# "Đà N"). Year 2024 (the switch-off "Từ tháng 9/2024", the resolution "34/2024/NQ-HĐND"). Pillar
# null. The policy (kind target): "hỗ trợ tối đa 2 triệu đồng/thiết bị/hộ cho 1.800 hộ gia đình"
# (two records: the cap, `<=`, money unit other "đồng/thiết bị/hộ", magnitude multiplied in; the
# households, a bare target `>=`) and "Các doanh nghiệp viễn thông hỗ trợ hơn 2.000 máy cho những hộ
# còn lại" (the operators' part of the same policy, target, "hơn" `>`; a judgement: the sentence
# pairs with the city's support, not a report of phones handed over). Results: "khoảng hơn 100.000
# thuê bao sử dụng điện thoại chỉ hỗ trợ mạng 2G" (`>`: the bound word next to the number, as
# set193's "khoảng trên") and "hơn 3.800 hộ gia đình chưa có điện thoại thông minh" (`>`). Not
# quantities: "9/2024" (a date), "34/2024/NQ-HĐND" (a document), "2G", "4G" (names). Ids: null
# throughout (the catalogue's 2G-only users and households' smartphones are shares).
# --------------------------------------------------------------------------
D07 = dict(name="07_danang-ho-tro-smartphone-tat-song-2g-2024", kind="result", year=2024, records=[
    R("tối đa «2 triệu", "hỗ trợ hộ nghèo, hộ cận nghèo mua điện thoại thông minh từ nguồn ngân sách", "<=",
      2e6, unit="other", unit_text="đồng/thiết bị/hộ", **T),
    R("cho «1.800 hộ", "hộ gia đình thuộc đối tượng hộ nghèo, hộ cận nghèo được hỗ trợ mua điện thoại thông minh",
      ">=", 1800, **CNT, **T),
    R("hơn «2.000 máy", "máy điện thoại các doanh nghiệp viễn thông hỗ trợ cho những hộ còn lại", ">", 2000, **CNT,
      **T),
    R("hơn «100.000 thuê bao", "thuê bao sử dụng điện thoại chỉ hỗ trợ mạng 2G", ">", 100000, **CNT),
    R("hơn «3.800 hộ", "hộ gia đình chưa có điện thoại thông minh", ">", 3800, **CNT),
])

# --------------------------------------------------------------------------
# 08 Lạng Sơn, the Department of Information and Communications surveying Đình Lập district's
# telecommunications in September 2021 (stttt.langson.gov.vn; cut: the link "Skip to main content"
# with the blank line after it; no byline, no stamp). Results, year 2021 (the survey of
# "23/9/2021"), pillar null. "còn có 16 thôn chưa có sóng điện thoại di động; 14 thôn, 5 xóm sóng
# điện thoại di động yếu": three counts (the villages and hamlets with weak signal are two kinds of
# place, each its own subject). Not quantities: "3827/VP-KT", "10/9/2021", "23/9/2021"
# (document, dates). Ids: VIL_GAP for the 16; null for the weak-signal villages and hamlets.
# --------------------------------------------------------------------------
D08 = dict(name="08_langson-dinhlap-thon-chua-co-song-2021", kind="result", year=2021, records=[
    R("có «16 thôn", "thôn chưa có sóng điện thoại di động trên địa bàn huyện", "=", 16, **CNT, iid=VIL_GAP),
    R("động; «14 thôn", "thôn sóng điện thoại di động yếu", "=", 14, **CNT),
    R("thôn, «5 xóm", "xóm sóng điện thoại di động yếu", "=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 09 Yên Bái, Chế Tạo commune (Mù Cang Chải): the commune's state before Viettel covered it
# (viettelfamily.com; cut: the byline "Tuấn Kiệt (Ban Thương hiệu & Truyền thông) đã đăng lúc
# 16:20 - 20.06.2024", written as the first line `date 2024-06-20`; the excerpt ends in "gần ").
# Results, pillar null. "253 hộ nghèo chiếm 52,49%" (two records, year 2024: the sentence names no
# year, the document's; as earlier sets recorded poverty rates), "Tính đến hết năm 2023, xã mới có
# 2/6 bản được sử dụng điện lưới quốc gia, 2 trạm phát sóng điện thoại di động với 3/6 bản có sóng
# điện thoại di động" (three counts, year 2023; electricity recorded as earlier sets did). Not
# quantities: "6 bản", "488 hộ", "2.618 khẩu" (the commune's size), "100% là dân tộc Mông" (the
# make-up of its population, not an indicator), "35km", "250 km" (distances), "10 tỉnh nghèo nhất
# nước" (a named list in quotation marks), "/6" (denominators). Ids: BTS, VIL_MOB_N; null for the
# poverty and electricity figures.
# --------------------------------------------------------------------------
D09 = dict(name="09_yenbai-chetao-song-di-dong-dien-luoi-2023", kind="result", year=2023, records=[
    R("Mông, «253 hộ", "hộ nghèo của xã", "=", 253, **CNT, year=2024),
    R("chiếm «52,49%", "hộ nghèo", "=", 52.49, year=2024),
    R("có «2/6 bản", "bản được sử dụng điện lưới quốc gia", "=", 2, **CNT),
    R("gia, «2 trạm", "trạm phát sóng điện thoại di động", "=", 2, **CNT, iid=BTS),
    R("với «3/6 bản", "bản có sóng điện thoại di động", "=", 3, **CNT, iid=VIL_MOB_N),
], NOT=["khẩu, «100% là dân tộc Mông"])

# --------------------------------------------------------------------------
# 10 Lào Cai, plan 467/KH-UBND of 25/12/2024 reviewing broadband infrastructure and smartphone
# take-up (thuvienphapluat.vn; nothing cut; the excerpt ends in "trên địa "). A precision text with
# no quantity: the header, the document numbers ("467/KH-UBND", "749/QĐ-TTg", "1634/QĐ-UBND",
# "1603/BTTTT-CVT", "6047/UBND-VX"), the dates ("ngày 25 tháng 12 năm 2024", "03/6/2020",
# "17/5/2021", "25/04/2024", "23/10/2024", "năm 2025", "năm 2030"), the list label "1." and the
# name "2G".
# --------------------------------------------------------------------------
D10 = dict(name="10_laocai-ke-hoach-ra-soat-smartphone-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 11 Tuyên Quang, Sinh Long commune (Na Hang): the provincial council's answer to voters asking for
# mobile coverage in Khuổi Phìn village (hdndtuyenquang.gov.vn; nothing cut; the excerpt ends in
# "Viễn th"). A precision text: three records among codes, coordinates and dates. Results, year
# null (the answer's "Hiện nay" carries no date; the council's term "khóa XIX" and session "thứ
# năm" are words; "năm 2022" dates the remote sectors' building plan, not the present count),
# pillar null (the headings "1. Hiện trạng", "2. Kế hoạch phủ sóng" name no pillar). "đang có 04
# trạm phát sóng sóng di động trong đó có: 01 trạm Macro 3G/4G, 03 trạm remote sector 3G/4G": three
# counts, each its own subject (spec's breakdown by kind). Not quantities: the second "03 trạm
# remote sector nêu trên" (a reference back to the same stations), "3G/4G", "4G" (names), the
# station names and code "TQG0327-12", the coordinates "105,34808/22,62924", "Tháng 6 năm 2022",
# "năm 2022" (dates), the headings' "1.", "2.". Ids: BTS for the 04; null for the two kinds.
# --------------------------------------------------------------------------
D11 = dict(name="11_tuyenquang-sinhlong-tram-phat-song-precision", kind="result", year=None, records=[
    R("có «04 trạm", "trạm phát sóng di động VNPT trên địa bàn xã Sinh Long", "=", 4, **CNT, iid=BTS),
    R("có: «01 trạm", "trạm Macro 3G/4G", "=", 1, **CNT),
    R("3G/4G, «03 trạm", "trạm remote sector 3G/4G", "=", 3, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
