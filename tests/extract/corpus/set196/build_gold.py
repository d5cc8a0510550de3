#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set196).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The set's theme is the district level (huyện, thị xã, thành phố thuộc tỉnh, before the 2025
merger): its community digital technology teams (tổ công nghệ số cộng đồng, "tổ CNSCĐ"), split
by level where a sentence splits them, and its communes' online dossiers. Most records are counts
of teams and members; the helpers TEAM and MEMBERS below write the two most frequent kinds.

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
from goldkit import R, CNT  # noqa: E402

TEAMS = "aware.community_digital_teams_count"
TEAMS_SHARE = "aware.community_digital_teams_share"
MEMBERS_ID = "aware.community_digital_team_members_count"
COURSES = "hr.dx_training_courses_count"
ONLINE = "egov.online_applications_share"
POSTAL = "infra.postal_service_points_count"
HANDBOOK = "society.party_members_e_handbook_share"

# A count of community digital technology teams, and of their members (=, count, the catalogue's
# ids); other fields (scope, place, op) passed on.
TEAM = functools.partial(R, op="=", unit="count", iid=TEAMS)
MEMBERS = functools.partial(R, op="=", unit="count", iid=MEMBERS_ID)

# --------------------------------------------------------------------------
# 01 Quảng Trị, Hướng Hóa district: its communes' and villages' community digital technology teams,
# 2022 (vietnamnet.vn; nothing cut; no byline, no stamp; the excerpt ends in "cài đặt phần"). Year
# 2022 (Lìa commune's "trong năm 2022"; the district's "đến nay" names no year: the document's
# only year). Results: Lìa commune's "10 tổ công nghệ số cộng đồng với 80 thành viên" (place "xã
# Lìa", a commune of the district); the district's "21/21 tổ công nghệ số cộng đồng cấp xã với 108
# thành viên; 149/149 tổ công nghệ số cộng đồng cấp thôn với 912 thành viên (đạt tỉ lệ 100%)": one
# sentence splitting the teams and their members by level, scopes "cấp xã" / "cấp thôn" (as
# set145's "18 tổ ... cấp xã và 149 tổ ... cấp thôn" and the earlier sets' majority); "(đạt tỉ lệ
# 100%)" covers both levels: one record, scope null; "tổ chức 7 lớp tập huấn" (=, count). Not
# quantities: "mỗi một gia đình có ít nhất một người" (words, no digit), the denominators "/21",
# "/149". Pillar null (no heading).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangtri-huonghoa-to-cong-nghe-so-xa-thon-2022", kind="result", year=2022, records=[
    TEAM("thành lập «10 tổ", "tổ công nghệ số cộng đồng xã Lìa thành lập", value=10, place="xã Lìa"),
    MEMBERS("với «80 thành viên", "thành viên tổ công nghệ số cộng đồng xã Lìa", value=80, place="xã Lìa"),
    TEAM("được «21/21 tổ", "tổ công nghệ số cộng đồng huyện đã thành lập", value=21, scope="cấp xã"),
    MEMBERS("với «108 thành viên", "thành viên tổ công nghệ số cộng đồng", value=108, scope="cấp xã"),
    TEAM("; «149/149 tổ", "tổ công nghệ số cộng đồng huyện đã thành lập", value=149, scope="cấp thôn"),
    MEMBERS("với «912 thành viên", "thành viên tổ công nghệ số cộng đồng", value=912, scope="cấp thôn"),
    R("đạt tỉ lệ «100%", "tổ công nghệ số cộng đồng cấp xã, cấp thôn đã thành lập", "=", 100, iid=TEAMS_SHARE),
    R("tổ chức «7 lớp", "lớp tập huấn cho các thành viên tổ công nghệ số cộng đồng cấp xã, thôn", "=", 7, **CNT,
      iid=COURSES),
])

