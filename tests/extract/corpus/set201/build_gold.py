#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set201).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string; `line=True` keeps the clause
to its line, for the list items of 03).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's change against an earlier
value, completion against a plan, a quota or an estimate); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

This set's pages are socio-economic reports and statistics releases: most of their money, output
and growth figures are quantities of indicators outside the transformation (the spec counts every
value a plan sets or a report states as reached for an indicator; set117, set152 and later sets did
the same); their ids are null, the catalogue holding no GRDP, budget or retail indicator.

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
from goldkit import R, CNT, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
TAN = dict(unit="other", unit_text="tấn")
TB100 = dict(unit="other", unit_text="thuê bao/100 dân")  # the earlier sets' majority for "N thuê bao/100 dân"
PER100 = dict(unit="other", unit_text="/100 dân")  # "tỷ lệ 100/100 dân", the same rate without its noun
# one list item of 03 (a target of 2024, its clause kept to its line)
L = dict(line=True)

POSTAL_POINTS = "infra.postal_service_points_count"
BTS = "infra.bts_stations_count"
FIBRE_COMMUNES = "infra.fibre_commune_coverage_share"
FIBRE_VILLAGES = "infra.fibre_village_coverage_share"
MOBILE_SUBS = "infra.mobile_subscriptions_count"

# --------------------------------------------------------------------------
# 01 Thái Nguyên, post and telecommunications: mobile subscriptions at 100 per 100 people
# (baothainguyen.vn; cut: the byline "Kim Ngân"; no stamp, no byline date). Year 2020: the page's
# one dated comparison is "so với cùng kỳ năm 2019" (the same period of the year before; a
# judgement, as 07's "so với cùng kỳ năm 2023"). Results (=): the headline and its repeat above the
# photo caption "tỷ lệ 100/100 dân" (unit other "/100 dân": a rate per 100 people written without
# "%", as the earlier sets' majority writes "21,9 thuê bao/100 dân", unit_text "thuê bao/100 dân";
# a value restated in a title gets a record at each place, set184); "11 đơn vị cung ứng dịch vụ bưu
# chính với 225 điểm phục vụ", "128 điểm bưu điện văn hóa xã, 47 bưu cục" (counts, each its own
# subject); "(doanh thu đạt hơn 200 tỷ đồng)" (>, money); "1.600 điểm thu, phát sóng điện thoại di
# động"; "cáp quang được kéo đến 100% các xã, thị trấn; 94% xóm, bản ..." (two records: the second
# names its own subject, villages, not a split of one value by level; scope null); "1.198.108 thuê
# bao", "xấp xỉ 100 thuê bao/100 dân" (~, other "thuê bao/100 dân"), "894.666 thuê bao sử dụng dịch vụ truy nhập Internet
# (3G và 4G)", "trên 1.600 tỷ đồng" (>, money). NOT (changes): "tăng 23% so với cùng kỳ năm 2019",
# "tăng 50% so với năm 2015". Not quantities: "2G, 3G, 4G" and "(3G và 4G)" (names). Pillar null
# (the headline is a quantified statement, names no pillar; no heading). Ids: POSTAL_POINTS (225),
# BTS (1.600 points), FIBRE_COMMUNES, FIBRE_VILLAGES (villages served by fibre), MOBILE_SUBS; null
# for the providers, the cultural post offices and post offices, the revenues (the catalogue's ICT
# revenue is the IT and telecom industry's), the rates per 100 people (the catalogue has the mobile
# broadband rate, not all mobile subscriptions) and the mobile data subscriptions.
# --------------------------------------------------------------------------
D01 = dict(name="01_thainguyen-thue-bao-buu-chinh-vien-thong-2020", kind="result", year=2020, records=[
    R("tỷ lệ «100/100 dân\n", "Thuê bao điện thoại di động đạt tỷ lệ /100 dân", "=", 100, **PER100),
    R("tỷ lệ «100/100 dân Người", "Thuê bao điện thoại di động đạt tỷ lệ /100 dân", "=", 100, **PER100),
    R("hiện có «11 đơn vị", "đơn vị cung ứng dịch vụ bưu chính", "=", 11, **CNT),
    R("với «225 điểm", "điểm phục vụ bưu chính", "=", 225, **CNT, iid=POSTAL_POINTS),
    R("có «128 điểm", "điểm bưu điện văn hóa xã", "=", 128, **CNT),
    R("xã, «47 bưu cục", "bưu cục", "=", 47, **CNT),
    R("đạt hơn «200 tỷ đồng", "doanh thu của các doanh nghiệp cung ứng dịch vụ bưu chính", ">", 200e9, **DONG),
    R("hiện có «1.600 điểm", "điểm thu, phát sóng điện thoại di động", "=", 1600, **CNT, iid=BTS),
    R("đến «100% các xã", "Mạng lưới cáp quang được kéo đến các xã, thị trấn", "=", 100, iid=FIBRE_COMMUNES),
    R("thị trấn; «94% xóm", "xóm, bản được cung cấp dịch vụ truy cập Internet và truyền hình qua cáp quang", "=",
      94, iid=FIBRE_VILLAGES),
    R("là «1.198.108 thuê bao", "Tổng số thuê bao điện thoại di động trên địa bàn tỉnh", "=", 1198108, **CNT,
      iid=MOBILE_SUBS),
    R("xấp xỉ «100 thuê bao", "thuê bao điện thoại di động/100 dân", "~", 100, **TB100),
    R("có «894.666 thuê bao", "thuê bao sử dụng dịch vụ truy nhập Internet (3G và 4G)", "=", 894666, **CNT),
    R("đạt trên «1.600 tỷ", "Tổng doanh thu dịch vụ viễn thông", ">", 1.6e12, **DONG),
], NOT=["tăng «23% so", "tăng «50% so"])

