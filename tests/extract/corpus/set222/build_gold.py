#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set222).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a quota or a plan);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`). The records this set's theme
repeats most (counts of chip ID cards, of e-ID accounts, shares of citizens) are written with
`functools.partial` shorthands of `R` that carry their unit and id (CARDS, CARD_SHARE, ...).

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
from goldkit import R, CNT, RANK, T  # noqa: E402

CHIP_CNT = "society.chip_id_cards_count"
CHIP = "society.chip_id_cards_share"
EID_ACT = "society.eid_accounts_activated_count"
EID_REG = "society.eid_registrations_collected_count"
EID = "society.eid_users_share"

# The theme's recurring records: a count of chip ID cards (or of the dossiers for them), a share
# of citizens with a chip ID card, a count of e-ID accounts activated or collected, a share of
# people with an activated e-ID account. Each is `R` with its unit and catalogue id filled in.
CARDS = functools.partial(R, unit="count", iid=CHIP_CNT)
CARD_SHARE = functools.partial(R, iid=CHIP)
ACTIVATED = functools.partial(R, unit="count", iid=EID_ACT)
COLLECTED = functools.partial(R, unit="count", iid=EID_REG)
EID_SHARE = functools.partial(R, iid=EID)

# --------------------------------------------------------------------------
# 01 Bình Phước, the "90 ngày, đêm" campaign for electronic identification accounts, June 2023
# (sggp.org.vn; nothing cut; no byline, no stamp). Year 2023: the campaign runs "từ 20-6 đến
# 20-9-2023", and the results are those at its start ("hiện toàn tỉnh mới có ..."). Results: "đã
# thu nhận hơn 868.000 thẻ CCCD" (>, CHIP_CNT); "gần 272.000 hồ sơ cấp tài khoản ĐDĐT" (~,
# EID_REG), "chiếm 31,5% dân số đủ điều kiện" (=, the share of eligible people with a dossier;
# id null: the catalogue's e-ID share counts accounts in use, a judgement), "trên 90.000 tài
# khoản ĐDĐT kích hoạt thành công" (>, EID_ACT), "đạt 18%" (=, the activated share of the
# eligible, EID). Targets of the campaign's two phases: "giai đoạn 1 ... phấn đấu đạt tối thiểu
# 500.000 tài khoản ĐDĐT" (>=, EID_ACT: the campaign counts accounts received and activated;
# a judgement), "Giai đoạn 2 phấn đấu cấp tài khoản định danh cho 80% dân số đủ điều kiện" (bare
# number in a target, >=, EID). Not quantities: "31-7", "20-6", "20-9-2023", "15-7" (dates), "90
# ngày, đêm" (the campaign's name and length), "2 giai đoạn", "giai đoạn 1", "Giai đoạn 2" (the
# campaign's parts and their labels). Pillar null (no heading).
# --------------------------------------------------------------------------
D01 = dict(name="01_binhphuoc-chien-dich-90-ngay-dinh-danh-2023", kind="result", year=2023, records=[
    CARDS("thu nhận hơn «868.000 thẻ", "thẻ CCCD Công an tỉnh Bình Phước đã thu nhận", ">", 868000),
    COLLECTED("có gần «272.000 hồ sơ", "hồ sơ cấp tài khoản ĐDĐT toàn tỉnh", "~", 272000),
    R("chiếm «31,5% dân số", "hồ sơ cấp tài khoản ĐDĐT trên dân số đủ điều kiện", "=", 31.5),
    ACTIVATED("có trên «90.000 tài khoản", "tài khoản ĐDĐT kích hoạt thành công", ">", 90000),
    EID_SHARE("đạt «18%", "tài khoản ĐDĐT kích hoạt thành công trên dân số đủ điều kiện", "=", 18),
    ACTIVATED("tối thiểu «500.000 tài khoản", "tài khoản ĐDĐT giai đoạn 1 của chiến dịch", ">=", 500000, **T),
    EID_SHARE("cho «80% dân số", "cấp tài khoản định danh cho dân số đủ điều kiện trên toàn tỉnh", ">=", 80, **T),
])

