#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set57).

Copied from set47's builder (itself from set45's, set43's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (220
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
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK  # noqa: E402


DIEM = dict(unit="other", unit_text="điểm")
GIO = dict(unit="other", unit_text="giờ/tháng")

# --------------------------------------------------------------------------
# 01 Quảng Ninh, cashless payments and "Chợ 4.0" (vov.vn, no date shown;
# "Tính đến tháng 9/2024" → results of 2024; "đến nay" in the last paragraph
# takes 2024 too). Accounts: "khoảng 3,4 triệu" (~), "2,5 triệu" (=), "gần
# 802.000" (~): counts, the magnitude word multiplied in. "Trung bình có 2,5
# tài khoản đang hoạt động/người dân từ 15 tuổi trở lên": an amount per
# person → unit other, the unit as written shortened to "tài khoản/người dân"
# (unit_text is not scored); "15 tuổi" is part of the denominator. Markets
# "19 chợ hạng I, 11 chợ hạng II và 13 chợ hạng III": a breakdown by kind of
# market → three counts, scope null (contract). "trung bình 83% số hộ kinh
# doanh tại chợ": an average stated as the value → = (not ~), id
# econ.merchants_cashless_share. "100% các chợ trung tâm" (=, no id).
# Pillar null: the opening paragraph names kinh tế số but heads no list and
# no heading stands above (a judgement). Not quantities: "2022-2025" (the
# scheme's period), "4.0" (a name), "hạng I và II" (names of market classes).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangninh-thanh-toan-khong-tien-mat-2024", kind="result", year=2024, records=[
    R("có khoảng «3,4 triệu", "tài khoản thanh toán điện tử cá nhân", "~", 3.4e6, **CNT),
    R("trong đó có «2,5 triệu", "tài khoản thanh toán điện tử cá nhân đang hoạt động", "=", 2.5e6, **CNT),
    R("Trung bình có «2,5 tài khoản", "tài khoản đang hoạt động/người dân từ 15 tuổi trở lên", "=", 2.5,
      unit="other", unit_text="tài khoản/người dân"),
    R("còn có gần «802.000", "tài khoản Mobile Money", "~", 802000, **CNT),
    R("Toàn tỉnh có «19 chợ", "chợ hạng I đã triển khai thực hiện mô hình Chợ 4.0", "=", 19, **CNT),
    R("hạng I, «11 chợ", "chợ hạng II đã triển khai thực hiện mô hình Chợ 4.0", "=", 11, **CNT),
    R("II và «13 chợ", "chợ hạng III đã triển khai thực hiện mô hình Chợ 4.0", "=", 13, **CNT),
    R("đến nay trung bình «83%", "số hộ kinh doanh tại chợ chấp nhận phương thức thanh toán không dùng tiền mặt", "=",
      83, iid="econ.merchants_cashless_share"),
    R("Money… «100% các chợ", "các chợ trung tâm chấp nhận thanh toán các khoản phí và thực hiện thanh toán hóa đơn "
      "điện, nước thông qua các phương thức thanh toán không dùng tiền", "=", 100),
])