# --------------------------------------------------------------------------
# 02 Ninh Thuận, short news of the province's statistics for the first nine months of 2022: retail,
# transport, post (baoninhthuan.com.vn; cut: the photo caption "Người tiêu dùng sử dụng nông sản
# việt chất lượng cao. Ảnh: Văn Nỷ" with the blank line after it; no stamp, no byline; the excerpt
# ends in "so với cùng kỳ. D"). Year 2022 ("9 tháng năm 2022"). Results (=): the retail total, the
# three revenues and the shares they hold of it ("chiếm 12,5%", "0,02%", "7,2%": shares of the
# total, quantities), the passengers carried (count) and the passenger-kilometres (other, "lượt
# khách.km"), the freight carried and moved (other, "tấn", as written), the postal items sent and
# delivered (counts, "ước thực hiện ... là": =) and the postal revenue ("ước đạt": =). NOT: every
# "tăng ..." and "giảm ..." percentage (changes against the same period of the year before, the
# brackets' "cùng kỳ năm trước giảm 22,7%" included: a change of the earlier year, no value).
# Not quantities: "9 tháng" (a period, four times), "2017-2022" (years), "COVID-19" (a name).
# Pillar null (the page's label "Tin vắn" names none). Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_ninhthuan-tin-van-9thang-2022", kind="result", year=2022, records=[
    R("đạt «23.905,9 tỷ đồng", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn tỉnh", "=",
      23905.9e9, **DONG),
    R("đạt «2.996,9 tỷ đồng", "Doanh thu dịch vụ lưu trú, ăn uống", "=", 2996.9e9, **DONG),
    R("chiếm «12,5%", "Doanh thu dịch vụ lưu trú, ăn uống chiếm", "=", 12.5),
    R("đạt «4,2 tỷ đồng", "Doanh thu du lịch lữ hành", "=", 4.2e9, **DONG),
    R("chiếm «0,02%", "Doanh thu du lịch lữ hành chiếm", "=", 0.02),
    R("đạt «1.716,4 tỷ đồng", "Doanh thu dịch vụ khác", "=", 1716.4e9, **DONG),
    R("chiếm «7,2%", "Doanh thu dịch vụ khác chiếm", "=", 7.2),
    R("đạt «6 triệu lượt", "vận tải hành khách lượt khách vận chuyển", "=", 6e6, **CNT),
    R("luân chuyển «478,9 triệu", "vận tải hành khách luân chuyển", "=", 478.9e6, unit="other",
      unit_text="lượt khách.km"),
    R("đạt «7,5 triệu tấn", "Vận tải hàng hóa hàng hóa vận chuyển", "=", 7.5e6, **TAN),
    R("luân chuyển «574,1 triệu tấn", "Vận tải hàng hóa luân chuyển", "=", 574.1e6, **TAN),
    R("là «2,4 triệu bưu gửi", "Sản lượng dịch vụ bưu chính bưu gửi", "=", 2.4e6, **CNT),
    R("và «2,7 triệu bưu phát", "Sản lượng dịch vụ bưu chính bưu phát", "=", 2.7e6, **CNT),
    R("ước đạt «156,7 tỷ đồng", "Doanh thu bưu chính, viễn thông, internet", "=", 156.7e9, **DONG),
], NOT=["tăng «36,3%", "tăng «63%", "tăng «213,5%", "tăng «54,4%", "tăng «133,7% so", "mạnh «133,7%",
        "giảm «22,7%", "mạnh «49,6%", "giảm «2,3%", "tăng «49,7%", "tăng «0,8%", "tăng «6,5%", "tăng «5,9%",
        "tăng «6,2%"])