# --------------------------------------------------------------------------
# 02 Lào Cai, the first three district-level police units to issue chip ID cards to every citizen,
# June 2023 (vietbao.vn; the stamp " date 2023-06" written as the first line; nothing cut: the
# photo credits "(Ảnh: Tống Huệ)" stand inside the body's one paragraph and stay; the excerpt ends
# in "được cấp CCCD"). Year 2023. Results: "là 3 đơn vị đầu tiên ... hoàn thành việc cấp CCCD gắn
# chip điện tử cho 100% công dân" (a count of units, =, no id; and the 100% they reached, CHIP);
# the city of Lào Cai: "17/17 đơn vị cấp xã, phường" (count, =), "113.893/113.893 hồ sơ" (count,
# CHIP_CNT: the catalogue's wording "hồ sơ cấp căn cước công dân"), "đạt tỷ lệ 100%" (CHIP);
# Si Ma Cai: "10/10 xã, thị trấn" (count), "27.326/27.326 công dân đủ điều kiện" (CHIP_CNT), "tỷ lệ
# đạt 100%" (CHIP); Bát Xát: "100% công dân (58.834/58.834)" (CHIP and CHIP_CNT). Each district's
# records carry `place` (the city and the two districts), scope null (a district named, not a
# split by level). NOT: "đã hoàn thành 100% chỉ tiêu cấp CCCD trên địa bàn" (completion of the
# quota, as the earlier sets' majority leaves out "hoàn thành 100% chỉ tiêu"). Not quantities:
# "11/6" twice, "20/5-10/7" (dates), "0h40" (a time), "50 ngày, đêm" (the campaign's name), the
# denominators "/17", "/113.893", "/10", "/27.326", "/58.834", "21 xã, thị trấn" (the size of
# Bát Xát). Pillar null.
# --------------------------------------------------------------------------
LC = "thành phố Lào Cai"
D02 = dict(name="02_laocai-cap-cccd-100-phan-tram-2023", kind="result", year=2023, records=[
    R("là «3 đơn vị", "đơn vị đầu tiên thuộc tỉnh Lào Cai hoàn thành việc cấp CCCD gắn chip điện tử cho công dân",
      "=", 3, **CNT),
    CARD_SHARE("cho «100% công dân.", "cấp CCCD gắn chip điện tử cho công dân tại Công an TP Lào Cai, huyện Bát Xát "
               "và huyện Si Ma Cai", "=", 100),
    R("11/6, «17/17 đơn vị", "đơn vị cấp xã, phường trên địa bàn thành phố Lào Cai đã hoàn thành chỉ tiêu cấp CCCD",
      "=", 17, **CNT, place=LC),
    CARDS("số «113.893/113.893 hồ sơ", "hồ sơ cấp CCCD trên địa bàn thành phố Lào Cai", "=", 113893, place=LC),
    CARD_SHARE("đạt tỷ lệ «100%", "cấp CCCD trên địa bàn thành phố Lào Cai", "=", 100, place=LC),
    R("Ma Cai, «10/10 xã", "xã, thị trấn đã hoàn thành cấp CCCD gắn chip", "=", 10, **CNT, place="Si Ma Cai"),
    CARDS("cho «27.326/27.326 công dân", "công dân đủ điều kiện được cấp CCCD gắn chip", "=", 27326,
          place="Si Ma Cai"),
    CARD_SHARE("tỷ lệ đạt «100%", "cấp CCCD gắn chip cho công dân đủ điều kiện", "=", 100, place="Si Ma Cai"),
    CARD_SHARE("Bát Xát, «100% công dân", "công dân trên địa bàn đã được cấp CCCD", "=", 100, place="Bát Xát"),
    CARDS("(«58.834/58.834)", "công dân trên địa bàn đã được cấp CCCD", "=", 58834, place="Bát Xát"),
], NOT=["hoàn thành «100% chỉ tiêu"])

