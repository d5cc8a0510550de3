#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set93).

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
DONG = dict(unit="other", unit_text="đồng")

EID_N = "society.eid_accounts_activated_count"
CHIP = "society.chip_id_cards_share"
EHR = "society.electronic_health_records_share"

# --------------------------------------------------------------------------
# 01 Nghệ An, electronic identification up to 06/12/2023 (nghean24h.vn, no
# date shown; "Tính đến ngày 06/12/2023" → 2023 for every record). "Xây dựng
# trên 500 mô hình điểm ..." (result, >, count). "2.389.718/1.708.473 hồ sơ":
# the number collected is recorded (=, count); the figure after the slash is
# the Ministry's assigned target, the denominator of "đạt 139,8% chỉ tiêu",
# left without a record as earlier sets' "X/Y" (a judgement). The bracket
# "(gồm: 746.923 hồ sơ ... mức 1 và 1.642.795 hồ sơ ... mức 2)": one record
# per number, each with its own subject, scope null (a breakdown by kind of
# thing, spec). Likewise "1.899.673/1.708.473 hồ sơ" activated
# (society.eid_accounts_activated_count) and its parts 323.372 and 1.576.301
# (no id: a part of the catalogue's count, not the count; a judgement). NOT:
# "đạt 139,8% chỉ tiêu Bộ Công an giao" and "đạt 111%" (standings against the
# Ministry's target, as "đạt N% kế hoạch" in earlier sets). Not quantities:
# "16/6/2023", "Đề án 06/CP năm 2023", "59/2022/NĐ-CP", "trên 01 triệu lượt
# người tham gia" (the participants of a contest, spec), "mức 1"/"mức 2" (names
# of levels), "06/12/2023". Pillar null (no heading).
# --------------------------------------------------------------------------
D01 = dict(name="01_nghean-dinh-danh-dien-tu-12-2023", kind="result", year=2023, records=[
    R("Xây dựng trên «500 mô hình", "mô hình điểm triển khai dịch vụ công, hướng dẫn người dân cài đặt, kích hoạt tài "
      "khoản định danh điện tử tại các Bộ phận Một cửa", ">", 500, **CNT),
    R("đã thu nhận «2.389.718/", "toàn tỉnh đã thu nhận hồ sơ định danh điện tử", "=", 2389718, **CNT),
    R("(gồm: «746.923 hồ sơ", "hồ sơ định danh điện tử mức 1", "=", 746923, **CNT),
    R("và «1.642.795 hồ sơ", "hồ sơ danh điện tử mức 2", "=", 1642795, **CNT),
    R("kích hoạt được «1.899.673/", "công dân đã kích hoạt hồ sơ tài khoản định danh điện tử", "=", 1899673, **CNT,
      iid=EID_N),
    R("(gồm: «323.372 tài khoản", "tài khoản định danh điện tử mức 1", "=", 323372, **CNT),
    R("và «1.576.301 tài khoản", "tài khoản định danh điện tử mức 2", "=", 1576301, **CNT),
], NOT=["đạt «139,8% chỉ tiêu", "đạt «111%"])

# --------------------------------------------------------------------------
# 02 Nghệ An, chip-based citizen identity cards (nghean24h.vn, crawler's stamp
# → `date 2023-06`). A precision text: two targets of the same share, "cấp CCCD
# đối với 100% công dân đủ điều kiện hoàn thành trước ngày 31/7/2023" (the
# Ministry's) and "phấn đấu hoàn thành cấp CCCD cho 100% công dân đủ điều kiện
# trước ngày 30/6/2023" (the province's): targets >=, 2023,
# society.chip_id_cards_share. Not quantities: "31/7/2023", "30/6/2023", the
# campaign's name "70 ngày, đêm", the date line. Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_nghean-cccd-70-ngay-2023-precision", kind="target", year=2023, records=[
    R("cấp CCCD đối với «100% công dân", "cấp CCCD đối với công dân đủ điều kiện", ">=", 100, iid=CHIP),
    R("cấp CCCD cho «100% công dân", "Công an tỉnh Nghệ An phấn đấu hoàn thành cấp CCCD cho công dân đủ điều kiện",
      ">=", 100, iid=CHIP),
])