# --------------------------------------------------------------------------
# 02 Community digital technology teams nationwide, 2022 (vneconomy.vn, no
# date shown; "tính đến này 23/8/2022" → results of 2022). The title's "hơn
# 42.000 tổ" is a quantity like the body's (>, aware.community_digital_teams_count).
# "sẽ phát triển tổ công nghệ số cộng đồng tới 100% địa phương (tới cấp thôn,
# bản, tổ dân phố)": a target (>=) with no year anywhere in its sentence or for
# the plan → year null (a judgement; the article's 2022 is the year of the
# results, not of this aim); id aware.community_digital_teams_share (villages
# and street groups with a team; a judgement). "100% bộ, ngành, địa phương
# kiện toàn ... Ban chỉ đạo" (aware.dx_steering_committees_share), "100% bộ,
# ngành đã ban hành Kế hoạch/Đề án" (aware.agencies_dx_plan_share): results
# (=). "62/63 địa phương", "49/63 địa phương": counts (=, no id; the
# denominators 63 are left out). "42.469 tổ" (=, aware.community_digital_teams_count),
# "hơn 208 nghìn người" (>, 208000, aware.community_digital_team_members_count).
# Pillar null. Not quantities: "23/8/2022", "quý 3/2022", "năm 2022".
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-to-cong-nghe-so-cong-dong-2022", kind="result", year=2022, records=[
    R("đã có hơn «42.000 tổ", "Việt Nam đã có tổ công nghệ số cộng đồng hỗ trợ người dân chuyển đổi số", ">", 42000,
      **CNT, iid="aware.community_digital_teams_count"),
    R("cộng đồng tới «100% địa phương", "phát triển tổ công nghệ số cộng đồng tới địa phương (tới cấp thôn, bản, tổ dân "
      "phố)", ">=", 100, kind="target", year=None, iid="aware.community_digital_teams_share"),
    R("đã có «100% bộ, ngành, địa phương", "bộ, ngành, địa phương kiện toàn, thành lập Ban chỉ đạo về chuyển đổi số", "=",
      100, iid="aware.dx_steering_committees_share"),
    R("chuyển đổi số; «100% bộ, ngành đã", "bộ, ngành đã ban hành Kế hoạch/Đề án về chuyển đổi số", "=", 100,
      iid="aware.agencies_dx_plan_share"),
    R("chuyển đổi số; «62/63", "địa phương đã ban hành Kế hoạch/Đề án chuyển đổi số", "=", 62, **CNT),
    R("đã có «49/63", "địa phương đã triển khai xây dựng mô hình tổ công nghệ số cộng đồng", "=", 49, **CNT),
    R("đã có «42.469 tổ", "tổ công nghệ số cộng đồng được thành lập", "=", 42469, **CNT,
      iid="aware.community_digital_teams_count"),
    R("với hơn «208 nghìn", "người tham gia ở cấp xã, thôn, phố", ">", 208000, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 03 Cái Rồng market (Vân Đồn district, Quảng Ninh), "Chợ 4.0" (vietnamnet.vn,
# no date shown): a precision check. One quantity: "trên 350 hộ sử dụng thanh
# toán không tiền mặt" (>, count), year 2023 (its paragraph opens "Giữa năm
# 2023, ... triển khai"; "Đến nay" names no later year; a judgement). "trên
# tổng số 364 hộ kinh doanh tại chợ" is the denominator of that count → no
# record. Not quantities: "hơn 20 năm" (a trader's years in business), "3 mã
# quét QR của 3 tài khoản" (one trader's own codes, no indicator), "Chợ 4.0"
# (a name), "2022", "2023", the document numbers "5517/UBND-XD6",
# "3004/UBND-NC" and their dates "24/10/2022", "26/10/2023".
# --------------------------------------------------------------------------
D03 = dict(name="03_vandon-cho-40-cai-rong-precision", kind="result", year=2023, records=[
    R("đã có trên «350 hộ", "hộ sử dụng thanh toán không tiền mặt qua internet banking hoặc mã QR thanh toán do các "
      "ngân hàng cung cấp", ">", 350, **CNT),
])

# --------------------------------------------------------------------------
# 04 Personal digital signatures nationwide (baoangiang.com.vn, byline
# 13/08/2024 cut → date 2024-08). "giai đoạn 2022 - 2024 đã tăng từ 3% lên
# 13,5%": two levels, each a result of its own year (3% of 2022, 13,5% of
# 2024; the levels are stated, the change itself is not a number here; as
# set47's "từ vị trí thứ 13 năm 2024 lên Top 5"), id
# society.adult_digital_signature_share. The title's "tăng hơn 4 lần" is a
# change → no record. Licensed CA firms "25 doanh nghiệp", of which "10
# doanh nghiệp" remote signing: counts (=, "đến nay" → 2024). "hơn 10,1 triệu
# chứng thư số" (>, 2024, "Tính đến tháng 7/2024"): no id
# (egov.digital_certificates_issued_count is the government's specialised
# certificates). "tăng hơn 1,5 triệu so với cuối năm ngoái": a change → no
# record. Pillar null: the subheading "Phổ cập chữ ký số để phục vụ phát
# triển kinh tế số, xã hội số" names two pillars (a judgement). Not
# quantities: "4 năm" (a duration), "2022 - 2024" (a period).
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-chu-ky-so-2024", kind="result", year=2024, records=[
    R("đã tăng từ «3% lên", "Tỷ lệ dân số trưởng thành của Việt Nam có chữ ký số, chữ ký điện tử", "=", 3, year=2022,
      iid="society.adult_digital_signature_share"),
    R("lên «13,5%", "Tỷ lệ dân số trưởng thành của Việt Nam có chữ ký số, chữ ký điện tử", "=", 13.5,
      iid="society.adult_digital_signature_share"),
    R("cấp phép cho «25 doanh nghiệp", "doanh nghiệp cung cấp dịch vụ chứng thực chữ ký số (CA) công cộng", "=", 25,
      **CNT),
    R("trong đó có «10 doanh nghiệp", "doanh nghiệp cung cấp giải pháp ký số từ xa", "=", 10, **CNT),
    R("đã cấp hơn «10,1 triệu", "chứng thư số cho người dân và doanh nghiệp các CA công cộng đã cấp", ">", 10.1e6,
      **CNT),
])