# --------------------------------------------------------------------------
# 03 Hà Tĩnh, Thạch Kênh commune (Thạch Hà), the province's first commune to issue chip ID cards
# to everyone of age, praised by the ministry, March 2023 (baohatinh.vn; the stamp " date 2023-03"
# written as the first line; cut: the photo caption "Công an xã Thạch Kênh phối hợp ... cho người
# dân." with the blank line after it; the excerpt ends in "xã Liêm P"). Year 2023. Every record
# carries `place` "Thạch Kênh" (the commune the values belong to; the document is the province's
# paper). Results: "cho 100% công dân trong độ tuổi" and "cho 100% công dân đủ điều kiện có mặt"
# (CHIP), "4.063/4.303 trường hợp" (count, CHIP_CNT), "(có 240 trường hợp công dân đủ điều kiện
# nhưng hiện đang cư trú ... ở ngoài tỉnh và nước ngoài)" (a count of its own, =, no id: the
# eligible people not yet issued, recorded as an earlier set's "còn khoảng 30.000 hộ dân chưa
# có điện thoại thông minh"; a judgement), twice "là 1 trong 6 xã, phường trên toàn quốc
# hoàn thành cấp 100% CCCD" (a group rank, <= 6, as set46 read "là 1 trong 6 xã đầu tiên",
# the "1" of "1 trong" no quantity; and the 100% reached, CHIP). Not quantities: the denominator
# "/4.303". Pillar null.
# --------------------------------------------------------------------------
TK = dict(place="Thạch Kênh")
D03 = dict(name="03_hatinh-thachkenh-cccd-100-phan-tram-2023", kind="result", year=2023, records=[
    CARD_SHARE("cho «100% công dân trong độ tuổi", "cấp căn cước công dân (CCCD) gắn chip cho công dân trong độ "
               "tuổi theo quy định", "=", 100, **TK),
    CARD_SHARE("cho «100% công dân đủ điều kiện", "cấp CCCD gắn chip cho công dân đủ điều kiện có mặt trên địa bàn",
               "=", 100, **TK),
    CARDS("cộng «4.063/4.303 trường hợp", "trường hợp được cấp CCCD gắn chip", "=", 4063, **TK),
    R("(có «240 trường hợp", "trường hợp công dân đủ điều kiện nhưng hiện đang cư trú, học tập, lao động ở ngoài "
      "tỉnh và nước ngoài", "=", 240, **CNT, **TK),
    R("trong «6 xã, phường trên toàn quốc hoàn", "xã, phường trên toàn quốc hoàn thành cấp CCCD gắn chíp trên địa bàn",
      "<=", 6, **RANK, **TK),
    CARD_SHARE("hoàn thành cấp «100% CCCD gắn chíp trên địa bàn.", "cấp CCCD gắn chíp trên địa bàn", "=", 100, **TK),
    R("trong «6 xã, phường trên toàn quốc về", "xã, phường trên toàn quốc về đích, hoàn thành cấp CCCD gắn chíp trên "
      "địa bàn", "<=", 6, **RANK, **TK),
    CARD_SHARE("hoàn thành cấp «100% CCCD gắn chíp trên địa bàn,", "cấp CCCD gắn chíp trên địa bàn", "=", 100, **TK),
])