# --------------------------------------------------------------------------
# 03 Vĩnh Phúc, personal health records after two months (baovinhphuc.com.vn,
# byline "08:10 | 22/10/2018" → `date 2018-10`; every record 2018, the year
# of the date line and of "đến hết năm 2018"). The page's title "Hơn 405 nghìn
# người dân ..." (result >, count) and a lead paragraph printed twice (the
# sapo, then the body): each statement recorded each time (set69's rule):
# "8/9 huyện, thành phố ... đã hoàn thành" (=, count 8; "/9" the
# denominator), "hơn 405 nghìn người dân" (>, 405000), "đạt tỷ lệ gần 40% so
# với tổng dân số toàn tỉnh" (~; "so với tổng dân số" names the denominator
# of a share, spec). Districts: Vĩnh Tường "hơn 166 nghìn hồ sơ" (>),
# "chiếm 70%" (=); Bình Xuyên "8.698 hồ sơ" (=), "chiếm 6,42%" (=); Phúc Yên
# "đang triển khai ... tại 10 trạm y tế" (=, count, the stations now doing
# it; a judgement that it is a result). Each district's value carries `place`
# (a district of the document's province; scope null: not a split of one
# sentence by administrative level). Ids: the shares are
# society.electronic_health_records_share (the text says "hồ sơ (quản lý)
# sức khỏe cá nhân" without "điện tử"; a judgement), the district shares keep
# it (a split by group); the counts have no id (the catalogue holds the
# share). Not quantities: "2 tháng" (a duration), "/9", the date line, "năm
# 2018". Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_vinhphuc-ho-so-suc-khoe-2018", kind="result", year=2018, records=[
    R("Hơn «405 nghìn người dân đã", "người dân đã được lập hồ sơ sức khỏe cá nhân", ">", 405000, **CNT),
    R("cá nhân\n\nSau 2 tháng triển khai, đến nay, các cơ sở y tế của «8/9", "huyện, thành phố đã hoàn thành lập hồ sơ "
      "quản lý sức khỏe cá nhân", "=", 8, **CNT),
    R("cho hơn «405 nghìn người dân, đạt tỷ lệ gần 40% so với tổng dân số toàn tỉnh. \n",
      "người dân được lập hồ sơ quản lý sức khỏe cá nhân", ">", 405000, **CNT),
    R("đạt tỷ lệ gần «40% so với tổng dân số toàn tỉnh. \n", "tỷ lệ người dân được lập hồ sơ quản lý sức khỏe cá "
      "nhân so với tổng dân số toàn tỉnh", "~", 40, iid=EHR),
    R("tỉnh. \n\nSau 2 tháng triển khai, đến nay, các cơ sở y tế của «8/9", "huyện, thành phố đã hoàn thành lập hồ sơ "
      "quản lý sức khỏe cá nhân", "=", 8, **CNT),
    R("cho hơn «405 nghìn người dân, đạt tỷ lệ gần 40% so với tổng dân số toàn tỉnh. Dẫn",
      "người dân được lập hồ sơ quản lý sức khỏe cá nhân", ">", 405000, **CNT),
    R("đạt tỷ lệ gần «40% so với tổng dân số toàn tỉnh. Dẫn", "tỷ lệ người dân được lập hồ sơ quản lý sức khỏe cá "
      "nhân so với tổng dân số toàn tỉnh", "~", 40, iid=EHR),
    R("với hơn «166 nghìn hồ sơ", "hồ sơ sức khỏe cá nhân đã được lập huyện Vĩnh Tường", ">", 166000, **CNT,
      place="Vĩnh Tường"),
    R("chiếm «70% tổng", "hồ sơ sức khỏe cá nhân đã được lập chiếm tổng dân số huyện Vĩnh Tường", "=", 70,
      place="Vĩnh Tường", iid=EHR),
    R("với «8.698 hồ sơ", "hồ sơ huyện Bình Xuyên", "=", 8698, **CNT, place="Bình Xuyên"),
    R("chiếm «6,42%", "hồ sơ chiếm tổng dân số huyện Bình Xuyên", "=", 6.42, place="Bình Xuyên", iid=EHR),
    R("tại «10 trạm y tế", "trạm y tế Thành phố Phúc Yên đang triển khai khám và lập hồ sơ sức khỏe cá nhân đồng loạt",
      "=", 10, **CNT, place="Phúc Yên"),
])