# --------------------------------------------------------------------------
# 05 Community digital technology teams, a national feature (ictvietnam.vn,
# byline 14/09/2023 cut → date 2023-09): a precision check. One quantity:
# "63/63 tỉnh, thành phố đã thành lập các Tổ Công nghệ số cộng đồng" (=,
# count 63, 2023; no id: a count of provinces). Not quantities: "hơn 1 năm"
# (a duration), "3 trụ cột" (the parts of the programme), the decisions
# "749/QĐ- TTg", "411/QĐ- TTg" and their dates "3/6/2020", "31/3/2022", the
# text "793/BTTTT-THH" of "5/3/2022", the years "2025", "2030" in the names
# of the programme and strategy.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-to-cnscd-2023-precision", kind="result", year=2023, records=[
    R("triển khai, «63/63", "tỉnh, thành phố đã thành lập các Tổ Công nghệ số cộng đồng (CNSCĐ)", "=", 63, **CNT),
])

# --------------------------------------------------------------------------
# 06 National results of the first half of 2023 on mobile applications
# (dientuungdung.vn, the crawler's stamp 2025-01 kept as `date 2025-01`; the
# text names its own period "6 tháng đầu năm 2023" → results of 2023, also
# for the paragraphs that name no year; a judgement on the stamp, which is
# the page's date, not the document's). "tỷ trọng kinh tế số trong GDP đạt
# khoảng 14,96%" (~, econ.digital_economy_gdp_share). "tăng trưởng 21% so
# với cùng kỳ năm 2022", "tăng gần 16% so với cùng kỳ năm 2022": changes
# (NOT). "chi phí chỉ bằng khoảng 10 - 20% so với giải pháp của nước ngoài":
# a cost compared with another product's, not an indicator's value (NOT; a
# judgement). "khai thác được 18/145 cảng biển" (=, count 18; 145 the
# denominator). Pillar: "Trong lĩnh vực viễn thông và di động," is a lead-in
# naming viễn thông (a topic of hạ tầng số, spec) → digital_infrastructure
# for its paragraph: "vượt mốc 500 triệu" (>, count) and "khoảng 64
# giờ/tháng" (~, unit other "giờ/tháng"); the next paragraph ("Cùng với
# đó, ... khoảng 60 nền tảng/ứng dụng", ~, count) names none → null.
# Not quantities: "6 tháng" (periods), "Make in Viet Nam".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-ung-dung-di-dong-6-thang-2023", kind="result", year=2023, records=[
    R("GDP đạt khoảng «14,96%", "tỷ trọng kinh tế số trong GDP", "~", 14.96, iid="econ.digital_economy_gdp_share"),
    R("khai thác được «18/145", "cảng biển trên phạm vi toàn quốc Bộ Giao thông Vận tải khai thác CĐS cảng biển", "=", 18,
      **CNT),
    R("vượt mốc «500 triệu", "số lượng người dùng hàng tháng của các ứng dụng di động Việt Nam", ">", 500e6, **CNT,
      pillar=INFRA),
    R("dành khoảng «64 giờ/tháng", "mỗi người dùng dành để sử dụng các ứng dụng di động của Việt Nam", "~", 64, **GIO,
      pillar=INFRA),
    R("thị trường khoảng «60 nền tảng", "nền tảng/ứng dụng di động các đơn vị, doanh nghiệp, nhà mạng đã cung cấp ra thị "
      "trường", "~", 60, **CNT),
], NOT=["tăng trưởng «21%", "khoảng «10 - 20%", "tăng gần «16%"])