# --------------------------------------------------------------------------
# 03 Lào Cai, the 25 targets of 2024 passed by the provincial council's 16th session
# (laocaitv.vn; cut: the byline and view counter "20:03 11-12-2023 | :155", written as the first
# line `date 2023-12-11`; the excerpt ends in "được sử dụng nước sạch; "). Targets of 2024 (the
# title's "năm 2024"), one record per value of each list item, each with its own subject; bare
# numbers and "đạt" read >= (spec), "Trên", "trên" >, "dưới" <, "từ 86% trở lên" >=. Money is
# other "đồng" (the magnitude multiplied in), "104 triệu đồng/năm" other "đồng/năm", "4,5 tỷ USD"
# other "USD", "45,7 giường" other "giường", "14,5 bác sĩ/vạn dân" other "bác sĩ/vạn dân" (amounts
# per 10,000 people), "trên 8 triệu lượt" a count. Scope: "Thu gom rác thải đô thị đạt 96%; khu vực
# nông thôn đạt 80%" splits one indicator between urban and rural areas: scopes "đô thị" and "khu
# vực nông thôn" (the spec's thành thị / nông thôn groups); "94% dân cư thành thị" stands alone in
# the excerpt (scope null). Not quantities: "25 chỉ tiêu" (title), "25 nhóm chỉ tiêu", "11 chỉ tiêu
# kinh tế, 8 chỉ tiêu xã hội, 3 chỉ tiêu môi trường, 3 chỉ tiêu" and the three group heads (the
# make-up of the set of targets, set193's "04 nhóm chỉ tiêu"), "Kỳ họp thứ 16" (a name), "1 ha",
# "1 vạn dân" (parts of the unit), "19 tiêu chí" (the standard's name). Pillar null (no heading
# names one). Ids null (GRDP, budget, tourism, health and environment targets).
# --------------------------------------------------------------------------
D03 = dict(name="03_laocai-25-chi-tieu-2024", kind="target", year=2024, records=[
    R("(GRDP): Trên «10%", "Tốc độ tăng trưởng kinh tế (GRDP)", ">", 10, **L),
    R("chiếm «12,1%", "Nông, lâm, ngư nghiệp chiếm", ">=", 12.1, **L),
    R("xây dựng «42,3%", "Công nghiệp - xây dựng", ">=", 42.3, **L),
    R("Dịch vụ «35,6%", "Dịch vụ", ">=", 35.6, **L),
    R("Thuế sản phẩm «10%", "Thuế sản phẩm", ">=", 10, **L),
    R("người: «104 triệu", "GRDP bình quân đầu người", ">=", 104e6, unit="other", unit_text="đồng/năm", **L),
    R("xã hội: «60.000 tỷ", "Tổng vốn đầu tư toàn xã hội", ">=", 60e12, **DONG, **L),
    R("nước: «12.800 tỷ", "Thu ngân sách nhà nước", ">=", 12.8e12, **DONG, **L),
    R("tác: «98 triệu", "Giá trị sản phẩm/1 ha đất canh tác", ">=", 98e6, **DONG, **L),
    R("nghiệp: «52.200 tỷ", "Giá trị sản xuất công nghiệp", ">=", 52.2e12, **DONG, **L),
    R("trên «8 triệu lượt", "Tổng khách du lịch", ">", 8e6, **CNT, **L),
    R("đạt «25.700 tỷ", "Doanh thu du lịch", ">=", 25.7e12, **DONG, **L),
    R("vụ: «39.000 tỷ", "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ", ">=", 39e12, **DONG, **L),
    R("khẩu: «4,5 tỷ USD", "Giá trị xuất, nhập khẩu", ">=", 4.5e9, **USD, **L),
    R("hóa: «33,5%", "Tỷ lệ đô thị hóa", ">=", 33.5, **L),
    R("gia: «97,8%", "Hộ gia đình được sử dụng điện lưới quốc gia", ">=", 97.8, **L),
    R("gia: «68%", "Tỷ lệ trường học đạt chuẩn quốc gia", ">=", 68, **L),
    R("dân: «45,7 giường", "Số giường bệnh trên 1 vạn dân", ">=", 45.7, unit="other", unit_text="giường", **L),
    R("; «14,5 bác sĩ", "bác sĩ/vạn dân", ">=", 14.5, unit="other", unit_text="bác sĩ/vạn dân", **L),
    R("dưới «1,2%", "Tỷ lệ tăng dân số tự nhiên", "<", 1.2, **L),
    R("trên «4%", "Tỷ lệ giảm nghèo đa chiều", ">", 4, **L),
    R("đạt «68,8%", "Tỷ lệ lao động qua đào tạo", ">=", 68.8, **L),
    R("đạt trên «97%", "Tỷ lệ bao phủ BHYT", ">", 97, **L),
    R("từ «86% trở lên", "Tỷ lệ gia đình văn hóa", ">=", 86, **L),
    R("- «72 xã", "xã đạt 19 tiêu chí nông thôn mới", ">=", 72, **CNT, **L),
    R("rừng «59,2%", "Tỷ lệ che phủ rừng", ">=", 59.2, **L),
    R("đô thị đạt «96%", "Thu gom rác thải", ">=", 96, scope="đô thị", **L),
    R("nông thôn đạt «80%", "Thu gom rác thải", ">=", 80, scope="khu vực nông thôn", **L),
    R("- «94% dân cư", "dân cư thành thị được sử dụng nước sạch", ">=", 94, **L),
])

