#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set92).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

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
KM = dict(unit="other", unit_text="km")

# --------------------------------------------------------------------------
# 01 Đắk Lắk, Krông Pắc district's "Khu dân cư công nghệ số" in Tân Đông
# village (baodaklak.vn, byline 08/11/2022 → `date 2022-11`). A precision text
# with no record: "thu nhập bình quân 75 triệu đồng/người/năm" is the village's
# income, told as the reason it was chosen, no target or result of the
# transformation (a judgement, as set69's "chiếm gần 90%"); "từ 16 tuổi trở
# lên" an age; "4G" a name. Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_daklak-krongpac-khu-dan-cu-cong-nghe-so-2022-precision", kind="result", year=2022,
           records=[])

# --------------------------------------------------------------------------
# 02 Lào Cai, Mường Khương district's community digital teams (vietnamnet.vn,
# no date shown, and no year in the text → year null). "kiện toàn lại ... 157
# Tổ công nghệ số cộng đồng với hơn 1000 thành viên": two results, the teams
# (=, count, aware.community_digital_teams_count) and their members (>, count,
# "1000" written without a dot; aware.community_digital_team_members_count).
# Not quantities: "Đề án 06" (a name), "mức độ 2" (a level). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_laocai-muongkhuong-to-cnscd-precision", kind="result", year=None, records=[
    R("hoạt động của «157 Tổ", "Tổ công nghệ số cộng đồng được kiện toàn, nâng cao chất lượng hoạt động", "=", 157,
      **CNT, iid="aware.community_digital_teams_count"),
    R("với hơn «1000 thành viên", "thành viên Tổ công nghệ số cộng đồng", ">", 1000, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 03 Quảng Nam, Tam Kỳ city's smart-city projects (baoquangnam.vn, no date
# shown; the results name no year → null). "Có tất cả 60 điểm camera giao
# thông thông minh" (=, count; no id: city.surveillance_cameras_count counts
# cameras, these are points) and "Mỗi điểm có 5 camera" (=, count, the cameras
# at each point; no id, a per-point figure; a judgement that it is a stated
# quantity). "tổng mức đầu tư cho mục tiêu này là hơn 231 tỷ đồng" (>, other
# "đồng", 2.31e11; inst.dx_funding_amount, a judgement: funding of a smart-city
# item). The province's plan "Quy hoạch Quảng Nam thời kỳ 2021 - 2030 ... mạng
# 4G/5G phủ sóng 100% các địa phương" (target, bare number >=, year 2030 = the
# plan's end; no exact id: localities, not population). Pillar: the page title
# "... xây dựng đô thị thông minh" and the heading "Từ camera an ninh 24/7"
# (cameras → đô thị thông minh) → smart_city for all four (as set69's 08: a
# title is the heading of the excerpt). Not quantities: "24/7" (twice), "2021 -
# 2030", "2050", "4G/5G", "Chợ 4.0", "2 năm trước".
# --------------------------------------------------------------------------
D03 = dict(name="03_quangnam-tamky-do-thi-thong-minh-camera", kind="result", year=None, records=[
    R("Có tất cả «60 điểm", "điểm camera giao thông thông minh lắp đặt tại điểm giao nhau trên các trục đường chính",
      "=", 60, **CNT, pillar=SMART),
    R("Mỗi điểm có «5 camera", "camera độ phân giải cao ở mỗi điểm", "=", 5, **CNT, pillar=SMART),
    R("là hơn «231 tỷ đồng", "tổng mức đầu tư cho mục tiêu xây dựng đô thị thông minh của Tam Kỳ", ">", 231e9,
      **DONG, pillar=SMART, iid="inst.dx_funding_amount"),
    R("phủ sóng «100% các địa phương", "mạng 4G/5G phủ sóng các địa phương", ">=", 100, kind="target", year=2030,
      pillar=SMART),
])

# --------------------------------------------------------------------------
# 04 Sóc Trăng, Trần Đề district's digital government (baomoi.net.vn, no date
# shown, "Hiện nay" → year null). After the lead-in "Trong lĩnh vực chính
# quyền số," (→ digital_government for its paragraph): "tỷ lệ văn bản được xử
# lý qua môi trường điện tử ... đạt tỷ lệ 90% trở lên" (result, "X trở lên" →
# >=; egov.electronic_documents_share, a judgement: documents handled
# electronically) and "95% cán bộ, công chức, viên chức sử dụng phần mềm quản
# lý văn bản điều hành" (result, =; no id: the catalogue's
# egov.document_system_use_share counts agencies, not officials). Not
# quantities: "3 trụ cột".
# --------------------------------------------------------------------------
D04 = dict(name="04_soctrang-trande-chinh-quyen-so", kind="result", year=None, records=[
    R("đạt tỷ lệ «90% trở lên", "tỷ lệ văn bản được xử lý qua môi trường điện tử của các cơ quan, đơn vị", ">=", 90,
      pillar=GOV, iid="egov.electronic_documents_share"),
    R("«95% cán bộ", "cán bộ, công chức, viên chức sử dụng phần mềm quản lý văn bản điều hành để xử lý văn bản",
      "=", 95, pillar=GOV),
])

# --------------------------------------------------------------------------
# 05 Trà Vinh, Hưng Mỹ commune (Châu Thành district) and its smart hamlet (a
# copy on tothethao.com, no date shown). A precision text: one record, "Xã đã
# lựa chọn ấp Ngãi Hiệp xây dựng 01 mô hình ấp thông minh" (result, =, count;
# society.smart_rural_communes_count; the sentence names no year and the page
# shows no date → null). Not quantities (read and decided): areas "2.793ha",
# "1.666ha", "42,05 ha"; "08 ấp", "01 ấp cù lao" (geography); "107 hộ trồng rau
# an toàn" (the hamlet's vegetable growers, not a count of users of a digital
# service; a judgement); the rural-standard criteria "19/19 tiêu chí", "04 tiêu
# chí", "01 tiêu chí" (counts of criteria, like counts of tasks); "tăng hơn 10%
# so với quy định" (income growth against a norm, and no figure of the
# transformation → NOT); dates and numbers "2014", "16/6/2023", "818/QĐ-UBND",
# "29/5/2023", "5/2024", "2022", "2023", "2021 – 2025". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_travinh-chauthanh-hungmy-ap-thong-minh-precision", kind="result", year=None, records=[
    R("xây dựng «01 mô hình", "mô hình ấp thông minh", "=", 1, **CNT, iid="society.smart_rural_communes_count"),
], NOT=["tăng hơn «10% so"])