# --------------------------------------------------------------------------
# 07 GSMA's digital society index and platform use (ictvietnam.vn, the line
# "Make in Vietnam - Ngày đăng : 18:14, 26/09/2022" cut → date 2022-09;
# results of 2022). The title's "gần 10 giờ/tháng" (~, unit other
# "giờ/tháng"). "Việt Nam xếp thứ 7 ... về xã hội số", "xếp thứ 5 điểm số
# về trụ cột thương mại số", "xếp thứ 7 điểm số về phong cách sống số":
# ranks (=), the region and the pillar of the index in the wording; no id
# (GSMA's index is not in the catalogue). Pillar null (no heading names one;
# the subheading "Mức độ sử dụng công nghệ số ..." names none).
# Not quantities: "411/QĐ-TTg", "31/3/2022", "2025", "2030", "tháng 8/2022".
# --------------------------------------------------------------------------
D07 = dict(name="07_gsma-xa-hoi-so-nen-tang-so-2022", kind="result", year=2022, records=[
    R("dành gần «10 giờ/tháng", "Người dùng smartphone dành sử dụng các nền tảng số Việt Nam", "~", 10, **GIO),
    R("Việt Nam xếp thứ «7 trong", "Việt Nam xếp thứ trong các quốc gia thuộc khu vực châu Á - Thái Bình Dương về xã hội "
      "số", "=", 7, **RANK),
    R("xếp thứ «5 điểm số", "xếp thứ điểm số về trụ cột thương mại số (digital commerce)", "=", 5, **RANK),
    R("xếp thứ «7 điểm số", "xếp thứ điểm số về phong cách sống số (digital lifestyle)", "=", 7, **RANK),
])

# --------------------------------------------------------------------------
# 08 Smartphones and digital services in Ho Chi Minh City (sggp.org.vn, the
# crawler's stamp 2026-02-18 → date 2026-02): a precision check of 2026. One
# quantity: "số người dùng smartphone tính đến đầu năm 2025 là gần 80 triệu
# người" (~, count 80e6, year 2025 from the sentence; no id: a count of
# users, the catalogue's smartphone indicators are shares). Not quantities:
# "khoảng 30 phút", "hơn 2 tiếng", "vài giây" (one traveller's times), "VNeID
# định danh mức 2" (a level's name).
# --------------------------------------------------------------------------
D08 = dict(name="08_tphcm-dien-thoai-thong-minh-2026-precision", kind="result", year=2026, records=[
    R("là gần «80 triệu người", "số người dùng smartphone", "~", 80e6, **CNT, year=2025),
])

# --------------------------------------------------------------------------
# 09 Đồng Nai's place in the e-commerce index EBI 2023 (baodongnai.com.vn,
# the line "09:04, 23/04/2023" cut → date 2023-04; "EBI ... năm 2023" →
# 2023). The title and the lead both state "xếp thứ 6 cả nước": two rank
# records (=). "với 25,9 điểm": the index value, unit other "điểm". Other
# provinces' values (TP.HCM 89,2, Hà Nội 85,7, Đà Nẵng 39,5) with `place`;
# "thứ hai", "thứ ba" in words → no rank record. "khoảng cách ... lên tới
# 46,2 điểm": a difference against another value → no record. "Điểm trung
# bình ... 19,24 điểm" (2023) and "20,37 điểm của năm 2022" (a value stated
# for its own year, not a change; year 2022). "tụt 1 bậc" is a change.
# No id (EBI is not in the catalogue). Pillar null.
# Not quantities: "năm 2020", "3 chỉ số thành phần" (the index's parts).
# --------------------------------------------------------------------------
D09 = dict(name="09_dongnai-ebi-2023", kind="result", year=2023, records=[
    R("Nai xếp thứ «6 cả nước về", "Đồng Nai xếp thứ cả nước về chỉ số thương mại điện tử", "=", 6, **RANK),
    R("Nai xếp thứ «6 cả nước (tụt", "chỉ số EBI của Đồng Nai xếp thứ cả nước", "=", 6, **RANK),
    R("với «25,9 điểm", "chỉ số EBI của Đồng Nai", "=", 25.9, **DIEM),
    R("chỉ số EBI với «89,2 điểm", "TP.HCM tiếp tục dẫn đầu cả nước về xếp hạng chỉ số EBI", "=", 89.2, **DIEM,
      place="TP.HCM"),
    R("Hà Nội với «85,7 điểm", "thứ hai là Hà Nội chỉ số EBI", "=", 85.7, **DIEM, place="Hà Nội"),
    R("Đà Nẵng với «39,5 điểm", "Đứng thứ ba là Đà Nẵng chỉ số EBI", "=", 39.5, **DIEM, place="Đà Nẵng"),
    R("năm nay là «19,24 điểm", "Điểm trung bình của chỉ số", "=", 19.24, **DIEM),
    R("so với «20,37 điểm", "Điểm trung bình của chỉ số của năm 2022", "=", 20.37, **DIEM, year=2022),
])