# --------------------------------------------------------------------------
# 04 Hồ Chí Minh City, the council session of December 2023: the results of 2023 and the targets of
# 2024 (marimbapop.com, a copy of a news page; cut: the photo caption "Toàn cảnh kỳ họp khai mạc
# ngày 6/12/2023. |"; the title line keeps the copying site's prefix "【kết quả morocco】" (part of
# the line); no stamp, no byline; the excerpt ends in "TPH"). Target in the title: "mục tiêu tăng
# trưởng GRDP năm 2024 từ 7,5 đến 8%" (between, 2024), restated in the body "từ 7,5 - 8%" (a second
# record, set184's restated values); the title's high end "8%" is listed in NOT only because the
# check counts it as a percentage of its own (the record before holds it as value_max; set's
# practice for "15% đến 20%"). Result of 2023: "khối lượng vận tải hành khách công cộng ước
# đạt 412,6 triệu lượt hành khách" (=, count). Targets of 2024 ("nhóm kinh tế, TPHCM đặt mục
# tiêu"): "tổng thu du lịch đạt trên 190.000 tỉ" (>, money "đồng", the magnitude "tỉ" multiplied
# in), "khách quốc tế đến khoảng 6 triệu lượt" (~, count), "100% hạ tầng công nghệ thông tin được
# rà soát, nâng cấp, ..." (>=). NOT: "ước tăng 5,81% so với cùng kỳ", "tăng 10,8% so với năm 2022",
# "tăng 22% so với cùng kỳ", "tăng 44,3%", "tăng 19,4% so với năm 2022" (changes), "đạt 102,7% so
# với kế hoạch" (completion against the plan), "hoàn thành 100% chỉ tiêu thu ngân sách nhà nước"
# (a standing against the budget plan, as the earlier sets' "hoàn thành 100% kế hoạch"). Not
# quantities: "13/21 chỉ tiêu cơ bản đạt và vượt kế hoạch" (a count of targets met, the earlier
# sets' majority), "18 chỉ tiêu chủ yếu", "5 nhóm" (the make-up of the targets), "98/2023/QH15"
# (a document), "2021 - 2025" (years). Pillar null (the list's lead "nhóm kinh tế" names no
# pillar). Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_tphcm-chi-tieu-2024", kind="target", year=2024, records=[
    R("từ «7,5 đến 8%", "TPHCM đặt mục tiêu tăng trưởng GRDP", "between", 7.5, value_max=8),
    R("ước đạt «412,6 triệu lượt", "khối lượng vận tải hành khách công cộng", "=", 412.6e6, **CNT, kind="result",
      year=2023),
    R("từ «7,5 - 8%", "TPHCM đặt mục tiêu tăng trưởng GRDP", "between", 7.5, value_max=8),
    R("trên «190.000 tỉ", "tổng thu du lịch", ">", 190e12, **DONG),
    R("khoảng «6 triệu lượt", "khách quốc tế đến", "~", 6e6, **CNT),
    R("; «100% hạ tầng", "hạ tầng công nghệ thông tin được rà soát, nâng cấp, đảm bảo liên thông kết nối từ "
      "TPHCM đến cấp huyện và phường xã thị trấn", ">=", 100),
], NOT=["đến «8%", "tăng «5,81%", "tăng «10,8%", "tăng «22%", "tăng «44,3%", "tăng «19,4%", "đạt «102,7%",
        "hoàn thành «100% chỉ tiêu"])