# --------------------------------------------------------------------------
# 04 Hà Nội, the city police's e-ID and chip ID results of 1 July 2023 (asxh.com.vn; cut: the font
# and contrast widget "A- A A+ | Tăng tương phản Giảm tương phản" with the blank line after it and
# the photo caption "Tài khoản định danh điện tử có nhiều tiện ích. Ảnh: C06" with the blank line
# after it; the title line stands twice (headline, then its repetition above the photo) and both
# stay, each a record, as an earlier set's value restated in a title; no byline, no stamp; the
# excerpt ends in "trên địa b"). Year 2023 ("tính đến ngày 1.7.2023"). Results: "hơn 74% công dân"
# twice (>, EID), "4.471.982 trường hợp" twice (=, EID_ACT), "6.266.767/6.266.539 trường hợp" (=,
# CHIP_CNT: the dossiers collected, over the eligible count), "5.330.114 trường hợp (89%)"
# (EID_REG; the bracket's share, =, id null: a share of accounts collected, not in use),
# "4.471.982 trường hợp (74,7%)" (EID), the districts with the highest activation rate "Tây Hồ
# (94,4%), Hà Đông (93,4%), Gia Lâm (88,7%)" (=, EID, `place` each; rates of activation, like the
# city's 74,7%, not completion against a quota). NOT: "đạt 100% so với chỉ tiêu Bộ Công an
# giao" and "tỉ lệ thu nhận cao nhất vượt chỉ tiêu được giao là Tây Hồ (106,1%), Hà Đông (105,3%)
# và Nam Từ Liêm (102,7%)" (completion against the quota). Not quantities: "1.7", "31.7.2023",
# "30.6.2023", "5.7", "1.7.2023", "5.5.2023" (dates), "mức 1 và mức 2" (levels), "01/ML-CAHN-PV01-
# PC06" (a document), the denominator "/6.266.539". Pillar null.
# --------------------------------------------------------------------------
ACT_RATE = "tỉ lệ kích hoạt định danh điện tử"
D04 = dict(name="04_hanoi-kich-hoat-dinh-danh-2023", kind="result", year=2023, records=[
    EID_SHARE("cho hơn «74% công dân\n\nTính", "Hà Nội đã kích hoạt định danh điện tử cho công dân", ">", 74),
    ACTIVATED("cho «4.471.982 trường hợp.", "Công an TP Hà Nội đã kích hoạt định danh điện tử", "=", 4471982),
    EID_SHARE("cho hơn «74% công dân\n\nThực", "Hà Nội đã kích hoạt định danh điện tử cho công dân", ">", 74),
    CARDS("cho «6.266.767/6.266.539 trường hợp", "thu nhận hồ sơ cấp CCCD gắn chip lần đầu cho công dân có hộ khẩu "
          "thường trú và tạm trú trên địa bàn thành phố", "=", 6266767),
    COLLECTED("là «5.330.114 trường hợp", "thu nhận tài khoản định danh điện tử ở mức 1 và mức 2 trên toàn Thành "
              "phố Hà Nội", "=", 5330114),
    R("(«89%)", "thu nhận tài khoản định danh điện tử ở mức 1 và mức 2 trên toàn Thành phố Hà Nội", "=", 89),
    ACTIVATED("kích hoạt «4.471.982 trường hợp (", "tài khoản định danh điện tử đã kích hoạt", "=", 4471982),
    EID_SHARE("(«74,7%)", "tài khoản định danh điện tử đã kích hoạt", "=", 74.7),
    EID_SHARE("Tây Hồ («94,4%)", ACT_RATE, "=", 94.4, place="Tây Hồ"),
    EID_SHARE("Hà Đông («93,4%)", ACT_RATE, "=", 93.4, place="Hà Đông"),
    EID_SHARE("Gia Lâm («88,7%)", ACT_RATE, "=", 88.7, place="Gia Lâm"),
], NOT=["đạt «100% so với", "Tây Hồ («106,1%)", "Hà Đông («105,3%)", "Nam Từ Liêm («102,7%)"])

# --------------------------------------------------------------------------
# 05 Thanh Hóa, the police "turning green" the e-ID map before Tết Ất Tỵ, December 2024
# (baothanhhoa.vn; cut: the photo caption "Tranh thủ các buổi tối, lực lượng Công an về từng
# thôn, xóm ... định danh điện tử." with the blank line after it; no byline, no stamp; the excerpt
# ends in "buổi tối k"). Year 2024 ("tính đến ngày 09/12/2024"). One result: "toàn tỉnh đã thu
# nhận, kích hoạt được gần 173 nghìn tài khoản" (~, 173000 with the magnitude word, EID_ACT).
# Not quantities: "Tết Nguyên đán Ất Tỵ 2025" (a name with its year), "09/12/2024" (a date).
# Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_thanhhoa-phu-xanh-dinh-danh-2024", kind="result", year=2024, records=[
    ACTIVATED("gần «173 nghìn tài khoản", "tài khoản định danh điện tử toàn tỉnh đã thu nhận, kích hoạt được", "~",
              173000),
])

