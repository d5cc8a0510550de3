#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set165).

Copied from set163's builder (itself from set161's, set159's, set157's, set155's, set153's,
set151's, set149's, set147's, set69's, set47's, ... and the seeds'). Each record is written by hand
below; its anchor is never typed in. A record names a locator: a piece of the text with « just
before the number. The locator (without «) must occur exactly once in the text; the anchor is where
« stands. `start`/`end` (the clause that states the quantity) are computed as in the seeds' builder
(`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a change
against an earlier value, farm or business figures that are not digital-transformation results);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (291
entries; see README). As in set10-set163, the id is given in the record itself (`iid=`).

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


DONG = dict(unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 Long Đống commune (Bắc Sơn district, Lạng Sơn), a commune chosen in 7/2021 as the
# district's pilot for the digital economy (tinbong247.org, a news aggregator's copy; cut:
# the photo caption "Trưởng thôn An Ninh 1, xã Long Đống (bên trái) hướng dẫn người dân
# giao dịch trên sàn TMĐT voso.vn"; no byline; the excerpt ends in "nhận thức của người dân
# về c"). Year 2021 ("tháng 7/2021, xã Long Đống được ... lựa chọn", the work "Ngay sau
# đó"). Pillar digital_economy: the page title "Long Đống: Cơ sở điển hình hưởng ứng kinh
# tế số" names one pillar and heads the page (set69's rule, as set163's 01 and 05). Two
# results: "100% lực lượng nòng cốt đều thuần thục kỹ năng trên sàn thương mại điện tử"
# (the commune's core force trained by ViettelPost; id null: not the catalogue's
# civil-servant or population skills share) and "tần suất 7 lượt/tuần" of the commune
# radio's broadcasts on the digital economy (unit other "lượt/tuần"; id null). Not
# quantities: "7/2021" (a date), "COVID-19" (a name), "An Ninh 1" (in the cut caption).
# --------------------------------------------------------------------------
D01 = dict(name="01_langson-longdong-xa-kinh-te-so-2021", kind="result", year=2021, records=[
    R("Nhờ đó, «100% lực lượng", "lực lượng nòng cốt đều thuần thục kỹ năng trên sàn thương mại điện tử (TMĐT)",
      "=", 100, pillar=ECO),
    R("tần suất «7 lượt/tuần", "tuyên truyền phát triển kinh tế số trên hệ thống truyền thanh cơ sở với tần suất",
      "=", 7, unit="other", unit_text="lượt/tuần", pillar=ECO),
])

# --------------------------------------------------------------------------
# 02 Lạng Sơn, the Vice Chairman's figures of the province's agricultural digital-economy
# drive (nguoitieudung.org.vn; cut: the image line "![]() |" and the photo caption "Đưa sản
# phẩm lên sàn thương mại điện tử sẽ tạo dựng một kênh tiêu thụ an toàn, hiệu quả cho nông
# sản tỉnh Lạng Sơn |"; no byline or date line; the excerpt ends in "hạn chế chu"). Year
# null on every record: the excerpt dates neither the target nor the results (its years,
# 2020, 2025 and 2030, are the date and the horizon of Quyết định 749/QĐ-TTg, which names
# the national programme; the spec's "null when nothing in the text says"). Pillar null:
# "triển khai phát triển kinh tế số nông nghiệp nông thôn ..., với chỉ tiêu ..." names
# the digital economy inside the sentence's own subject, not as a lead-in to a list (as
# set163's 03 read "Việc phát triển chính quyền số ..."). The target "chỉ tiêu phát triển
# 50% hộ gia đình có cửa hàng số và tài khoản thanh toán điện tử" (a bare number in a
# target: ">="; id null: econ.households_digital_store_share counts stores only, this
# joins stores and payment accounts). Results: "30.626 cửa hàng số cho hộ gia đình"
# (econ.farm_households_ecommerce_count: households with a store on the platforms, the
# drive being the agricultural one; a judgement), "14.513 tài khoản thanh toán điện tử"
# (society.payment_accounts_count), "4.300 mặt hàng đưa lên cửa hàng số" (econ.
# ecommerce_products_count). Not quantities: "tăng gấp 30 lần so với thời điểm trước Lễ
# ra quân" (a change against an earlier value), "749/QĐ-TTg", "03/6/2020", "1263/UBND-
# KGVX" (document numbers and dates), "2025", "2030" (the programme's name).
# --------------------------------------------------------------------------
D02 = dict(name="02_langson-cua-hang-so-nong-san", kind="result", year=None, records=[
    R("chỉ tiêu phát triển «50% hộ gia đình", "hộ gia đình có cửa hàng số và tài khoản thanh toán điện tử",
      ">=", 50, **T),
    R("phát triển được «30.626 cửa hàng số", "cửa hàng số cho hộ gia đình phát triển được", "=", 30626, **CNT,
      iid="econ.farm_households_ecommerce_count"),
    R("và «14.513 tài khoản", "tài khoản thanh toán điện tử", "=", 14513, **CNT,
      iid="society.payment_accounts_count"),
    R("có «4.300 mặt hàng", "mặt hàng đưa lên cửa hàng số bán trên sàn thương mại điện tử", "=", 4300, **CNT,
      iid="econ.ecommerce_products_count"),
])

# --------------------------------------------------------------------------
# 03 Quảng Nam, the province's plan for digital transformation and cashless payments in
# schools and hospitals (vietnamnet.vn; cut: the photo caption "Thanh toán không dùng tiền
# mặt ngày càng phổ biến tại các trường học. (Ảnh: Du Lam)" with its blank line; no byline;
# the excerpt ends in "qua website (Chuyển k"). Targets of 2023 ("đến hết năm 2023"; the
# schools' readiness "tối thiểu 3 trong 4 phương thức" names no year and takes the
# document's, 2023). Pillar null (no heading; "Mục tiêu chung" names none). "trên 50%
# trường học, cơ sở giáo dục và 50% bệnh viện, cơ sở y tế ... sử dụng các phương thức
# thanh toán không dùng tiền mặt": two records, each with its own subject, scope null (a
# breakdown by kind of institution, not by level); the first ">" ("trên"), the second as
# written, a bare number in a target (">="; a judgement: "trên" is not repeated before
# it); ids society.cashless_school_fees_share and society.cashless_hospital_fees_share.
# "Số lượng các giao dịch thanh toán không dùng tiền mặt trong các trường học, ... bệnh
# viện tuyến tỉnh ... đạt trên 50%" (">", id null: econ.cashless_transactions_share is
# the economy's, this is schools' and hospitals'). "tối thiểu 3 trong 4 phương thức"
# (count ">=" 3: the payment methods a school must be ready for, the 4 their total; id
# null). Not quantities: none else.
# --------------------------------------------------------------------------
D03 = dict(name="03_quangnam-ttkdtm-truong-hoc-benh-vien-2023", kind="target", year=2023, records=[
    R("trên «50% trường học", "trường học, cơ sở giáo dục trên địa bàn tỉnh sử dụng các phương thức thanh toán không dùng tiền mặt",
      ">", 50, iid="society.cashless_school_fees_share"),
    R("và «50% bệnh viện", "bệnh viện, cơ sở y tế trên địa bàn tỉnh sử dụng các phương thức thanh toán không dùng tiền mặt",
      ">=", 50, iid="society.cashless_hospital_fees_share"),
    R("đạt trên «50%.", "Số lượng các giao dịch thanh toán không dùng tiền mặt trong các trường học, cơ sở giáo dục, trong các bệnh viện tuyến tỉnh",
      ">", 50),
    R("tối thiểu «3 trong 4", "phương thức thanh toán không dùng tiền mặt trường học, cơ sở giáo dục sẵn sàng phương tiện phục vụ",
      ">=", 3, **CNT),
])

# --------------------------------------------------------------------------
# 04 Đà Nẵng, the city's plan 136/KH-UBND for digital transformation and cashless payments
# in schools and hospitals (infonet.vietnamnet.vn; cut: the photo caption "Mục tiêu trong
# năm 2022, 100% trường học, ... (Ảnh minh họa) |"; no byline; the excerpt ends in "sử
# dụng nền t"). Targets of 2022 (the lead and the plan's "mục tiêu trong năm 2022") and
# of 2025 ("Mục tiêu đến năm 2025"). Pillar null. Every "100% trường học, cơ sở giáo dục
# và 100% bệnh viện, cơ sở y tế" gives two records, each with its own subject, scope null
# (a breakdown by kind of institution); the lead's pair and the plan's pair are the same
# targets stated twice and each statement gets its records (numbers at different places).
# Ids: schools' and hospitals' cashless fees (society.cashless_school_fees_share,
# society.cashless_hospital_fees_share); "50% trường học ... và 50% bệnh viện ... sử dụng
# nền tảng số để chuyển đổi số" (society.schools_digital_platforms_share,
# society.health_facilities_digital_platforms_share); the shares of cashless transactions
# ("đạt 25%" in schools, "đạt 30%" in hospitals, "đạt 75%" in both by 2025, one record for
# the one value) are null. The last pair, "100% trường học, cơ sở giáo dục và 100% bệnh
# viện, cơ sở y tế trên địa bàn sử dụng nền t", is cut by the excerpt inside its predicate:
# the subjects are whole, so both get records (unlike set163's "12.696 giao", whose
# counted noun was cut), worded as far as the text goes; ids null (what they use is cut).
# Not quantities: "136/KH-UBND" (a document number).
# --------------------------------------------------------------------------
D04 = dict(name="04_danang-ttkdtm-truong-hoc-benh-vien-2022", kind="target", year=2022, records=[
    R("là «100% trường học", "trường học, cơ sở giáo dục trên địa bàn sử dụng các phương thức thanh toán không dùng tiền mặt để thanh toán học phí",
      ">=", 100, iid="society.cashless_school_fees_share"),
    R("và «100% bệnh viện, cơ sở y tế trên địa bàn sử dụng các phương thức",
      "bệnh viện, cơ sở y tế trên địa bàn sử dụng các phương thức thanh toán không dùng tiền mặt để thanh toán viện phí",
      ">=", 100, iid="society.cashless_hospital_fees_share"),
    R("năm 2022, «100% trường học", "trường học, cơ sở giáo dục trên địa bàn TP Đà Nẵng sử dụng các phương thức thanh toán không dùng tiền mặt để thanh toán học phí",
      ">=", 100, iid="society.cashless_school_fees_share"),
    R("và «100% bệnh viện, cơ sở y tế trên địa bàn TP",
      "bệnh viện, cơ sở y tế trên địa bàn TP Đà Nẵng sử dụng các phương thức thanh toán không dùng tiền mặt để thanh toán viện phí",
      ">=", 100, iid="society.cashless_hospital_fees_share"),
    R("giáo dục đạt «25%", "Số lượng và giá trị giao dịch thanh toán không dùng tiền mặt trong các trường học, cơ sở giáo dục",
      ">=", 25),
    R("địa bàn đạt «30%", "Số lượng và giá trị giao dịch thanh toán không dùng tiền mặt trong các bệnh viện, cơ sở y tế trên địa bàn",
      ">=", 30),
    R("30%; «50% trường học", "trường học, cơ sở giáo dục trên địa bàn sử dụng nền tảng số để chuyển đổi số trong quản lý, điều hành và cung cấp dịch vụ",
      ">=", 50, iid="society.schools_digital_platforms_share"),
    R("và «50% bệnh viện", "bệnh viện, cơ sở y tế trên địa bàn sử dụng nền tảng số để chuyển đổi số trong quản lý, điều hành và cung cấp dịch vụ",
      ">=", 50, iid="society.health_facilities_digital_platforms_share"),
    R("đạt «75%", "số lượng và giá trị giao dịch thanh toán không dùng tiền mặt trong các trường học, cơ sở giáo dục và trong các bệnh viện, cơ sở y tế trên địa bàn",
      ">=", 75, year=2025),
    R("75%; «100% trường học", "trường học, cơ sở giáo dục trên địa bàn sử dụng nền t", ">=", 100, year=2025),
    R("và «100% bệnh viện, cơ sở y tế trên địa bàn sử dụng nền", "bệnh viện, cơ sở y tế trên địa bàn sử dụng nền t",
      ">=", 100, year=2025),
])

# --------------------------------------------------------------------------
# 05 Hậu Giang, building the digital society (baohaugiang.com.vn; the byline "07/06/2024 |
# 09:23 GMT+7" is cut and written as the first line "date 2024-06-07", with its blank line;
# the excerpt ends in "chương trình chu"). Results of 2024 (the byline's year; the figures
# are the page's present). Pillar digital_infrastructure on all three: the sub-heading
# "Đầu tư hạ tầng, phát triển dịch vụ số" stands right above them and names the
# infrastructure ("hạ tầng"; "dịch vụ số" names no pillar), and the first sentence opens
# with the lead-in "Về hạ tầng kết nối"; the page title "Xây dựng xã hội số, thu hẹp
# khoảng cách số" (digital_society) is the farther heading (a judgement: the nearest
# heading decides). "mạng thông tin di động đã được đầu tư phát triển tại 100% xã,
# phường, thị trấn" (infra.mobile_commune_coverage_share), "tỷ lệ dân số trưởng thành có
# điện thoại thông minh đạt 80%" (society.adult_smartphone_share), "tỷ lệ hộ gia đình có
# đường internet cáp quang băng rộng đạt trên 76%" (">", infra.fibre_household_coverage_
# share, as set15x's "hộ gia đình sử dụng internet cáp quang băng rộng"). Not quantities:
# "3 trụ cột" (the pillars of the programme), "mỗi hộ hầu như đều có 1 chiếc điện thoại
# thông minh" (a villager's description of Long Mỹ, "hầu như", not a measured value; a
# judgement), "ấp 10" (a name), "Khoảng 2-3 năm nay" (a duration), "2G" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_haugiang-xa-hoi-so-2024", kind="result", year=2024, records=[
    R("tại «100% xã", "xã, phường, thị trấn có mạng thông tin di động được đầu tư phát triển", "=", 100,
      pillar=INFRA, iid="infra.mobile_commune_coverage_share"),
    R("thông minh đạt «80%", "tỷ lệ dân số trưởng thành có điện thoại thông minh", "=", 80, pillar=INFRA,
      iid="society.adult_smartphone_share"),
    R("đạt trên «76%", "tỷ lệ hộ gia đình có đường internet cáp quang băng rộng", ">", 76, pillar=INFRA,
      iid="infra.fibre_household_coverage_share"),
], NOT=[])

# --------------------------------------------------------------------------
# 06 Hậu Giang, the provincial Women's Union's digital transformation
# (phunuvietnam.vn; cut: the site's contact line "pnvnonline@phunuvietnam.vn" and the
# photo caption "Hướng dẫn hội viên phụ nữ cài đặt phần mềm thanh toán không dùng tiền
# mặt - Ảnh: Ngọc Tiếm"; no byline or date line; the excerpt ends in "các cấp hội LHPN
# trong"). Pillar null. Two results: "ngay từ những tháng cuối năm 2020, Hội LHPN tỉnh
# ... thành lập mô hình 'Quản lý Hội không giấy'. Theo đó, 100% cán bộ hội chuyên trách
# từ tỉnh đến huyện, xã đều được trang bị máy tính xách tay" (year 2020: "Theo đó" ties
# it to the model set up at the end of 2020; a judgement), "Hiện, 100% các cuộc hội nghị
# trong nội bộ hội đều không còn sử dụng văn bản giấy" (year null: "Hiện" is the page's
# present and the excerpt shows no date). One value for all levels ("từ tỉnh đến huyện,
# xã") is no split: scope null. Ids null (a mass organisation's own equipment and
# meetings).
# --------------------------------------------------------------------------
D06 = dict(name="06_haugiang-hoi-phu-nu-chuyen-doi-so", kind="result", year=None, records=[
    R("Theo đó, «100% cán bộ", "cán bộ hội chuyên trách từ tỉnh đến huyện, xã đều được trang bị máy tính xách tay",
      "=", 100, year=2020),
    R("Hiện, «100% các cuộc", "các cuộc hội nghị trong nội bộ hội đều không còn sử dụng văn bản giấy", "=", 100),
])

# --------------------------------------------------------------------------
# 07 Hà Tĩnh, Hương Khê district: the "Chi hội số Ngọc Bội" (Hương Trạch commune) selling
# pomelos online (thoisutoancanh.com; cut: the photo caption "Ông Phan Xuân Hiến - Chi hội
# trưởng Chi hội số Ngọc Bội quảng bá sản phẩm bưởi trên nền tảng số để tăng sức tiêu
# thụ." with its blank line; no byline; the excerpt ends in "trên các s"). Year 2023 ("vụ
# bưởi năm 2023"; "năm nay" in the chief's words). Pillar null (the title "Công dân số -
# chủ nhân thời đại số" names no pillar). Two results: "22/26 hội viên đã biết chuyển đổi,
# quảng bá sản phẩm bưởi trên nền tảng số" (count 22, the 26 its total), "Tỷ lệ tiêu thụ
# trên kênh TMĐT của hội viên chiếm trên 70%" (">"). Ids null. Not quantities (farm
# output and income, not a target or result of digital transformation, as set15x read
# "hơn 18.000 tấn", "hơn 613 ha"): the crop's "tổng giá trị gần 600 tỷ đồng", "15,1 ha",
# "11,6 ha", "174 tấn", "khoảng 3,48 tỷ đồng", "128,9 triệu đồng/hộ"; "năm 2022" (a year).
# --------------------------------------------------------------------------
D07 = dict(name="07_hatinh-huongkhe-chi-hoi-so-2023", kind="result", year=2023, records=[
    R("năm nay có «22/26 hội viên", "hội viên đã biết chuyển đổi, quảng bá sản phẩm bưởi trên nền tảng số", "=", 22, **CNT),
    R("chiếm trên «70%", "Tỷ lệ tiêu thụ trên kênh TMĐT của hội viên", ">", 70),
])

# --------------------------------------------------------------------------
# 08 Ninh Thuận, digital transformation in building smart new countryside
# (vietnamnet.vn; cut: the image name "Ảnh màn hình 2024 09 08 lúc 21.49.24.png" and the
# photo caption "100% số xã ở Ninh Thuận đã ứng dụng công nghệ thông tin trong công tác
# quản lý, điều hành. " (a caption repeating the text's figure), with a blank line; no
# byline; the excerpt ends in "6 tháng đầu n"). Year 2024 (the Director's statement,
# "trong tháng 7/2024"). Pillar null. One result: "100% số xã ở Ninh Thuận hiện đã triển
# khai ứng dụng công nghệ thông tin trong công tác quản lý, điều hành" (id null). Not
# quantities: "2021 - 2025" (a period), "7/2024" (a date), "6 tháng đầu n" (a period cut
# by the excerpt).
# --------------------------------------------------------------------------
D08 = dict(name="08_ninhthuan-ntm-thong-minh-2024", kind="result", year=2024, records=[
    R("cho biết, «100% số xã", "số xã ở Ninh Thuận hiện đã triển khai ứng dụng công nghệ thông tin trong công tác quản lý, điều hành",
      "=", 100),
])

# --------------------------------------------------------------------------
# 09 Ninh Bình, OCOP producers on e-commerce platforms (kinhtedothi.vn; no cut; no
# byline; the excerpt ends in "rủi ro hoàn hàng, đổi"). Year 2025 (the company
# reactivated its accounts "đầu năm 2025"; the shares are its present). Pillar null.
# Two results of one company (Sapo, Khánh Nhạc commune): "sản lượng bán hàng qua kênh
# trực tuyến chỉ chiếm khoảng 15%" ("~"), "các loại thuế, phí sàn có thể chiếm đến 25%
# doanh thu" ("<=": "đến" is the ceiling, a judgement). Ids null. Not quantities: "năm
# 2019" (a year), "OCOP 4 sao" (a rating's name).
# --------------------------------------------------------------------------
D09 = dict(name="09_ninhbinh-ocop-nen-tang-so-2025", kind="result", year=2025, records=[
    R("chiếm khoảng «15%", "sản lượng bán hàng qua kênh trực tuyến", "~", 15),
    R("chiếm đến «25% doanh thu", "các loại thuế, phí sàn chiếm doanh thu", "<=", 25),
])

# --------------------------------------------------------------------------
# 10 Bình Dương, the youth union's 40-day campaign to activate electronic identification
# accounts (tienphong.vn; the crawler's stamp " date 2023-08" kept on the first line as
# returned, as set163's 06 and 07; no cut; the excerpt ends in "cài đặt, kích hoạt ").
# Year 2023 (the stamp). Pillar null. One result: "đến nay có 6 phường của thành phố sớm
# hoàn thành việc cài đặt, kích hoạt" (count; the excerpt cuts what was activated after
# the verb, but the counted noun, "phường", is whole; id null). Not quantities: "đợt cao
# điểm 40 ngày, đêm" (the campaign's length), "mức 2" (a level's name), "khu phố 12" (a
# name), "23h30" (a time of day), "hơn một tuần" (a duration in words).
# --------------------------------------------------------------------------
D10 = dict(name="10_binhduong-doan-vneid-2023", kind="result", year=2023, records=[
    R("đến nay có «6 phường", "phường của thành phố sớm hoàn thành việc cài đặt, kích hoạt", "=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 11 Nghệ An, shoppers paying by QR code at markets (baonghean.vn's print page; the
# page's title, byline and every photo caption are glued into one line with the text
# ("Kinh tếNgười dân ... đi chợThanh Phúc • 26/07/2024 09:15Chỉ cần ..."), so no whole
# line of furniture could be cut; the byline's date is written as the first line "date
# 2024-07-26" and the line is kept as returned; the excerpt ends in "Trước đây, m"). A
# precision text: it states no quantity. Not quantities: "2-3 mã QR" ("Có nhiều người có
# 2-3 mã QR của các ngân hàng khác nhau": how many codes some traders hold, a description,
# not an indicator's value; a judgement), "gần 1 năm nay" (a duration), "3.000, 5.000
# hay 10.000 đồng" (what a shopper pays), "chợ 4.0" (a name), "26/07/2024 09:15" (the
# byline).
# --------------------------------------------------------------------------
D11 = dict(name="11_nghean-cho-qr-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 12 Bến Tre, Đại Điền commune (Thạnh Phú district): the community digital technology
# team at work (mic.gov.vn; no cut; no byline; the excerpt ends in "trên cổng dị"). A
# precision text: no quantity. Not quantities: "tháng 11/2022" (a date), "dịch vụ công
# trực tuyến mức độ 3, 4" (the levels' names).
# --------------------------------------------------------------------------
D12 = dict(name="12_bentre-thanhphu-to-cnscd-2022-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