# --------------------------------------------------------------------------
# 05 Quảng Nam, Thăng Bình district's review of 2023 (qrt.vn; the stamp " date 2024-01" written as
# the first line; cut: the photo caption "Hội nghị trực tuyến đánh giá tình hình phát triển kinh
# tế – xã hội huyện Thăng Bình sáng nay 8/1" with the blank line after it; the excerpt ends in
# "các ngành ki", the 2024 target cut before its number). Results of 2023 (=): the output value,
# the budget revenue, the revenue arising in the district, the budget spending, the income per head
# (other "đồng người/năm", as written), the poor households (count) and their share (2,27%). NOT:
# "đạt 100,73% kế hoạch năm", "vượt 19,78% dự toán huyện", "vượt 36,46% so với dự toán tỉnh",
# "vượt 16,55% so với dự toán huyện giao", "đạt 256% chỉ tiêu của huyện và 246% chỉ tiêu của
# tỉnh", "đạt 100% chỉ tiêu giao" (standings against the plan, estimates and quotas), "tăng 9,12%",
# "tăng 5,83%" (changes). Not quantities: "giảm 128 hộ so với năm 2022" (a change), "10 xã, thị
# trấn" (the communes of a drill: an event's participants), "8/1", "Giáp Thìn 2024", "năm 2024".
# Pillar null, ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_quangnam-thangbinh-ktxh-2023", kind="result", year=2023, records=[
    R("đạt «11.147 tỷ đồng", "tổng giá trị sản xuất các ngành kinh tế", "=", 11.147e12, **DONG),
    R("là «1.513 tỷ đồng", "Tổng thu ngân sách", "=", 1.513e12, **DONG),
    R("bàn «425 tỷ đồng", "thu phát sinh kinh tế trên địa bàn", "=", 425e9, **DONG),
    R("sách «1.426 tỷ đồng", "Tổng chi ngân sách", "=", 1.426e12, **DONG),
    R("đạt «50,8 triệu", "Thu nhập bình quân đầu người", "=", 50.8e6, unit="other", unit_text="đồng người/năm"),
    R("còn «1.269 hộ nghèo", "hộ nghèo toàn huyện", "=", 1269, **CNT),
    R("lệ «2,27% tổng", "hộ nghèo chiếm tỷ lệ tổng số hộ", "=", 2.27),
], NOT=["đạt «100,73%", "vượt «19,78%", "vượt «36,46%", "vượt «16,55%", "tăng «9,12%", "tăng «5,83%",
        "đạt «256%", "và «246%", "đạt «100% chỉ tiêu"])