# --------------------------------------------------------------------------
# 06 Lâm Đồng, Di Linh district's chip ID cards at the end of the 90-day campaign
# (baolamdong.vn; cut: the photo caption "Công an tới tận nhà để cấp CCCD cho người già, tàn tật"
# with the blank line after it, and the byline "HOÀNG YÊN" with the blank line before it; no
# stamp). Year null: the page says "Ngày 31/12" and names no year (the address's "202212" is not
# in the text; "giai đoạn 2022 - 2025" is the name of the scheme), as set193's undated page.
# Results: "đã cấp được 136.848 thẻ căn cước công dân (CCCD) gắn chip" (=, CHIP_CNT); "chỉ còn
# khoảng hơn 3.000 người chưa được cấp thẻ" twice (>, the bound word next to the number as set193's
# "khoảng trên"; count, no id; recorded as an earlier set's "còn khoảng 30.000 hộ dân chưa có điện
# thoại thông minh"). Target: "Trong chiến dịch đợt cao điểm 90 ngày đêm ..., Công an Di Linh
# phải thực hiện trên 17.600 hồ sơ cấp CCCD" (the campaign's workload, kind target, >, CHIP_CNT; a
# judgement). Not quantities: "31/12" (a date), "90 ngày đêm" (the campaign's length), "DC01" (a
# form's name), "2022 - 2025", "2030" (in the scheme's name). Pillar null.
# --------------------------------------------------------------------------
LEFT = "người chưa được cấp thẻ CCCD"
D06 = dict(name="06_lamdong-dilinh-cap-cccd-chip", kind="result", year=None, records=[
    CARDS("được «136.848 thẻ", "thẻ căn cước công dân (CCCD) gắn chip Công an huyện đã cấp cho người dân", "=",
          136848),
    R("hơn «3.000 người chưa được cấp thẻ.\n", LEFT, ">", 3000, **CNT),
    CARDS("trên «17.600 hồ sơ", "hồ sơ cấp CCCD Công an Di Linh phải thực hiện trong chiến dịch", ">", 17600, **T),
    R("hơn «3.000 người chưa được cấp thẻ CCCD", LEFT, ">", 3000, **CNT),
])