# --------------------------------------------------------------------------
# 04 Bà Rịa - Vũng Tàu, pensions paid by the provincial post office
# (baobariavungtau.com.vn, crawler's stamp → `date 2021-05`; the closing
# byline "QUANG VŨ" cut). A precision text: one quantity, "đã thực hiện xong
# việc chi trả lương hưu, trợ cấp BHXH tháng 5 và tháng 6 cho 30.550 đối
# tượng" (result =, count, 2021; no id: the catalogue's
# society.social_benefits_cashless_share is a share of payments without cash,
# and the 30.550 are paid by any means). Not quantities: "tháng 5 và tháng
# 6/2021", "hai tháng 5 và 6", "tháng 5, 6", "20-5", "COVID-19", "tháng 5 và
# tháng 6". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_bariavungtau-luong-huu-tai-khoan-2021-precision", kind="result", year=2021, records=[
    R("tháng 6 cho «30.550 đối tượng", "Bưu điện tỉnh đã thực hiện xong việc chi trả lương hưu, trợ cấp BHXH cho "
      "đối tượng", "=", 30550, **CNT),
])

# --------------------------------------------------------------------------
# 05 Pensions and benefits paid by Vietnam Post, national (cafef.vn, no date
# shown; "kỳ tháng 1 và tháng 2/2023" → 2023 for every record). Results:
# "hoàn thành tại 63 tỉnh, thành phố" (=, count, as set69's "Hiện 60 tỉnh đã
# ban hành"), "tổng số tiền chi trả đạt trên 30 nghìn tỷ đồng" (>, other
# "đồng", two magnitude words: 30 × 1e3 × 1e9), "cho trên 3,3 triệu người
# hưởng" (>, count), "1.596 tỷ đồng" and "1.291 tỷ đồng" (=, "đồng"), "cho 3,1
# triệu người hưởng" (=, count), and the closing restatement "Tổng số tiền
# trên 30.000 tỷ đồng đến với hơn 3,3 triệu người hưởng" (>, >; recorded again,
# set69's rule). No ids (amounts and counts of payments; the catalogue holds
# the cashless share). Not quantities: "tháng 1", "tháng 2/2023", "tháng
# 1/2023". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-chi-tra-luong-huu-buu-dien-2023", kind="result", year=2023, records=[
    R("hoàn thành tại «63 tỉnh", "công tác chi trả lương hưu và trợ cấp bảo hiểm xã hội cơ bản hoàn thành tại tỉnh, "
      "thành phố", "=", 63, **CNT),
    R("đạt trên «30 nghìn tỷ đồng", "tổng số tiền chi trả lương hưu và trợ cấp bảo hiểm xã hội", ">", 30e12, **DONG),
    R("cho trên «3,3 triệu", "người hưởng lương hưu và trợ cấp bảo hiểm xã hội", ">", 3.3e6, **CNT),
    R("chi trả «1.596 tỷ", "tổng số tiền chi trả trợ cấp ưu đãi người có công và tiền quà tết cho các gia đình "
      "chính sách", "=", 1596e9, **DONG),
    R("chi trả «1.291 tỷ", "tổng số tiền chi trả bảo trợ xã hội", "=", 1291e9, **DONG),
    R("cho «3,1 triệu", "người hưởng bảo trợ xã hội", "=", 3.1e6, **CNT),
    R("Tổng số tiền trên «30.000 tỷ", "Tổng số tiền đến với người hưởng", ">", 30000e9, **DONG),
    R("với hơn «3,3 triệu", "người hưởng nhận tổng số tiền", ">", 3.3e6, **CNT),
])