# --------------------------------------------------------------------------
# 10 The National Committee's review of 2024, from Quảng Ngãi's bridge point
# (baomoi.net.vn, no date shown; "năm 2024" → 2024). "vị trí thứ 71/193
# quốc gia trong bảng xếp hạng Chính phủ điện tử của Liên Hợp Quốc" stated
# twice (two records, =, rank.un_egdi); "tăng 15 bậc so với (năm) 2022" is a
# change. "Về kinh tế số, tỷ trọng kinh tế số năm 2024 ước đạt 18,3%": a
# lead-in naming the pillar → digital_economy; "ước đạt" in a result → =;
# econ.digital_economy_gdp_share. Not quantities: "6/2" (a date), "Phiên họp
# lần thứ 10" (an ordinal), "Đề án 06" (a name), "năm 2025".
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-tong-ket-2024-diem-cau-quangngai", kind="result", year=2024, records=[
    R("chuyển đổi số, năm 2024, Việt Nam vươn lên vị trí thứ «71", "Việt Nam vươn lên vị trí thứ quốc gia trong bảng "
      "xếp hạng Chính phủ điện tử của Liên Hợp quốc", "=", 71, **RANK, iid="rank.un_egdi"),
    R("CĐS Quốc gia, năm 2024, Việt Nam vươn lên vị trí thứ «71", "Việt Nam vươn lên vị trí thứ quốc gia trong bảng "
      "xếp hạng Chính phủ điện tử của Liên Hợp Quốc", "=", 71, **RANK, iid="rank.un_egdi"),
    R("ước đạt «18,3%", "tỷ trọng kinh tế số năm 2024", "=", 18.3, pillar=ECO, iid="econ.digital_economy_gdp_share"),
])