# --------------------------------------------------------------------------
# 02 Bà Rịa - Vũng Tàu, Châu Đức district's community digital technology teams ("Tổ CNSCĐ")
# (baobariavungtau.com.vn; cut: the photo caption "Lãnh đạo TT.Ngãi Giao cùng các đoàn viên ...
# ứng dụng số." with the blank line after it; no byline, no stamp; the excerpt ends in "31 thành
# viên l"). Year null (the text names no year; the address's "202312" is not in the text, as set193
# read set184's 07). Results: "phát giấy mời tận tay cho hơn 500 hộ dân của thôn 6" (`>`, count:
# the households one team reached, a judgement), "Tổ CNSCĐ thôn 6 có 5 người" (=, count: one team's
# members, id null), "100% xã, thị trấn, khu phố, thôn, ấp của huyện Châu Đức đã thành lập Tổ
# CNSCĐ với 94 tổ gần 746 thành viên" (%, then the two counts; "gần" `~`), "Huyện Đoàn Châu Đức
# cũng thành lập 1 tổ hỗ trợ chuyển đổi số với 31 thành viên" (two counts; ids null: the youth
# union's support team is not a community team). Not quantities: "mức 2" (a level's name), "thôn 6"
# (a name), "2 tiếng đồng hồ", "2 ngày" (durations). Pillar null (the heading "Đi từng ngõ, gõ từng
# nhà" names no pillar).
# --------------------------------------------------------------------------
D02 = dict(name="02_bariavungtau-chauduc-to-cnscd-huyen", kind="result", year=None, records=[
    R("cho hơn «500 hộ", "hộ dân của thôn 6 được phát giấy mời cài đặt định danh điện tử", ">", 500, **CNT),
    R("có «5 người", "Tổ CNSCĐ thôn 6 có người", "=", 5, **CNT),
    R("Hiện nay, «100% xã", "xã, thị trấn, khu phố, thôn, ấp của huyện Châu Đức đã thành lập Tổ CNSCĐ", "=", 100,
      iid=TEAMS_SHARE),
    TEAM("với «94 tổ", "Tổ CNSCĐ huyện Châu Đức đã thành lập", value=94),
    MEMBERS("gần «746 thành viên", "thành viên Tổ CNSCĐ", value=746, op="~"),
    R("thành lập «1 tổ", "tổ hỗ trợ chuyển đổi số Huyện Đoàn Châu Đức thành lập", "=", 1, **CNT),
    R("với «31 thành viên", "thành viên tổ hỗ trợ chuyển đổi số Huyện Đoàn Châu Đức", "=", 31, **CNT),
])

# --------------------------------------------------------------------------
# 03 Quảng Nam, Hội An city, Cẩm Thanh commune's village technology teams, April 2022
# (chuyendoiso.quangnam.gov.vn; cut: the photo caption "Cán bộ VNPT Quảng Nam hướng dẫn ... ứng
# dụng thông minh." opening the excerpt; no byline, no stamp; the excerpt ends in "Ban chỉ đ").
# Year 2022 ("vào tháng 4 năm 2022"). Results: "thành lập 06 tổ công nghệ cộng đồng tại 06 thôn
# ..., mỗi tổ gồm 06 thành viên" (three counts: the teams, the villages they stand in, as set193's
# "tại 7 thôn", and each team's size). Not quantities: "02 Đoàn viên thanh niên, 02 cán bộ xã phụ
# trách thôn" (the make-up of a team, as the spec's parts of an index), "34,4 tuổi", "22 tuổi",
# "60 tuổi" (the members' ages, a description of the team, not a target or result), "Nghị quyết
# 04/2021", "51/STTTT-CNTT&BCVT", "24/1/2022" (documents, dates). Place "xã Cẩm Thanh" not given:
# the commune is the document's own subject. Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_quangnam-hoian-camthanh-to-cong-nghe-thon-2022", kind="result", year=2022, records=[
    TEAM("thành lập «06 tổ", "tổ công nghệ cộng đồng UBND xã Cẩm Thanh đã triển khai thành lập", value=6),
    R("tại «06 thôn", "thôn có tổ công nghệ cộng đồng", "=", 6, **CNT),
    R("gồm «06 thành viên", "mỗi tổ công nghệ cộng đồng gồm thành viên", "=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 04 Thái Nguyên, Đồng Hỷ district's community digital technology teams and a village shop's
# cashless sales (baothainguyen.vn; cut: the photo caption "Cửa hàng của gia đình chị Trần Thị Lệ
# ... không dùng tiền mặt. |"; no byline, no stamp; the excerpt ends in "việc đ"). Year null (the
# address's "202401" is not in the text). One result: "80% người mua hàng sử dụng thanh toán trực
# tuyến" (one shop's customers in Cà Phê hamlet, Minh Lập commune; id null: not the catalogue's
# share of cashless payment users of a locality). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_thainguyen-donghy-thanh-toan-truc-tuyen-xom", kind="result", year=None, records=[
    R("Hiện nay, «80% người", "người mua hàng sử dụng thanh toán trực tuyến", "=", 80),
])