# --------------------------------------------------------------------------
# 06 Identity cards and personal identification numbers, national (plo.vn, no
# date shown; the text names no year → year null for every record, as
# set69's 06). "Đã cấp 12,5 triệu thẻ căn cước" (the page's heading run into
# the first sentence; result =, count), "đã có 12,5 triệu công dân được ...
# cấp số định danh cá nhân" (=, count), "hơn 1,7 triệu trẻ em mới sinh" (>,
# count). No ids (the catalogue holds the share of chip cards). Not
# quantities: "tại 16 tỉnh/TP" and "tại 37 tỉnh/TP" (where the counts were
# made, listed after them; not values reached of their own; a judgement).
# Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-the-can-cuoc-16-tinh", kind="result", year=None, records=[
    R("Đã cấp «12,5 triệu thẻ", "thẻ căn cước đã cấp", "=", 12.5e6, **CNT),
    R("đã có «12,5 triệu công dân", "công dân được tổ chức cấp số định danh cá nhân thông qua công tác cấp thẻ căn cước",
      "=", 12.5e6, **CNT),
    R("cho hơn «1,7 triệu", "trẻ em mới sinh được cấp số định danh cá nhân", ">", 1.7e6, **CNT),
])

# --------------------------------------------------------------------------
# 07 Gia Lai, personal identification numbers for newborns (gialaitv.vn, no
# date shown; "từ ngày 1/10/2018 đến 27/11/2020" → 2020; the closing byline
# "Thiên Thanh, Duy Linh" cut). A precision text: one quantity, "toàn tỉnh có
# gần 70.500 trẻ em được Bộ Công an cấp số định danh cá nhân" (result ~,
# count; no id). Not quantities: "1/10/2018" (twice), "27/11/2020". Pillar
# null.
# --------------------------------------------------------------------------
D07 = dict(name="07_gialai-so-dinh-danh-tre-em-2020-precision", kind="result", year=2020, records=[
    R("có gần «70.500 trẻ em", "trẻ em được Bộ Công an cấp số định danh cá nhân", "~", 70500, **CNT),
])

# --------------------------------------------------------------------------
# 08 Banks' biometric checks against the population data, national
# (xuctiendoanhnghiep.vn, no date shown; "Tính đến hết ngày 16/5/2025" →
# 2025). The title "Gần 100% tổng lượng tài khoản cá nhân ... được đối chiếu
# sinh trắc học" (result ~, %), then "hơn 116 triệu hồ sơ khách hàng cá nhân
# (CIF) được đối chiếu sinh trắc học" (>, count) with its bracket "(đạt gần
# 100% tổng lượng tài khoản cá nhân ...)" (~, %: a bracket that states a
# value, spec), "hơn 759 nghìn hồ sơ" of organisations (>, count) with "(đạt
# hơn 70% tổng số lượng tài khoản thanh toán tổ chức ...)" (>, %). No ids (no
# catalogue indicator of biometric checks). Not quantities: "16/5/2025",
# "07/CT-TTg", "14/3/2025", "2022-2025", "năm 2030", "năm 2025", "qua 3 năm"
# (a duration), "Đề án 06(1)" (a name and a footnote mark), "tăng 15 bậc"
# (a change, spec). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-doi-chieu-sinh-trac-hoc-2025", kind="result", year=2025, records=[
    R("Gần «100% tổng", "tổng lượng tài khoản cá nhân phát sinh giao dịch trên kênh số được đối chiếu sinh trắc học",
      "~", 100),
    R("có hơn «116 triệu hồ sơ", "hồ sơ khách hàng cá nhân (CIF) được đối chiếu sinh trắc học qua Căn cước công dân "
      "(CCCD) gắn chip hoặc ứng dụng VneID", ">", 116e6, **CNT),
    R("(đạt gần «100% tổng", "tổng lượng tài khoản cá nhân phát sinh giao dịch trên kênh số", "~", 100),
    R("học hơn «759 nghìn hồ sơ", "khách hàng tổ chức đã đối chiếu thông tin sinh trắc học hồ sơ", ">", 759000, **CNT),
    R("(đạt hơn «70% tổng", "tổng số lượng tài khoản thanh toán tổ chức phát sinh giao dịch trên kênh số", ">", 70),
])