# --------------------------------------------------------------------------
# 11 The draft national strategy for the digital economy and society
# (vietnamfdi.vn, no date shown): targets for 2025 ("mục tiêu đến năm
# 2025"), a target's bare "đạt X" → >=, "trên" → >. The title's "tỉ trọng
# kinh tế số đạt 20% GDP" is a record like the body's (both
# econ.digital_economy_gdp_share); "tỉ trọng kinh tế số trong từng ngành,
# lĩnh vực đạt trên 10%" (econ.digital_economy_sector_share). "9 nhóm mục
# tiêu" is a count of target groups → no record. Pillars from the numbered
# headings: "1) Phát triển hạ tầng số:" → digital_infrastructure (fibre to
# "100% hộ gia đình, trường học, bệnh viện": one value for three kinds of
# place, no id; "tỉ lệ dân số có điện thoại thông minh đạt 100%": no id, the
# catalogue's share is of the adult population); "2) Phát triển dữ liệu
# số:" → digital_data ("Cơ sở dữ liệu quốc gia về người dân, doanh nghiệp,
# đất đai đạt 100%": data.national_databases_completed_share, a judgement;
# "tỉ lệ dữ liệu số trong từng ngành, lĩnh vực đạt 50%": no id); "3) Phát
# triển danh tính số:" and "4) Phát triển thanh toán số:" name topics the
# spec maps to no pillar → null (a judgement): "Tỉ lệ dân số có danh tính
# số đạt 70%" (society.eid_users_share, a judgement), "100 lượt sử dụng mỗi
# năm" (unit other), "Tỉ lệ dân số có tài khoản thanh toán điện tử đạt 80%"
# (no id: the catalogue's share is of adults). The paragraph before the
# headings names both kinh tế số (its 20% and 10%) and the strategy → null.
# Not quantities: the heading numbers "1)" ... "4)", "2030".
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-du-thao-chien-luoc-kts-xhs", kind="target", year=2025, records=[
    R("Phấn đấu đến năm 2025, tỉ trọng kinh tế số đạt «20% GDP", "tỉ trọng kinh tế số GDP", ">=", 20,
      iid="econ.digital_economy_gdp_share"),
    R("nêu rõ, mục tiêu đến năm 2025, tỉ trọng kinh tế số đạt «20% GDP", "tỉ trọng kinh tế số GDP", ">=", 20,
      iid="econ.digital_economy_gdp_share"),
    R("đạt trên «10%", "tỉ trọng kinh tế số trong từng ngành, lĩnh vực", ">", 10,
      iid="econ.digital_economy_sector_share"),
    R("phủ tới «100% hộ gia đình", "Hạ tầng mạng băng rộng cáp quang phủ tới hộ gia đình, trường học, bệnh viện", ">=",
      100, pillar=INFRA),
    R("điện thoại thông minh đạt «100%", "tỉ lệ dân số có điện thoại thông minh", ">=", 100, pillar=INFRA),
    R("đất đai đạt «100%", "Cơ sở dữ liệu quốc gia về người dân, doanh nghiệp, đất đai", ">=", 100, pillar=DATA,
      iid="data.national_databases_completed_share"),
    R("lĩnh vực đạt «50%", "tỉ lệ dữ liệu số trong từng ngành, lĩnh vực", ">=", 50, pillar=DATA),
    R("danh tính số đạt «70%", "Tỉ lệ dân số có danh tính số", ">=", 70, iid="society.eid_users_share"),
    R("phát sinh «100 lượt", "mỗi danh tính số trung bình phát sinh lượt sử dụng mỗi năm", ">=", 100, unit="other",
      unit_text="lượt sử dụng mỗi năm"),
    R("điện tử đạt «80%", "Tỉ lệ dân số có tài khoản thanh toán điện tử", ">=", 80),
])

# --------------------------------------------------------------------------
# 12 The e-commerce index EBI 2023 nationwide (doanhnghiephoinhap.vn, no
# date shown; "chỉ số thương mại điện tử Việt Nam 2023", "năm nay" → 2023).
# Values "89,2 điểm" (Thành phố Hồ Chí Minh), "85,7 điểm" (Hà Nội), "39,5
# điểm" (Đà Nẵng), "lần lượt là 10,6 và 10,2 điểm" (Đắk Nông, Kon Tum): unit
# other "điểm", each with `place`; places "Đứng thứ hai", "thứ ba", "vị trí
# cuối bảng" in words → no rank record. "Điểm trung bình ... 19,24 điểm"
# (2023). No id. Pillar null. Not quantities: "ba chỉ số thành phần" (words).
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-ebi-2023", kind="result", year=2023, records=[
    R("2023 với «89,2 điểm", "Thành phố Hồ Chí Minh tiếp tục dẫn đầu xếp hạng chỉ số thương mại điện tử Việt Nam 2023",
      "=", 89.2, **DIEM, place="Thành phố Hồ Chí Minh"),
    R("Hà Nội với «85,7 điểm", "Đứng thứ hai là Hà Nội chỉ số thương mại điện tử", "=", 85.7, **DIEM, place="Hà Nội"),
    R("Đà Nẵng với «39,5 điểm", "Đứng thứ ba là Đà Nẵng chỉ số thương mại điện tử", "=", 39.5, **DIEM,
      place="Đà Nẵng"),
    R("lần lượt là «10,6", "Đắk Nông ở vị trí cuối bảng xếp hạng chỉ số thương mại điện tử", "=", 10.6, **DIEM,
      place="Đắk Nông"),
    R("và «10,2 điểm", "Kon Tum ở vị trí cuối bảng xếp hạng chỉ số thương mại điện tử", "=", 10.2, **DIEM,
      place="Kon Tum"),
    R("năm nay là «19,24 điểm", "điểm trung bình của chỉ số thương mại điện tử Việt Nam", "=", 19.24, **DIEM),
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
