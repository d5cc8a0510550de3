#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set218).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. This set needs none: every percentage in its texts is a
target or a result.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README),
given in the record itself (`iid=`).

The ten texts are pages of the northern mountains and the north central coast (Nghệ An, Hà Tĩnh,
Thanh Hóa, Lạng Sơn, Điện Biên). Four of them (07-10) are precision texts with no record.

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

GDP = "econ.digital_economy_gdp_share"
SECTOR = "econ.digital_economy_sector_share"
ECOM = "econ.ecommerce_retail_share"
ECON = "econ.e_contract_enterprises_share"
SME = "econ.sme_digital_platforms_share"
WORK = "econ.digital_economy_workforce_share"
PHONE = "society.adult_smartphone_share"
BANK = "society.bank_account_15plus_share"
SIGN = "society.adult_digital_signature_share"
SKILLS = "hr.workforce_basic_digital_skills_share"
NEWS = "aware.dx_news_articles_count"
KM = dict(unit="other", unit_text="km")
DONG = dict(unit="other", unit_text="đồng")


def pair(ind, iid, lo25, lo30, op25=">=", op30=">=", rng=False):
    """One indicator of 01's list, stated for 2025 and for 2030: `lo25`/`lo30` are (locator, value)
    or (locator, low, high) for a range; each record a target of its own year."""
    out = []
    for (loc, *vals), op, year in ((lo25, op25, 2025), (lo30, op30, 2030)):
        if rng:
            out.append(R(loc, ind, "between", vals[0], value_max=vals[1], year=year, iid=iid))
        else:
            out.append(R(loc, ind, op, vals[0], year=year, iid=iid))
    return out


# --------------------------------------------------------------------------
# 01 Nghệ An, Kế hoạch 347/KH-UBND implementing the national strategy for the digital economy and
# the digital society (nghean.gov.vn; cut: the banner line "image banner"; no byline, no stamp; the
# lead's "Ngày 24/5" names no year; the excerpt ends in "Để đạt được các "). Targets, kind target.
# Document year null (the text dates neither the plan nor the page); every record but the last
# names its own year (2025 or 2030). The title "tỷ trọng kinh tế số đạt 25-30% GDP" (2030) and the
# subheading "tối thiểu 20%" (2030) are records where they stand, as earlier sets record a title's
# value; the list repeats both. Ranges "15-20%" ... "80-100%": `between`, the low end as value.
# "trên": `>`; "tối thiểu": `>=`; a bare "đạt 80%": `>=`. The last subheading "Nâng cao tỷ lệ hoạt
# động trực tuyến chiếm tối thiểu 50% các hoạt động mỗi cơ quan" names no year: year null. Pillar
# null: no heading names a section (the subheadings state values; the plan covers two pillars).
# Not quantities: "24/5", "347/KH-UBND", "2025", "2030" (dates and a document number), "15 tuổi"
# (a part of the indicator's name). Ids: the catalogue's eleven strategy indicators; the last null.
# --------------------------------------------------------------------------
D01 = dict(name="01_nghean-kh347-kinh-te-so-xa-hoi-so-2030", kind="target", year=None, records=[
    R("số đạt «25-30% GDP\n", "tỷ trọng kinh tế số", "between", 25, value_max=30, year=2030, iid=GDP),
    R("vực đạt tối thiểu «20%\n", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 20, year=2030, iid=SECTOR),
    *pair("Tỷ trọng kinh tế số", GDP, ("năm 2025 đạt «15-20%, năm 2030", 15, 20), ("năm 2030 đạt «25-30% GDP;", 25, 30),
          rng=True),
    *pair("tỷ trọng kinh tế số trong từng ngành, lĩnh vực", SECTOR, ("năm 2025 đạt tối thiểu «10%", 10),
          ("năm 2030 đạt tối thiểu «20%;", 20)),
    *pair("tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ECOM, ("năm 2025 đạt «8-10%", 8, 10),
          ("năm 2030 đạt «15-20%;", 15, 20), rng=True),
    *pair("tỷ lệ doanh nghiệp sử dụng nền tảng hợp đồng điện tử", ECON, ("năm 2025 đạt «60-80%", 60, 80),
          ("năm 2030 đạt «80-100%", 80, 100), rng=True),
    *pair("tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", SME, ("năm 2025 đạt «40-50%", 40, 50),
          ("năm 2030 đạt «60-70%", 60, 70), rng=True),
    *pair("tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động", WORK, ("năm 2025 đạt trên «2%", 2),
          ("năm 2030 đạt trên «3%", 3), op25=">", op30=">"),
    *pair("Tỷ lệ dân số trưởng thành có điện thoại thông minh", PHONE, ("thông minh năm 2025 đạt «80%", 80),
          ("năm 2030 đạt «95%;", 95)),
    *pair("tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được "
          "phép khác", BANK, ("khác năm 2025 đạt «80%", 80), ("năm 2030 trên «95%", 95), op30=">"),
    *pair("tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", SIGN, ("năm 2025 đạt trên «50%", 50),
          ("năm 2030 đạt trên «70%", 70), op25=">", op30=">"),
    *pair("tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản", SKILLS,
          ("năm 2025 đạt trên «70%, năm", 70), ("năm 2030 đạt trên «80%...", 80), op25=">", op30=">"),
    R("chiếm tối thiểu «50% các hoạt động", "tỷ lệ hoạt động trực tuyến chiếm các hoạt động mỗi cơ quan, đơn vị, "
      "tổ chức", ">=", 50),
])