# --------------------------------------------------------------------------
# 09 Gia Lai, electronic identification in two communes (baogialai.com.vn,
# crawler's stamp → `date 2025-11`; "Đến nay" → 2025; the photo caption "Cán bộ
# CA xã Vĩnh Sơn trèo lên cây cao ... Ảnh: ĐVCC" cut). Results of xã Vĩnh Sơn:
# "tỷ lệ người dân của xã có CCCD/Căn cước đạt 99,51%" (=,
# society.chip_id_cards_share), "tỷ lệ tài khoản VNeID đã kích hoạt đạt 72,5%"
# (=; no id: the catalogue's society.eid_users_share is of people having and
# using an account, not of accounts activated; a judgement), "toàn bộ 58 công
# dân đủ điều kiện đã được kích hoạt VNeID mức 2" in làng O2 (=, count,
# society.eid_accounts_activated_count); of xã Vân Canh: "tỷ lệ tài khoản đã
# kích hoạt toàn xã đạt 79%" (=; no id, as 72,5%). Each carries its commune
# as `place` (the document's own place being the province). NOT: "gần 50% cư
# dân là người đồng bào dân tộc thiểu số" (the population's make-up, set69's
# 01). Not quantities: "54 hộ ... với 194 nhân khẩu" (the size of the village,
# no target or result; a judgement), "hơn 2 giờ đồng hồ" (a duration), "Làng
# O2" (a name), "Đề án 06", "mức 2". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_gialai-vinhson-vancanh-vneid-2025", kind="result", year=2025, records=[
    R("CCCD/Căn cước đạt «99,51%", "tỷ lệ người dân của xã có CCCD/Căn cước", "=", 99.51, place="xã Vĩnh Sơn",
      iid=CHIP),
    R("đã kích hoạt đạt «72,5%", "tỷ lệ tài khoản VNeID đã kích hoạt", "=", 72.5, place="xã Vĩnh Sơn"),
    R("toàn bộ «58 công dân", "công dân đủ điều kiện tại làng O2 đã được kích hoạt VNeID mức 2", "=", 58, **CNT,
      place="xã Vĩnh Sơn", iid=EID_N),
    R("toàn xã đạt «79%", "tỷ lệ tài khoản đã kích hoạt toàn xã", "=", 79, place="xã Vân Canh"),
], NOT=["gần «50% cư dân"])