# --------------------------------------------------------------------------
# 06 Gia Lai, Chư Păh district's main targets for 2024 (baogialai.com.vn; the stamp " date 2023-12"
# written as the first line; nothing cut; the excerpt ends in "có thêm 1 xã đ"). Targets of 2024
# ("Các chỉ tiêu kinh tế-xã hội chủ yếu năm 2024 là: ..."): the growth "đạt 9,5% trở lên" (>=), the
# output value and its three sectors (money, "là", bare: >=), each sector's planned rise "tăng
# 8,53% so với năm 2023" ... (a target stated as a change is a quantity, spec: >=), the economic
# structure's three shares ("chiếm 38,10%", >=) and their planned shifts "giảm 0,07%", "tăng
# 0,06%", "tăng 0,01% so với năm 2023" (targets stated as changes, >=; a judgement: the plan sets
# them). "Huyện phấn đấu có thêm 1 xã đ": the number and its noun whole, the predicate cut →
# recorded (set148's rule for a cut predicate), count, >=. Not quantities: "5 năm (2021-2025)",
# "lần thứ VI", "2021-2025" (periods, a name). Pillar null: "Đẩy mạnh xây dựng chính quyền điện tử,
# chuyển đổi số" is a task sentence, no heading or lead-in over the targets. Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_gialai-chupah-chi-tieu-2024", kind="target", year=2024, records=[
    R("đạt «9,5% trở lên", "Tốc độ tăng trưởng giá trị sản xuất", ">=", 9.5),
    R("đạt «8.962,72 tỷ", "tổng giá trị sản xuất", ">=", 8962.72e9, **DONG),
    R("là «3.621,68 tỷ", "ngành nông-lâm nghiệp, thủy sản giá trị sản xuất", ">=", 3621.68e9, **DONG),
    R("tăng «8,53%", "ngành nông-lâm nghiệp, thủy sản tăng so với năm 2023", ">=", 8.53),
    R("xây dựng «3.671,79 tỷ", "ngành công nghiệp-xây dựng giá trị sản xuất", ">=", 3671.79e9, **DONG),
    R("tăng «10,53%", "ngành công nghiệp-xây dựng tăng so với năm 2023", ">=", 10.53),
    R("dịch vụ «1.669,24 tỷ", "ngành thương mại-dịch vụ giá trị sản xuất", ">=", 1669.24e9, **DONG),
    R("tăng «9,38%", "ngành thương mại-dịch vụ tăng so với năm 2023", ">=", 9.38),
    R("chiếm «38,10%", "Cơ cấu kinh tế: Ngành nông-lâm nghiệp chiếm", ">=", 38.10),
    R("giảm «0,07%", "Cơ cấu kinh tế: Ngành nông-lâm nghiệp giảm so với năm 2023", ">=", 0.07),
    R("chiếm «36,50%", "Cơ cấu kinh tế: ngành công nghiệp-xây dựng chiếm", ">=", 36.50),
    R("tăng «0,06%", "Cơ cấu kinh tế: ngành công nghiệp-xây dựng tăng so với năm 2023", ">=", 0.06),
    R("chiếm «25,40%", "Cơ cấu kinh tế: ngành thương mại-dịch vụ chiếm", ">=", 25.40),
    R("tăng «0,01%", "Cơ cấu kinh tế: ngành thương mại-dịch vụ tăng so với năm 2023", ">=", 0.01),
    R("thêm «1 xã", "Huyện phấn đấu có thêm xã đ", ">=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 07 Gia Lai, the provincial statistics office's figures for the first half of 2024
# (baogialai.com.vn; nothing cut; no stamp, no byline). Year 2024: "6 tháng đầu năm" compared "so
# với cùng kỳ năm 2023" (the same period of the year before; a judgement, as 01). Results (=): the
# retail revenue "đạt 29.232,75 tỷ đồng", the exports "ước đạt 525 triệu USD" (other "USD"), the
# budget revenue "ước đạt 3.370 tỷ đồng", "500 doanh nghiệp thành lập mới" (count), their "tổng
# vốn đăng ký là 5.125 tỷ đồng", "15.360 lao động" given jobs (count). NOT: the GRDP's "ước tính
# tăng 3,02% so với cùng kỳ năm 2023" and its three sectors' "tăng 4,26%", "0,4%", "3,84%" (twice:
# the page repeats the services sector), stated within the same comparison (changes against the
# same period, as the earlier sets' "GRDP ước tăng 10,55% so với cùng kỳ"); every other "tăng ..."
# (changes), the CPI's rises (changes against the month before and the same period); "đạt 70% so
# kế hoạch", "đạt 59,9% so với dự toán Trung ương giao", "đạt 58% dự toán HĐND tỉnh giao", "đạt
# 57,31% kế hoạch" (standings against a plan or an estimate). Not quantities: "6 tháng" (periods),
# "tháng 6". Pillar null, ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_gialai-thong-ke-6thang-2024", kind="result", year=2024, records=[
    R("đạt «29.232,75 tỷ", "tổng doanh thu bán lẻ hàng hóa", "=", 29232.75e9, **DONG),
    R("đạt «525 triệu USD", "kim ngạch xuất khẩu của tỉnh", "=", 525e6, **USD),
    R("đạt «3.370 tỷ", "Tổng thu ngân sách nhà nước", "=", 3.37e12, **DONG),
    R("có «500 doanh nghiệp", "doanh nghiệp thành lập mới", "=", 500, **CNT),
    R("là «5.125 tỷ", "tổng vốn đăng ký của doanh nghiệp thành lập mới", "=", 5.125e12, **DONG),
    R("là «15.360 lao động", "Số lao động được giải quyết việc làm trên địa bàn tỉnh", "=", 15360, **CNT),
], NOT=["tăng «3,02%", "tăng «4,26%", "tăng «0,4%", "tăng «3,84%; khu vực dịch vụ", "tăng «3,84%.",
        "tăng «8,95%", "đạt «70%", "tăng «16,98%", "tăng «17,7%", "đạt «59,9%", "đạt «58%", "tăng «7,6%",
        "tăng «9,5%", "tăng «0,55%", "tăng «3,52%", "tăng «3,68%", "đạt «57,31%", "tăng «1,06%"])