# --------------------------------------------------------------------------
# 06 Đà Nẵng, Hòa Vang district's smart countryside (dantocmiennui.vn, no date
# shown). "UBND huyện và 11 xã đã công bố 29 bộ dữ liệu trên Cổng dữ liệu thành
# phố" (result, =, count, data.open_datasets_count; "11 xã" is part of the
# subject; no year in the sentence, none for the page → null). "Huyện Hòa Vang
# có 122 dịch vụ công trực tuyến toàn trình và 51 dịch vụ công trực tuyến một
# phần" (=, counts, egov.full_online_services_count and
# egov.partial_online_services_count; a breakdown by kind: scope null) and, in
# the same sentence, "tỷ lệ hồ sơ dịch vụ công trực tuyến của huyện trong 6
# tháng đầu năm 2023 đạt 96%" (=, egov.online_applications_share): the
# sentence's year 2023 for all three (a judgement for the two counts). Not
# quantities: the rural-standard counts "11/11 xã" and "5 xã đạt chuẩn nông thôn
# mới nâng cao" (not of the transformation; a judgement, as in 05), "3 xã Hòa
# Bắc, Hòa Ninh và Hòa Phước" (a number naming a list of communes), "năm 2025",
# "năm 2015", "3G, 4G", "6 tháng đầu năm". Pillar null (no heading).
# --------------------------------------------------------------------------
D06 = dict(name="06_danang-hoavang-nong-thon-thong-minh-2023", kind="result", year=None, records=[
    R("công bố «29 bộ", "bộ dữ liệu được UBND huyện và các xã công bố trên Cổng dữ liệu thành phố", "=", 29, **CNT,
      iid="data.open_datasets_count"),
    R("có «122 dịch vụ", "dịch vụ công trực tuyến toàn trình của huyện Hòa Vang", "=", 122, **CNT, year=2023,
      iid="egov.full_online_services_count"),
    R("và «51 dịch vụ", "dịch vụ công trực tuyến một phần của huyện Hòa Vang", "=", 51, **CNT, year=2023,
      iid="egov.partial_online_services_count"),
    R("năm 2023 đạt «96%", "tỷ lệ hồ sơ dịch vụ công trực tuyến của huyện", "=", 96, year=2023,
      iid="egov.online_applications_share"),
])