# --------------------------------------------------------------------------
# 10 Tiền Giang, 20 days of the "60 ngày, đêm" campaign (baoapbac.vn, no date
# shown; "từ ngày 20-8 đến 8-9-2023" → 2023; the photo caption "Thượng tá
# Nguyễn Minh Tân ... Ảnh Trọng Tín. |" cut). Results: "thu nhận tài khoản định
# danh điện tử trên 195.300 hồ sơ" (>, count; no id) and "kích hoạt được trên
# 159.300 hồ sơ" (>, count, society.eid_accounts_activated_count). NOT: "tăng
# trên 202% hồ sơ" and "tăng trên 336% hồ sơ so với trước khi thực hiện cao
# điểm" (a result's change against an earlier value, spec). Not quantities:
# "20 ngày" (three times, a duration), the campaign's name "60 ngày, đêm",
# "20-8", "8-9-2023". Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_tiengiang-cao-diem-vneid-20-ngay-2023", kind="result", year=2023, records=[
    R("điện tử trên «195.300 hồ sơ", "toàn tỉnh đã thu nhận tài khoản định danh điện tử hồ sơ", ">", 195300, **CNT),
    R("kích hoạt được trên «159.300 hồ sơ", "kích hoạt được hồ sơ tài khoản định danh điện tử", ">", 159300, **CNT,
      iid=EID_N),
], NOT=["tăng trên «202%", "tăng trên «336%"])

# --------------------------------------------------------------------------
# 11 Quảng Nam, pupils help activate VNeID on Sunday 10/9 (baoquangnam.vn, no
# date shown; "tháng 8/2023", "trước ngày 30/9/2023" → 2023; the photo caption
# "Xã Bình Chánh (Thăng Bình) ra quân ... Ảnh: N.V" cut). Results of the day:
# "toàn tỉnh kích hoạt được hơn 12.600 tài khoản VNeID" (>, count,
# society.eid_accounts_activated_count: a day's count of the same measure; a
# judgement) and its parts "huyện Thăng Bình thực hiện hơn 6.600 tài khoản,
# TP.Hội An hơn 3.000 tài khoản và huyện Núi Thành hơn 2.100 tài khoản" (>,
# count, each with its district as `place`, scope null: districts named, not a
# split by administrative level; no id: parts of the count). Target: "hoàn
# thành chỉ tiêu hơn 738.000 tài khoản được cài đặt và kích hoạt trên toàn
# tỉnh" (target >, count, 2023 from "trước ngày 30/9/2023",
# society.eid_accounts_activated_count). Not quantities: "10/9" (twice),
# "Tổ đề án 06" (twice, a name), "tháng 8/2023", "30/9/2023". Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_quangnam-hoc-sinh-kich-hoat-vneid-2023", kind="result", year=2023, records=[
    R("kích hoạt được hơn «12.600 tài khoản", "toàn tỉnh kích hoạt được tài khoản VNeID", ">", 12600, **CNT, iid=EID_N),
    R("thực hiện hơn «6.600 tài khoản", "huyện Thăng Bình thực hiện tài khoản", ">", 6600, **CNT, place="Thăng Bình"),
    R("Hội An hơn «3.000 tài khoản", "TP.Hội An tài khoản", ">", 3000, **CNT, place="Hội An"),
    R("Núi Thành hơn «2.100 tài khoản", "huyện Núi Thành tài khoản", ">", 2100, **CNT, place="Núi Thành"),
    R("chỉ tiêu hơn «738.000 tài khoản", "tài khoản được cài đặt và kích hoạt trên toàn tỉnh", ">", 738000, **CNT,
      kind="target", iid=EID_N),
])

# --------------------------------------------------------------------------
# 12 The Prime Minister's review of two years of Đề án 06, national
# (tienphong.vn, no date shown). A precision text with no record: "Chủ tịch
# UBND 12 địa phương, gồm: Bạc Liêu, ... sớm triển khai chi trả chế độ an sinh
# xã hội qua hình thức không dùng tiền mặt" counts the addressees of an
# instruction, listed by name, not a value reached or set for an indicator
# (a judgement); the other numbers are dates and periods ("21/12", "2 năm",
# "2022-2025", "năm 2030", "năm 2024", "quý I/2024", "tháng 1/2024", "đầu năm
# 2024") and the name "Đề án 06" (three times). Document kind result; year
# 2023 (the review of two years of a plan begun in 2022; a judgement, used by
# no record).
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-de-an-06-hai-nam-2023-precision", kind="result", year=2023, records=[
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