# --------------------------------------------------------------------------
# 02 Hà Tĩnh, the countryside on its digital-transformation journey: the Department of Information
# and Communications' figures to the end of the third quarter of 2024 (baohatinh.vn; cut: the image
# file name "15-5206-8849.jpg" and the photo caption "Ban Chỉ đạo chuyển đổi số tỉnh Hà Tĩnh tổ chức
# lễ phát động ... năm 2024." with the blank line after it; no byline, no stamp; the excerpt ends in
# "mua bán v"). Results, year 2024 ("đến hết quý 3/2024", "Năm 2024"). Pillar null (no heading).
# Records: "21.000km cáp quang" (other, "km"), "3.250 trạm BTS", "trên 80% sử dụng smartphone" (of
# the rural subscribers, `>`), "trên 150.000 thuê bao intenet băng thông rộng cố định" (`>`), "Tất cả
# 183 xã ... có trên 1.900 thôn đang tiến hành các hoạt động chuyển đổi số" (two counts, each its own
# subject), "13 thôn, mỗi huyện có ít nhất 1 xã xây dựng thí điểm khu dân cư NTM thông minh" (two
# counts; "ít nhất 1" is `>=` 1), "6,3 tỷ đồng" (other, "đồng", 6.3e9), "trên 70% hồ sơ thủ tục hành
# chính" (`>`), "100% công dân trong độ tuổi sử dụng định danh điện tử" (=). Not quantities: "4.0" (a
# name), "quý 3/2024", "7/3/2024", "608/QĐ-UBND" (dates, a document); "hàng ngàn tuyến" (no digit).
# --------------------------------------------------------------------------
D02 = dict(name="02_hatinh-nong-thon-chuyen-doi-so-quy3-2024", kind="result", year=2024, records=[
    R("với «21.000km", "cáp quang", "=", 21000, **KM, iid="infra.fibre_cable_length"),
    R("cáp quang, «3.250 trạm", "trạm BTS phủ sóng đến tận các thôn, xóm", "=", 3250, **CNT, iid="infra.bts_stations_count"),
    R("có trên «80% sử dụng", "thuê bao điện thoại của người dân nông thôn sử dụng smartphone", ">", 80,
      iid="infra.smartphone_subscriptions_share"),
    R("và trên «150.000 thuê bao", "thuê bao intenet băng thông rộng cố định", ">", 150000, **CNT,
      iid="infra.internet_subscriptions_count"),
    R("Tất cả «183 xã", "xã trên địa bàn các huyện, thành phố, thị xã đang tiến hành các hoạt động chuyển đổi số",
      "=", 183, **CNT),
    R("có trên «1.900 thôn", "thôn đang tiến hành các hoạt động chuyển đổi số", ">", 1900, **CNT),
    R("có «13 thôn", "thôn xây dựng thí điểm khu dân cư NTM thông minh", "=", 13, **CNT,
      iid="society.smart_rural_communes_count"),
    R("có ít nhất «1 xã", "xã xây dựng thí điểm khu dân cư NTM thông minh ở mỗi huyện", ">=", 1, **CNT),
    R("phân bổ «6,3 tỷ", "phân bổ hỗ trợ chuyển đổi số trong xây dựng NTM", "=", 6.3e9, **DONG,
      iid="inst.dx_funding_amount"),
    R("trên «70% hồ sơ", "hồ sơ thủ tục hành chính được thực hiện qua cổng DVC trực tuyến", ">", 70,
      iid="egov.online_applications_share"),
    R("«100% công dân", "công dân trong độ tuổi sử dụng định danh điện tử", "=", 100, iid="society.eid_users_share"),
])