# --------------------------------------------------------------------------
# 05 Thái Nguyên, Võ Nhai district's community digital technology teams in its hamlets, 2022
# (backup.baothainguyen.vn, a print page; nothing cut; no byline, no stamp; the excerpt ends in
# "triển kha"). Year 2022 ("Từ đầu năm 2022 ... Qua hơn 4 tháng triển khai"). Results: TDP 1's "gần
# 100% đảng viên ... đã cài đặt Sổ tay đảng viên điện tử" (`~`), "trên 50% số dân sử dụng một trong
# các ứng dụng CĐS" (`>`); the district's "154 tổ CNSCĐ/153 xóm, TDP ... với 952 thành viên", "6 lớp
# tập huấn ... với trên 1,5 nghìn lượt người tham gia" (`>`, 1500). Not quantities: "4 thành viên
# Tổ CNSCĐ khác" (the people walking door to door with the party secretary, participants in an
# activity), "170 hộ với trên 700 khẩu" (the size of a residential group), "153 xóm, TDP trực thuộc
# 15 xã, thị trấn" (the district's size, the scope of the plan to set up teams, as set184 read a
# campaign's scope), the denominator "/153", "4 tháng" (a duration), "TDP 1" (a name). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_thainguyen-vonhai-to-cnscd-xom-2022", kind="result", year=2022, records=[
    R("gần «100% đảng viên", "đảng viên Chi bộ và đảng viên thường trú đang công tác đã cài đặt Sổ tay đảng viên "
      "điện tử", "~", 100, iid=HANDBOOK),
    R("trên «50% số dân", "số dân sử dụng một trong các ứng dụng CĐS", ">", 50),
    TEAM("được «154 tổ", "tổ CNSCĐ toàn huyện đã thành lập được", value=154),
    MEMBERS("với «952 thành viên", "thành viên tổ CNSCĐ", value=952),
    R("tổ chức «6 lớp", "lớp tập huấn, hướng dẫn nghiệp vụ triển khai hoạt động của tổ CNSCĐ", "=", 6, **CNT,
      iid=COURSES),
    R("trên «1,5 nghìn lượt", "lượt người tham gia tập huấn, hướng dẫn nghiệp vụ tổ CNSCĐ", ">", 1500, **CNT),
])

# --------------------------------------------------------------------------
# 06 An Giang, Thoại Sơn district, Thoại Giang commune building a smart new-countryside commune,
# December 2022 (baoangiang.com.vn; cut: the byline date "08/12/2022 - 07:08", written as the first
# line `date 2022-12-08`, and the font widget "A A" with the blank line after it; the excerpt ends in
# "du lịch, dị"). Year 2022 (the date line; "Tính đến ngày 1/11/2022"). Results: "xã Thoại Giang đã
# đạt 19/19 tiêu chí và 35/35 chỉ tiêu NTM nâng cao" (two counts, each its own subject; year 2020:
# the criteria the commune met for the advanced standard "đạt chuẩn NTM nâng cao năm 2020", named
# in the sentence before; a judgement), "tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải
# quyết thủ tục hành chính của xã đạt 69,62%" (2022), "Xã có 1 điểm bưu điện văn hóa" (=, count).
# Not quantities: "332,4m2" (the post office's floor area, a size), "6 nhóm tiêu chí gồm 26 chỉ
# tiêu" (the parts of a set of criteria, spec), "năm 2016", "năm 2020", "8/5/2018", "22/6/2022",
# "31/7/2020", "7/7/2022", "Giai đoạn 2021-2025" (dates), "1005/QĐ-UBND", "1260/QĐ-UBND",
# "1021/THH-DVCNTT", "553/KH-UBND" (documents). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_angiang-thoaison-thoaigiang-xa-thong-minh-2022", kind="result", year=2022, records=[
    R("đạt «19/19 tiêu chí", "xã Thoại Giang đã đạt tiêu chí NTM nâng cao", "=", 19, **CNT, year=2020),
    R("và «35/35 chỉ tiêu", "xã Thoại Giang đã đạt chỉ tiêu NTM nâng cao", "=", 35, **CNT, year=2020),
    R("đạt «69,62%", "tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính của xã",
      "=", 69.62, iid=ONLINE),
    R("có «1 điểm bưu điện", "điểm bưu điện văn hóa của xã", "=", 1, **CNT, iid=POSTAL),
])