# --------------------------------------------------------------------------
# 07 Vĩnh Phúc, the province's e-government ranking of 2021 (baovinhphuc.com.vn,
# byline 25/07/2022 → `date 2022-07`; the section label "Thời Sự" and the
# comment form cut). A precision text: one record, Lập Thạch district's "tổng
# điểm đạt được là 112,3/138 điểm" (result, =, other "điểm", year 2021 from the
# sentence; "/138" is the maximum, part of the score's writing; no id: the
# province's own ranking, not the DTI). First places written as words ("dẫn
# đầu") get no rank record (as set69). Not quantities: "4 vị trí tiếp theo" (a
# count of places in a list), "năm 2021" twice. Pillar: the title "... dẫn đầu
# về xây dựng chính quyền điện tử" → digital_government (spec: "Chính quyền
# điện tử" in a heading).
# --------------------------------------------------------------------------
D07 = dict(name="07_vinhphuc-lapthach-chinh-quyen-dien-tu-2021-precision", kind="result", year=2022, records=[
    R("là «112,3/138", "tổng điểm ứng dụng CNTT, xây dựng chính quyền điện tử của UBND huyện Lập Thạch", "=", 112.3,
      **DIEM, year=2021, pillar=GOV),
])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, Hoằng Đạo commune (Hoằng Hóa district) and its smart radio
# (baomoi.zadn.vn, no date shown). "Từ năm 2022, hệ thống truyền thanh thông
# minh của xã bắt đầu đi vào hoạt động đồng bộ với 11 cụm loa lắp đặt tại 7
# thôn" (results of 2022: the clusters, =, count,
# infra.smart_radio_clusters_count; the villages they cover, =, count, no id).
# "được đầu tư trên 260 triệu đồng" (>, other "đồng", 2.6e8; no year in the
# sentence, none for the page → null; inst.dx_funding_amount, a judgement).
# Not quantities: "năm 2021" (in a project's name), the times "5 sáng", "17
# giờ" and the weekdays "thứ 2 đến thứ 7". Pillar: the title "Truyền thanh
# thông minh về làng quê" names ICT-based radio, a topic of hạ tầng số (the
# catalogue's infra.smart_radio_*) → digital_infrastructure (a judgement).
# --------------------------------------------------------------------------
D08 = dict(name="08_thanhhoa-hoanghoa-truyen-thanh-thong-minh-precision", kind="result", year=None, records=[
    R("với «11 cụm loa", "cụm loa truyền thanh thông minh của xã", "=", 11, **CNT, year=2022, pillar=INFRA,
      iid="infra.smart_radio_clusters_count"),
    R("lắp đặt tại «7 thôn", "thôn được lắp đặt cụm loa truyền thanh thông minh", "=", 7, **CNT, year=2022,
      pillar=INFRA),
    R("đầu tư trên «260 triệu", "Hệ thống truyền thanh ứng dụng công nghệ thông tin - viễn thông của xã được đầu tư",
      ">", 260e6, **DONG, pillar=INFRA, iid="inst.dx_funding_amount"),
])

# --------------------------------------------------------------------------
# 09 Hà Nam, smart radio in Tân Thanh town (Thanh Liêm district) and La Sơn
# commune (Bình Lục district) (baohanam.com.vn, no date shown; the excerpt
# starts inside the article, so no title). "Từ tháng 7/2022, thị trấn Tân
# Thanh đã đầu tư xây dựng hệ thống truyền thanh thông minh với 50 cụm loa ...
# thực hiện phủ sóng tại 9 tổ dân phố" (results of 2022: the clusters, =,
# count, infra.smart_radio_clusters_count; the residential groups covered, =,
# count, no id). Not quantities: "7/2022", "sim 4G", "sóng 4G", "3G, 4G",
# "năm 2021", "năm 2022". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_hanam-thanhliem-binhluc-truyen-thanh-thong-minh", kind="result", year=None, records=[
    R("với «50 cụm loa", "cụm loa truyền thanh thông minh của thị trấn Tân Thanh", "=", 50, **CNT, year=2022,
      iid="infra.smart_radio_clusters_count"),
    R("phủ sóng tại «9 tổ dân phố", "tổ dân phố phủ sóng truyền thanh thông minh", "=", 9, **CNT, year=2022),
])