# --------------------------------------------------------------------------
# 03 Thanh Hóa, Sầm Sơn city's results under the province's Resolution 06-NQ/TU: steering
# committees, community technology teams, news items, conferences and training (dcsth.hanhchinhcong.net,
# the provincial Party committee's site; nothing cut; no byline, no stamp: the address's "2023-9-26"
# is not in the text; the excerpt ends in "Các tổ công nghệ số c"). Results, year null (the text
# names no year of its figures; "giai đoạn 2022 - 2025" is the project's period). Pillar null.
# Records: "11/11 ban chỉ đạo chuyển đổi số cấp xã" (=, 11, as set193's "15/15 xã"), "198 người"
# (their members), "86 tổ công nghệ số cộng đồng/86 thôn, khu phố" (86; the denominator "/86" is
# not a record), "313 người" (the teams' members), the news items "166", "1.550", "68" (=) and
# "trên 155 tin bài" (`>`), each its own broadcaster or site, "02 hội nghị" (=, as most earlier
# sets count conferences held), "03 đợt tập huấn" (=). Not quantities: "86 Tổ trưởng" (who took
# part in the training, as the spec's participants of an event), "06-NQ/TU", "10/11/2021", "Đề án
# 06" (a document, a date, a name), "2022 - 2025", "2022-2025", "2030" (periods).
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-samson-ban-chi-dao-to-cong-nghe-so", kind="result", year=None, records=[
    R("thành lập «11/11 ban", "ban chỉ đạo chuyển đổi số cấp xã được các xã, phường thành lập", "=", 11, **CNT),
    R("là «198 người", "thành viên ban chỉ đạo chuyển đổi số cấp xã", "=", 198, **CNT),
    R("thành lập «86 tổ", "tổ công nghệ số cộng đồng được thành lập", "=", 86, **CNT,
      iid="aware.community_digital_teams_count"),
    R("là «313 người", "thành viên tổ công nghệ số cộng đồng", "=", 313, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("phát sóng «166 tin", "tin bài Đài truyền thanh thành phố đã phát sóng", "=", 166, **CNT, iid=NEWS),
    R("phát «1.550 tin", "tin bài Đài truyền thanh các xã, phường phát", "=", 1550, **CNT, iid=NEWS),
    R("đăng tải «68 tin", "tin bài trang thông tin điện tử thành phố đăng tải", "=", 68, **CNT, iid=NEWS),
    R("đăng tải trên «155 tin", "tin bài trang thông tin điện tử các xã, phường đăng tải", ">", 155, **CNT, iid=NEWS),
    R("Tổ chức «02 hội nghị", "hội nghị về Đề án chuyển đổi số thành phố Sầm Sơn", "=", 2, **CNT),
    R("tổ chức «03 đợt", "đợt tập huấn cho các thành viên Ban Chỉ đạo chuyển đổi số và Tổ trưởng Tổ công nghệ số "
      "cộng đồng", "=", 3, **CNT, iid="hr.dx_training_courses_count"),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, smart villages in the new-countryside programme: Xuân Du commune's eight model
# villages and Trung Tiến village of Hồ Vương commune (vietnamnet.vn; cut: the photo caption "Tập
# huấn, hướng dẫn người dân sử dụng các nền tảng số." with the blank line after it; no byline, no
# stamp; the excerpt ends in "của Đảng, Nh"). Results, year null (no date; "trước năm 2030" is the
# deadline of the new-countryside goal, not a quantity). Pillar null. Records: "xã Xuân Du hướng
# dẫn 8 thôn nông thôn mới kiểu mẫu tiếp tục triển khai xây dựng thôn thông minh" (=, count, place
# Xuân Du; id null: villages still building the model, not smart villages counted), "91,66% người
# dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản" and "80,1% ... có tài khoản thanh toán
# điện tử" (=, place Hồ Vương, the village's figures). Not quantities: "thôn 8" (a name, twice),
# "năm 2030". Ids: SKILLS; the adult e-payment share for the working-age share (a judgement).
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-xuandu-hovuong-thon-thong-minh", kind="result", year=None, records=[
    R("hướng dẫn «8 thôn", "thôn nông thôn mới kiểu mẫu tiếp tục triển khai xây dựng thôn thông minh", "=", 8, **CNT,
      place="Xuân Du"),
    R("đã có «91,66%", "người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản", "=", 91.66,
      place="Hồ Vương", iid=SKILLS),
    R("bản; «80,1%", "người dân trong độ tuổi lao động có tài khoản thanh toán điện tử", "=", 80.1, place="Hồ Vương",
      iid="society.adult_e_payment_account_share"),
])