# --------------------------------------------------------------------------
# 07 Lâm Đồng, Đam Rông district's chip ID cards, May 2021 (baolamdong.vn; the stamp " date
# 2021-05" written as the first line; cut: the byline "N.MINH" with the blank line before it).
# Year 2021. Results: "đã hoàn chỉnh 32.400/37.000 căn cước công dân (CCCD) có gắn chíp để trả
# cho công dân" (=, CHIP_CNT), "đạt tỷ lệ 86%" (=, CHIP: the cards completed over the dossiers
# received; a judgement on the denominator), "toàn huyện có 9 điểm cấp CCCD (1 điểm tại huyện và 8
# điểm tại 8 xã)" (counts of issuing points, each its own subject; "tại 8 xã" a count of its own
# as set193's "tại 7 thôn"; no id), "còn 1 điểm tại huyện" (=, the points left after 9/5). Not
# quantities: "9/5" thrice, "1/7/2021" (dates), "Covid-19" (a name), the denominator "/37.000".
# Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_lamdong-damrong-cccd-chip-2021", kind="result", year=2021, records=[
    CARDS("hoàn chỉnh «32.400/37.000", "căn cước công dân (CCCD) có gắn chíp huyện Đam Rông đã hoàn chỉnh để trả "
          "cho công dân", "=", 32400),
    CARD_SHARE("đạt tỷ lệ «86%", "căn cước công dân (CCCD) có gắn chíp đã hoàn chỉnh để trả cho công dân", "=", 86),
    R("có «9 điểm", "điểm cấp CCCD toàn huyện", "=", 9, **CNT),
    R("(«1 điểm tại huyện", "điểm cấp CCCD tại huyện", "=", 1, **CNT),
    R("và «8 điểm", "điểm cấp CCCD tại các xã", "=", 8, **CNT),
    R("tại «8 xã)", "xã có điểm cấp CCCD", "=", 8, **CNT),
    R("còn «1 điểm", "điểm cấp thẻ CCCD gắn chíp điện tử tại huyện", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 08 Tiền Giang, Gò Công Tây district's chip ID cards and e-ID accounts (thtg.vn; cut: the photo
# caption "Người già, người bệnh được đoàn đến tận nhà để làm căn cước công dân. Ảnh: Quốc Nam"
# with the blank line after it; no byline, no stamp, no year in the text: year null; the excerpt
# ends in "của Nh"). Results: "thu nhận hồ sơ cấp Căn cước công dân là 130.253 giấy" (=,
# CHIP_CNT: the catalogue's wording "thu nhận hồ sơ cấp căn cước"), "cấp 9.741 tài khoản định
# danh điện tử" (=, count; id null: accounts issued, neither the dossiers collected nor the
# accounts activated, as set193's accounts created). Not quantities: "Đề án 06" (a name).
# Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_tiengiang-gocongtay-cccd-dinh-danh", kind="result", year=None, records=[
    CARDS("là «130.253 giấy", "thu nhận hồ sơ cấp Căn cước công dân", "=", 130253),
    R("cấp «9.741 tài khoản", "tài khoản định danh điện tử cấp cho công dân", "=", 9741, **CNT),
])

# --------------------------------------------------------------------------
# 09 Quảng Nam, Núi Thành district's peak campaign for VNeID accounts, May-June 2023
# (nuithanh.quangnam.gov.vn; nothing cut; no byline, no stamp; the excerpt opens mid-article
# "Để thực hiện được điều này," and ends in "trên địa b"). A precision text, no record: "3526/QĐ-
# UBND" (a document), "25/5/2023", "27/5/2023", "30/6/2023" (dates), "01 trong 07 phương thức"
# (one of the seven ways to replace the household book: the parts of a list, as the spec's
# counts of tasks), "mức độ 1, mức độ 2" (levels).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangnam-nuithanh-cao-diem-vneid-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 10 Hà Giang, plan 186/KH-UBND launching the emulation movement for Project 06 in 2023
# (hethongphapluat.vn; cut: the site's name "Hệ thống pháp luật" with the blank line after it; the
# excerpt ends in "cả hệ thống"). A precision text, no record: "186/KH-UBND", "06/QĐ-TTg",
# "05/CT-TTg", "27-CT/TU", "69/KH-UBND", "108/KH-UBND" (documents), "14 tháng 6 năm 2023",
# "06/01/2022", "23/02/2023", "10/3/2023", "17/02/2023", "27/3/2023" (dates), "Đề án 06" (a name),
# "2022-2025", "2030", "năm 2023" (periods and years), the list labels "I.", "1.".
# --------------------------------------------------------------------------
D10 = dict(name="10_hagiang-kh186-thi-dua-de-an-06-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 11 Hồ Chí Minh City, plan 31/KH-UBND of 27 January 2026 on reviewing data and making "công dân
# số" universal (nhansu.vn; nothing cut: the attribute table of the document stays; no byline, no
# stamp; the excerpt ends in "25 tháng 6 năm 2024 của Ch"). A precision text, no record: "31/KH-UBND"
# thrice, "57-NQ/TW", "02-KH/BCĐTW", "194/2025/NĐ-CP", "165/2025/NĐ-CP", "69/2024/NĐ-CP"
# (documents), "27/01/2026" twice, "27 tháng 01 năm 2026", the dates of the laws and decrees
# (dates), "năm 2026" (the title's year).
# --------------------------------------------------------------------------
D11 = dict(name="11_hochiminh-kh31-cong-dan-so-2026-precision", kind="result", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