# --------------------------------------------------------------------------
# 10 Kiên Giang, Kiên Lương district's "chợ 4.0" pilot at Chợ Tròn
# (daitruyenthanhkl.blogspot.com, no date shown; the photo caption "Hiện nhiều
# người dân tại Kiên Lương chọn ... Ảnh, chị Phạm Thị Châu ..." cut). A
# precision text with no record: "chợ có 293 tiểu thương buôn bán thường
# xuyên" and "từ 300 đến 500 người" are the market's size and its daily
# customers, not traders paying without cash (the text says only "nhiều tiểu
# thương"; a judgement). Not quantities: "chợ 4.0", "11/8/2023", "17 giây"
# (a stray time in a quotation), "hai tuần" (no digits). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_kiengiang-kienluong-cho-40-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 11 Lào Cai, telecom infrastructure down to villages and residential groups
# (baolaocai.vn, no date shown; "Đến nay", "hiện có" → year null). The paragraph
# opened by "Đối với hạ tầng viễn thông," (→ digital_infrastructure, a lead-in
# naming a topic of hạ tầng số): "2.915 trạm thu phát sóng thông tin di động"
# and its breakdown "766 trạm 2G, 835 trạm 3G, 1.309 trạm 4G và 5 trạm 5G" (five
# counts, each with its own subject, scope null; infra.bts_stations_count on
# all, the breakdown keeping the id); "gần 10.000 km cáp treo" (~) and "328 km
# cáp ngầm internet" (=) (other "km"; no id: not said to be fibre);
# "1.562/1.568 (khoảng 99,6%) trung tâm thôn, tổ dân phố có sóng ... di động"
# (the count =, and the share ~, infra.mobile_village_coverage_share on the
# share); "1.512/1.568 (khoảng 96,4%) thôn có hạ tầng ... băng rộng cố định"
# (count =, share ~; no id: fixed broadband, not said to be fibre); "67% hộ sử
# dụng cáp quang" (=; no id: households using, the catalogue's is households
# covered); "100% xã, phường, thị trấn kết nối internet cáp quang" (=,
# infra.fibre_commune_coverage_share); "Tỷ lệ dân số trưởng thành có điện
# thoại thông minh đạt trên 75%" (>, society.adult_smartphone_share). The
# last paragraph ("Ngoài hạ tầng viễn thông ..., Lào Cai đang triển khai ...
# các ứng dụng dùng chung") names no pillar → null: "Hệ thống quản lý văn bản
# thực hiện ký số, gửi nhận điện tử đạt 93%" (=, egov.electronic_documents_share,
# a judgement), "tích hợp 1.655/1.655 dịch vụ công lên Cổng Dịch vụ công quốc
# gia" (=, count, egov.national_portal_integrated_services_count), "là 1 trong
# 17 tỉnh, thành phố đứng đầu" (rank, a group → <=, 17; "1 trong" is
# membership). Not quantities: "2G", "3G", "4G", "5G" after the counts (names),
# the denominators "/1.568" (twice) and "/1.655", "4 cấp kết nối" (levels).
# --------------------------------------------------------------------------
D11 = dict(name="11_laocai-ha-tang-so-thon-to-dan-pho", kind="result", year=None, records=[
    R("toàn tỉnh có «2.915 trạm", "trạm thu phát sóng thông tin di động", "=", 2915, **CNT, pillar=INFRA,
      iid="infra.bts_stations_count"),
    R("có «766 trạm 2G", "trạm 2G", "=", 766, **CNT, pillar=INFRA, iid="infra.bts_stations_count"),
    R("«835 trạm 3G", "trạm 3G", "=", 835, **CNT, pillar=INFRA, iid="infra.bts_stations_count"),
    R("«1.309 trạm 4G", "trạm 4G", "=", 1309, **CNT, pillar=INFRA, iid="infra.bts_stations_count"),
    R("và «5 trạm 5G", "trạm 5G", "=", 5, **CNT, pillar=INFRA, iid="infra.bts_stations_count"),
    R("có gần «10.000 km", "cáp treo", "~", 10000, **KM, pillar=INFRA),
    R("«328 km cáp ngầm", "cáp ngầm internet", "=", 328, **KM, pillar=INFRA),
    R("hiện có «1.562/1.568", "trung tâm thôn, tổ dân phố có sóng truy nhập internet băng rộng di động", "=", 1562,
      **CNT, pillar=INFRA),
    R("(khoảng «99,6%)", "trung tâm thôn, tổ dân phố có sóng truy nhập internet băng rộng di động", "~", 99.6,
      pillar=INFRA, iid="infra.mobile_village_coverage_share"),
    R("; «1.512/1.568", "thôn có hạ tầng truy nhập internet băng rộng cố định", "=", 1512, **CNT, pillar=INFRA),
    R("(khoảng «96,4%)", "thôn có hạ tầng truy nhập internet băng rộng cố định", "~", 96.4, pillar=INFRA),
    R("có «67% hộ", "hộ sử dụng cáp quang Internet băng rộng", "=", 67, pillar=INFRA),
    R("và «100% xã", "xã, phường, thị trấn kết nối internet cáp quang", "=", 100, pillar=INFRA,
      iid="infra.fibre_commune_coverage_share"),
    R("đạt trên «75%", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", ">", 75, pillar=INFRA,
      iid="society.adult_smartphone_share"),
    R("điện tử đạt «93%", "Hệ thống quản lý văn bản thực hiện ký số, gửi nhận điện tử", "=", 93,
      iid="egov.electronic_documents_share"),
    R("tích hợp «1.655/1.655", "dịch vụ công tích hợp lên Cổng Dịch vụ công quốc gia", "=", 1655, **CNT,
      iid="egov.national_portal_integrated_services_count"),
    R("1 trong «17 tỉnh", "tỉnh, thành phố đứng đầu có tỷ lệ nộp hồ sơ trực tuy", "<=", 17, **RANK),
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