# --------------------------------------------------------------------------
# 05 Lạng Sơn, the ministry's working visit: the province's PAPI and PCI places (vietnamnet.vn;
# cut: the two photo captions "Đoàn công tác Bộ TT&TT làm việc ... (Ảnh: Đức Huy)" and "Bà Đoàn Thu
# Hà nhấn mạnh, ... (Ảnh: Đức Huy)", each with the blank line after it; no byline, no stamp; the
# excerpt ends in "xếp thứ 36 tron"). Results, year 2021 (the text's "năm 2021" for PAPI; the PCI's
# "năm ngoái" is read as the same year, a judgement: the visit "Chiều ngày 20/5" is undated).
# Records: "xếp hạng 4/63 địa phương" (rank, =, 4), "xếp thứ 36" (rank, =). Not quantities: "tăng
# 33 bậc so với năm 2020" (a change, spec), "1 trong những tỉnh" (no count of provinces), "5 trụ
# cột" (the parts of the resolution), "20/5", "2025", "2030", the denominator "/63". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_langson-papi-pci-2021", kind="result", year=2021, records=[
    R("xếp hạng «4/63", "chỉ số PAPI của Lạng Sơn xếp hạng trong các địa phương", "=", 4, **RANK,
      iid="rank.papi_rank"),
    R("xếp thứ «36", "chỉ số PCI, Lạng Sơn xếp thứ", "=", 36, **RANK, iid="rank.pci"),
])