# --------------------------------------------------------------------------
# 07 Hải Dương, Gia Lộc district, Toàn Thắng commune's first community digital technology teams,
# April 2022 (doanthanhnien.vn; cut: the byline "08:54 07/04/2022     2778" (time, date and view
# counter), written as the first line `date 2022-04-07`, and the author line "Ngọc Anh" at the end;
# the lines of one space are kept). Year 2022. Results: "thành lập Tổ Công nghệ số cộng đồng gồm 04
# tổ và 20 thành viên", "mỗi thôn thành lập 01 Tổ công nghệ số cộng đồng" (=, count: the teams per
# village, as 03's team sizes; id null). Not quantities: "03 Tổ viên" (the make-up of a team, as
# 03's), "3 Phong trào" (a section label heading the body line), "5/4" (a date). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_haiduong-gialoc-to-cong-nghe-so-xa-2022", kind="result", year=2022, records=[
    TEAM("gồm «04 tổ", "Tổ Công nghệ số cộng đồng xã Toàn Thắng thành lập", value=4),
    MEMBERS("và «20 thành viên", "thành viên Tổ Công nghệ số cộng đồng xã Toàn Thắng", value=20),
    R("thành lập «01 Tổ", "mỗi thôn thành lập Tổ công nghệ số cộng đồng", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 08 Quảng Nam, Thăng Bình district, Bình Minh commune launching its village technology teams
# (thangbinh.quangnam.gov.vn; cut: the photo caption "Lãnh đạo UBND xã Bình Minh trao quyết định
# ... cho các thôn. " with the blank line after it; the line of one space is kept; no byline, no
# stamp; the excerpt ends in "trên địa bàn "). A precision text: one record, the teams' size "5
# thành viên/tổ" (=, count, as 03's and 07's team sizes). Year null (the text gives "Sáng 11.3" and
# Covid-19, no year). Not quantities: "11.3" (a date), "Covid-19" (a name). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangnam-thangbinh-binhminh-ra-mat-to-precision", kind="result", year=None, records=[
    R("có «5 thành viên/tổ", "Tổ công nghệ cộng đồng tại các thôn Bình Tịnh, Tân An, Hà Bình gồm có thành viên",
      "=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 09 Hậu Giang, Vị Thanh city's community digital technology teams and e-wallets at the markets,
# June 2022 (baohaugiang.com.vn; cut: the byline date "27/06/2022 | 07:48 GMT+7", written as the
# first line `date 2022-06-27`; the excerpt ends in "mà k"). A precision text, no record: the only
# numbers are the date line. Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_haugiang-vithanh-vi-dien-tu-cho-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 10 Quảng Nam, Đông Giang district, a village's Zalo group (onetouch.mic.gov.vn; cut: the photo
# caption "Bà con dân tộc huyện Đông Giang, tỉnh Quảng Nam nhận thông báo ..."; no byline, no stamp;
# the excerpt ends in "tôi đều"). A precision text, no record: "thôn Đha Mi có 284 hộ với gần 1130
# nhân khẩu, trong đó, đồng bào Cơ Tu chiến gần 80% dân số" are the village's size and ethnic make-up
# (NOT: the share of an ethnic group is no target or result). Year null. Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangnam-donggiang-zalo-thon-precision", kind="result", year=None, records=[],
           NOT=["gần «80% dân số"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