# --------------------------------------------------------------------------
# 08 Long An, the provincial committee's meeting on March and the first quarter of 2025, and the
# province's lead in administrative reform (plo.vn; the stamp " date 2025-04" written as the first
# line; cut: the photo captions "Quang cảnh phiên họp của UBND tỉnh Long An tháng 3 và quý 1 năm
# 2025. Ảnh:HD" and "Cải cách hành chính Long An luôn mang đến sự hài lòng cho người dân. Ảnh:HD",
# each with the blank line after it; the caption stating "ước quý I năm 2025 đạt 7,2%" is kept (it
# carries a figure); the excerpt ends in "Long An đ"). Results of the first quarter of 2025 (=):
# the GRDP growth "đạt 7,2%" (three times: the body, the caption, "GRDP quý I/2025 của Long An
# tăng 7,2%": each a record, the growth rate named as the indicator with no earlier value beside
# it, as set117's "tăng trưởng 6,1%"; a value restated gets a record at each place), the sectors'
# growth "với 10,02%", "tăng 6,81%", "tăng ổn định 3,63%" (growth rates, no comparison named); the
# earlier value "vượt xa mức 4,81% cùng kỳ năm trước" (a result of its own year, 2024: set184's
# earlier values in a comparison). Target: "mục tiêu tăng trưởng 10-11% cả năm" (between, 2025).
# Not quantities: "09/04/2025 17:52" (the byline inside the title line), "9-4", "tháng 3", "quý 1",
# "quý I", "quý II", "4 năm qua", "năm 2021" (dates, periods), "năm 2024" (the indices' year).
# Pillar null (the title names administrative reform, no pillar). Ids null (GRDP growth).
# --------------------------------------------------------------------------
D08 = dict(name="08_longan-grdp-quy1-2025", kind="result", year=2025, records=[
    R("quý I đạt «7,2%", "Tốc độ tăng trưởng GRDP quý I", "=", 7.2),
    R("năm 2025 đạt «7,2%", "Tốc độ tăng tổng sản phẩm (GRDP) của Long An ước quý I năm 2025", "=", 7.2),
    R("Long An tăng «7,2%", "GRDP quý I/2025 của Long An tăng", "=", 7.2),
    R("mức «4,81%", "GRDP quý I cùng kỳ năm trước", "=", 4.81, year=2024),
    R("nhất với «10,02%", "khu vực công nghiệp - xây dựng tăng", "=", 10.02),
    R("tăng «6,81%", "khu vực dịch vụ tăng", "=", 6.81),
    R("ổn định «3,63%", "nông – lâm – thủy sản tăng ổn định", "=", 3.63),
    R("trưởng «10-11%", "mục tiêu tăng trưởng cả năm", "between", 10, value_max=11, **T),
])

# --------------------------------------------------------------------------
# 09 Hải Dương, Ninh Giang district's meeting on the first nine months of 2023
# (ninhgiang1.haiduong.gov.vn; nothing cut; no stamp, no byline; the excerpt ends in "đạt 150 tỷ
# đồng, đ"). Results of 2023 (=): the output values of agriculture, of industry and handicrafts, of
# construction and of services, and the state budget revenue (money). NOT: "đạt 65,9%KH",
# "74,5%KH", "71,2%KH", "75,6%KH" (standings against the plan). Not quantities: "(tăng 7 tỷ đồng so
# với cùng kỳ năm 2022)" and the three like it (changes against the same period), "9 tháng", "3
# tháng cuối", "quý III", "quý IV" (periods). Pillar null: the list of reports ("Kết quả thực hiện
# chuyển đổi số, xây dựng chính quyền điện tử 9 tháng ...") names the pillar in a sentence that
# states no value, and the figures follow under "báo cáo phát triển kinh tế". Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_haiduong-ninhgiang-ktxh-9thang-2023", kind="result", year=2023, records=[
    R("đạt «2.129 tỷ", "giá trị sản xuất ngành nông nghiệp", "=", 2.129e12, **DONG),
    R("đạt «6.110 tỷ", "Giá trị sản xuất CN-TTCN", "=", 6.11e12, **DONG),
    R("đạt «3.620 tỷ", "Giá trị ngành xây dựng", "=", 3.62e12, **DONG),
    R("đạt «3.327 tỷ", "Giá trị ngành dịch vụ", "=", 3.327e12, **DONG),
    R("đạt «150 tỷ", "Thu NSNN trên địa bàn", "=", 150e9, **DONG),
], NOT=["đạt «65,9%", "đạt «74,5%", "đạt «71,2%", "đạt «75,6%"])