# --------------------------------------------------------------------------
# 06 Điện Biên, Băng Sản village (Quài Tở commune, Tuần Giáo district): the village's Zalo groups
# (tracuuquyhoach.com, a copy; cut: the photo caption "Người dân mua hàng tại chợ Búng Lao, ... không
# dùng tiền mặt." that opens the excerpt; no byline, no stamp; the excerpt ends in "những chủ t").
# Results, year null (no date). Pillar null. Records: "nhóm zalo của bản với 160 thành viên" (=),
# "5 nhóm zalo" (=), and the members of four of them "(3 thành viên)", "(14 thành viên)", "(8 thành
# viên)", "(10 thành viên)" (=, each its own group). Not quantities: "(đại diện cho 160 hộ dân trong
# bản)" (the village's size the members stand for, as earlier sets leave a village's households;
# a judgement). Ids null (the catalogue has no indicator for a village's chat groups).
# --------------------------------------------------------------------------
D06 = dict(name="06_dienbien-tuangiao-ban-bang-san-nhom-zalo", kind="result", year=None, records=[
    R("bản với «160 thành viên", "thành viên nhóm zalo của bản", "=", 160, **CNT),
    R("thành lập «5 nhóm zalo", "nhóm zalo bản Băng Sản đã thành lập", "=", 5, **CNT),
    R("Chi ủy chi bộ («3 thành viên", "thành viên nhóm zalo Chi ủy chi bộ", "=", 3, **CNT),
    R("nhóm chi bộ («14 thành viên", "thành viên nhóm zalo chi bộ", "=", 14, **CNT),
    R("an ninh bản («8 thành viên", "thành viên nhóm zalo an ninh bản", "=", 8, **CNT),
    R("văn nghệ («10 thành viên", "thành viên nhóm zalo đội văn nghệ", "=", 10, **CNT),
])

# --------------------------------------------------------------------------
# 07 Thanh Hóa, Sầm Sơn: the provincial political school's article on the city's digital
# transformation, January 2025 (truongchinhtrithanhhoa.gov.vn; cut: the site's banner line "THI ĐUA
# "CHỦ ĐỘNG, ĐỒNG BỘ, ..." with the blank line after it, and the byline "Đăng lúc: 16:48:10
# 16/01/2025 (GMT+7)362 lượt xem" (with its view counter) with the blank line after it, written as
# the first line `date 2025-01-16`; the excerpt ends in "đổi mớ"). A precision text, no record:
# "s1.png" (an image's file name, kept), "2030", "2045" (the national goals' years), "22/12/2024",
# "57-NQ/TW" (a date, a resolution).
# --------------------------------------------------------------------------
D07 = dict(name="07_thanhhoa-samson-day-manh-cds-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 08 Điện Biên, the Department of Information and Communications answering Mường Nhé voters on
# villages without a mobile signal, November 2022 (dienbientv.vn; cut: the byline "Thứ Sáu,
# 04/11/2022, 08:54 [GMT+7]" with the blank line after it, written as the first line `date
# 2022-11-04`; the excerpt ends in "dịch v"). A precision text, no record: "kỳ họp thứ 8", "khóa XV"
# (a session's number), "304/BC-UBND", "2599/UBND-TH" (documents), "16/8/2022" (a date), "2G, 3G,
# 4G" (names).
# --------------------------------------------------------------------------
D08 = dict(name="08_dienbien-muongnhe-tra-loi-cu-tri-song-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 09 Lạng Sơn, village heads leading the community technology teams, October 2021 (laodong.vn; cut:
# the byline "Trần Tuấn |" with the blank line after it; no stamp; the excerpt ends in "công trực
# tuy"). A precision text, no record: "13.10", "28.9.2021" (dates), "9 tháng đầu năm", "quý IV năm
# 2021" (periods), "2025", "2030", "4 trụ cột" (the parts of the resolution), and the caption "Các
# cửa hàng số giúp tăng 174 lần doanh số bán nông sản online" (kept: a change against an earlier
# value, not a quantity, spec).
# --------------------------------------------------------------------------
D09 = dict(name="09_langson-to-cong-nghe-cong-dong-2021-precision", kind="result", year=2021, records=[])

# --------------------------------------------------------------------------
# 10 Nghệ An, Kế hoạch 586/KH-UBND on digital transformation to 2025: its purposes (baonghean.vn;
# crawler stamp " date 2022-08" written as the first line `date 2022-08`; nothing cut; the excerpt
# ends in "trong các quy hoạc"). A precision text, no record: "09-NQ/TU", "5/8/2022", "586-/KH-UBND"
# (a resolution, a date, a plan), "2025", "2030", "2022-2025", "2026-2030" (years and periods).
# --------------------------------------------------------------------------
D10 = dict(name="10_nghean-kh586-cds-2025-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