# --------------------------------------------------------------------------
# 10 Quảng Ngãi, Sơn Tây district council's session of December 2023 (quangngaitv.vn; cut: the
# section label "Xã hội" and the byline "Thứ 2, 18/12/2023 | 12:25:00 [(GMT +7)]" (twice), written
# as the first line `date 2023-12-18`; the repeated lead (the photo's caption, identical to the
# lead) is kept; the excerpt ends in "kỳ h"). Results of 2023: the output value "ước đạt 1.207 tỷ
# đồng" (=), the investment "trên 345 tỉ 469 triệu đồng" (>, 345.469e9: the "tỉ" and the
# "triệu" written as two parts of one amount) and the disbursement "trên 221 tỉ 047 triệu đồng"
# (>, 221.047e9). NOT: "tăng 7,6% so với năm 2022" (a change), "đạt 105% so với kế hoạch giao",
# "đạt 64% kế hoạch" (standings against the plan). Not quantities: "17/19 chỉ tiêu chủ yếu ... đạt
# và vượt" (a count of targets met, the earlier sets' majority), "khóa VI", "2021 - 2026", "lần
# thứ 15", "XVIII" (names, terms), "03 nhiệm vụ trọng tâm và 03 nhiệm vụ đột phá" (tasks),
# "30/11/2023", "18/12". Pillar null ("Tăng cường chuyển đổi số, ..." states tasks, no value).
# Ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangngai-sontay-hdnd-huyen-2023", kind="result", year=2023, records=[
    R("ước đạt «1.207 tỷ", "tổng giá trị sản xuất ở huyện Sơn Tây", "=", 1.207e12, **DONG),
    R("trên «345 tỉ", "Tổng vốn đầu tư năm 2023", ">", 345.469e9, **DONG,
      note="'345 tỉ 469 triệu đồng': one amount written in two parts"),
    R("trên «221 tỉ", "Tổng vốn đầu tư năm 2023 đã giải ngân đến ngày 30/11/2023", ">", 221.047e9, **DONG,
      note="'221 tỉ 047 triệu đồng': one amount written in two parts"),
], NOT=["tăng «7,6%", "đạt «105%", "đạt «64%"])

# --------------------------------------------------------------------------
# 11 Đắk Nông, the provincial council's Resolution 46/NQ-HĐND of 13 December 2023 on the
# socio-economic plan of 2024, its opening (thuviennhadat.vn; nothing cut: the database's
# metadata rows "Số hiệu | 46/NQ-HĐND |" ... are kept, the page's own lines; the excerpt ends in
# "Đảng b"). A precision text, no record: document numbers ("46/NQ-HĐND" three times,
# "110/NQ-HĐND", "754/BC-UBND", "842/BC-UBND"), dates ("13/12/2023", "ngày 13 tháng 12 năm 2023",
# "19 tháng 6 năm 2015", "22 tháng 11 năm 2019", ...), "KHÓA IV, KỲ HỌP THỨ 7" (a name),
# "5 năm giai đoạn 2021-2025" (a period), the years of the plans.
# --------------------------------------------------------------------------
D11 = dict(name="11_daknong-nq46-hdnd-ke-hoach-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 12 Khánh Hòa, Plan 14084/KH-UBND of 9 December 2024 deploying online public services, its
# opening and legal bases (thuvienphapluat.vn; nothing cut; the excerpt ends in "15/11/202"). A
# precision text, no record: document numbers ("14084/KH-UBND", "42/2022/NĐ-CP", "45/2020/NĐ-CP",
# "107/2021/NĐ-CP", "61/2018/NĐ-CP", "69/2024/NĐ-CP", "01/2023/TT-VPCP", "21/2023/TT-BTTTT",
# "4338/BTTTT-CĐSQG", "3754/TTr-STTTT"), dates, the section label "I.".
# --------------------------------------------------------------------------
D12 = dict(name="12_khanhhoa-kh14084-dvctt-2024-precision", kind="target", year=2024, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
