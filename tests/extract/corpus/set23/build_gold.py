#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set23).

Copied from set21's builder (itself from set19's, set17's, set15's, set14's, set12's, set10's, set9's, set8's and the seeds'). Each record
is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator
(without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed as in the
seeds' builder (`start_at` moves the start back to a given string, used for
table rows whose indicator stands in an earlier cell).

Each document may also list NOT: locators of numbers deliberately left
without a record (percentages that are not quantities under the contract);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id
of the catalogue indicator it measures, or null, decided against
muctieu/catalog/data/indicators.yaml at commit f0d9ac1 (214 entries; see README). As in
set10-set21, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T  # noqa: E402


VAL = dict(unit="other", unit_text=None)
PTS = dict(unit="other", unit_text="điểm")
MBS = dict(unit="other", unit_text="Mb/s")
MBPS = dict(unit="other", unit_text="Mbps")
P100 = dict(unit="other", unit_text="thuê bao/100 dân")

DTIR = "dti.provincial_rank"
TEAMS = "aware.community_digital_teams_count"
MEMBERS = "aware.community_digital_team_members_count"
POSTAL = "infra.postal_points_communes_share"
MSPEED = "infra.mobile_broadband_speed"
FSPEED = "infra.fixed_broadband_speed"

# --------------------------------------------------------------------------
# 01 Ninh Thuận (baoninhthuan.com.vn, no date shown): the province's digital
# infrastructure "trong giai đoạn 2015-2022", "tính đến thời điểm hiện tại";
# the population is "dân số trung bình năm 2022" and "trong năm 2023" lies
# ahead, so the results are of 2022 (the period's last year, set20 02's
# section year). The title "Phát triển hạ tầng số ..." names one pillar and
# heads the whole text → digital_infrastructure (set21 03). National means
# ("mức trung bình của cả nước là 35,29 Mb/s", "70,9%", "71,79 Mb/s") are
# quantities of the country (no place, iid null, set20/set21). "478.946 thuê
# bao trên tổng số 686.236 thuê bao điện thoại": both counts recorded (the
# total is written out as a count of its own, unlike a slash fraction's
# denominator). "tất cả 65 xã, phường, thị trấn" recorded (the communes with
# mobile broadband). Numerators of "289/289", "288/289" recorded (set8), their
# brackets too (spec). "598.683 người" is demography (set15), "2G" a name.
# --------------------------------------------------------------------------
D01 = dict(name="01_ninhthuan-ha-tang-so-2022", kind="result", year=2022, records=[
    R("tất cả «65 xã", "xã, phường, thị trấn trên địa bàn tỉnh mạng viễn thông băng rộng di động đã được đầu tư phát triển",
      "=", 65, **CNT, pillar=INFRA),
    R("trung bình «51 Mb/s", "tốc độ truy nhập trung bình", "=", 51, **MBS, pillar=INFRA, iid=MSPEED),
    R("cả nước là «35,29 Mb/s", "mức trung bình của cả nước", "=", 35.29, **MBS, pillar=INFRA,
      note="national mean of the mobile broadband speed"),
    R("smartphone là «478.946", "tổng số thuê bao điện thoại di động sử dụng smartphone", "=", 478946, **CNT, pillar=INFRA),
    R("tổng số «686.236", "tổng số thuê bao điện thoại", "=", 686236, **CNT, pillar=INFRA,
      iid="infra.mobile_subscriptions_count"),
    R("chiếm «80% tỷ lệ", "thuê bao điện thoại di động sử dụng smartphone chiếm tỷ lệ dân số của tỉnh", "=", 80, pillar=INFRA),
    R("cả nước là «70,9%", "mức trung bình của cả nước", "=", 70.9, pillar=INFRA,
      note="national mean of the smartphone subscriptions' share of the population"),
    R("Tất cả «289/289", "thôn đã được phủ sóng điện thoại di động", "=", 289, **CNT, pillar=INFRA),
    R("thôn («100%)", "thôn đã được phủ sóng điện thoại di động", "=", 100, pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
    R("cố định, «100% xã", "xã, phường, thị trấn trên địa bàn tỉnh đã được triển khai mạng viễn thông băng rộng cố định",
      "=", 100, pillar=INFRA, iid="infra.fibre_commune_coverage_share"),
    R("cả nước là «71,79 Mb/s", "tốc độ truy nhập trung bình của cả nước", "=", 71.79, **MBS, pillar=INFRA,
      note="national mean of the fixed broadband speed"),
    R("Đến nay «288/289", "thôn đã có hạ tầng cáp quang phục vụ hộ gia đình", "=", 288, **CNT, pillar=INFRA),
    R("(«99,6%)", "thôn đã có hạ tầng cáp quang phục vụ hộ gia đình", "=", 99.6, pillar=INFRA,
      iid="infra.fibre_village_coverage_share"),
])

# --------------------------------------------------------------------------
# 02 Lâm Đồng (kinhtemoitruong.vn, no date shown): results "trong năm 2023" →
# 2023. The heading "Những kết quả tích cực trong chuyển đổi số" names no
# pillar → null; "Ở lĩnh vực Kinh tế số," leads its sentence → digital_economy
# (set21 02); "Với chính quyền số, 100% cơ quan Đảng, ... UBND c" leads its
# sentence → digital_government (the page breaks off; worded as stored). The
# 100% of "phủ sóng mạng cáp quang, mạng di động 3G, 4G" is one value for two
# networks (iid null, set20). "142/142 tổ ở cấp xã" and "11/12 huyện":
# numerators (set8); "ở cấp xã" is part of the subject, not a split (scope
# null). "khoảng 11.000 thành viên": op ~. "3G, 4G" names.
# --------------------------------------------------------------------------
D02 = dict(name="02_lamdong-ket-qua-2023", kind="result", year=2023, records=[
    R("báo cáo, «100% tỷ lệ", "tỷ lệ xã có điểm phục vụ bưu chính có người phục vụ", "=", 100, iid=POSTAL),
    R("phục vụ, «100% các sở", "các sở ban ngành, huyện, thành phố giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích",
      "=", 100),
    R("công ích và «100% xã", "xã, phường, thị trấn đã được phủ sóng mạng cáp quang, mạng di động", "=", 100),
    R("với «142/142 tổ", "tổ Công nghệ số cộng đồng ở cấp xã được thành lập", "=", 142, **CNT, iid=TEAMS),
    R("; «11/12 huyện", "huyện đã kiện toàn Tổ Công nghệ số cộng đồng", "=", 11, **CNT),
    R("khoảng «11.000 thành viên", "thành viên Tổ Công nghệ số cộng đồng", "~", 11000, **CNT, iid=MEMBERS),
    R("tỉnh đạt «100% tỷ lệ doanh", "tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", "=", 100, pillar=ECO,
      iid="econ.e_invoice_enterprises_share"),
    R("chính quyền số, «100% cơ quan Đảng", "cơ quan Đảng, các đơn vị sở, ban, ngành, UBND c", "=", 100, pillar=GOV,
      note="the page breaks off inside the subject; worded as stored"),
])

# --------------------------------------------------------------------------
# 03 Lâm Đồng (diendandoanhnghiep.vn, no date shown): the lead states three
# targets "đến năm 2030" (the bare "chiếm 30% GRDP" reads >=, spec; "tăng
# bình quân 8%" a target stated as growth). "1 trong 20 địa phương dẫn đầu
# chuyển đổi số vào năm 2025": a rank target <= 20 of 2025 (set16-set21
# "nhóm 20"); its "1" is rank wording, not a quantity. "gần 300 camera" a
# result ("Tính đến thời điểm này", no date: year null), op ~. "12 phường và
# 4 xã" describe the city (demography, set15). No heading: pillar null; the
# lead's "kinh tế số" is part of its first indicator (set17 13).
# --------------------------------------------------------------------------
D03 = dict(name="03_lamdong-kinh-te-so-2030", kind="target", year=2030, records=[
    R("chiếm «30% GRDP", "tỷ trọng kinh tế số chiếm GRDP của tỉnh", ">=", 30, iid="econ.digital_economy_gdp_share"),
    R("ít nhất «20%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 20, iid="econ.digital_economy_sector_share"),
    R("bình quân «8%", "năng suất lao động hằng năm tăng bình quân", ">=", 8, iid="econ.labour_productivity_growth"),
    R("1 trong «20 địa phương", "địa phương dẫn đầu chuyển đổi số", "<=", 20, **RANK, year=2025, iid=DTIR),
    R("gần «300 camera", "camera được tích hợp vào Trung tâm IOC Đà Lạt", "~", 300, **CNT, kind="result", year=None,
      iid="city.surveillance_cameras_count"),
])

# --------------------------------------------------------------------------
# 04 Cà Mau (pbgdpl.camau.gov.vn, no date shown): targets of the province's
# ICT infrastructure plan, "Yêu cầu phát triển đến năm 2025" → 2025 for the
# whole excerpt (the only year it names). The first paragraph names hạ tầng
# số but holds no value and heads no list (set15 03); the later paragraphs
# open with their topic ("Mạng băng rộng cố định ...") in running text, not
# as headings: pillar null throughout. "tốc độ trung bình 200 Mb/s" and
# "01 Gb/s" qualify the users and organisations of the 90% targets (set16's
# "từ 200 Mbps trở lên"): no records; the download-speed targets "tối thiểu
# 40 Mb/s cho mạng 4G và 100 Mb/s cho mạng 5G" are targets of their own (op
# >= for both, one comparator stated once). "100% dân số ở độ tuổi trưởng
# thà" is cut by the page: recorded as stored.
# --------------------------------------------------------------------------
D04 = dict(name="04_camau-quy-hoach-ha-tang-2025", kind="target", year=2025, records=[
    R("có «300 điểm", "điểm phục vụ bưu chính", ">=", 300, **CNT),
    R("chính. «100% số xã", "số xã có điểm phục vụ bưu chính có người phục vụ", ">=", 100, iid=POSTAL),
    R("phục vụ. «100% số điểm", "số điểm phục vụ bưu chính có người phục vụ có kết nối Internet", ">=", 100),
    R("Internet, «100% số điểm", "số điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến",
      ">=", 100),
    R("bảo đảm «100% số hộ", "số hộ gia đình có khả năng tiếp cận cáp quang khi có nhu cầu", ">=", 100,
      iid="infra.fibre_household_coverage_share"),
    R("với «90% người", "người sử dụng có thể truy nhập Internet cố định", ">=", 90),
    R("Mb/s; «90% các tổ chức", "các tổ chức kinh tế - xã hội tại khu vực thành thị có thể truy nhập Internet", ">=", 90),
    R("tối thiểu «40 Mb/s", "tốc độ tải xuống trung bình cho mạng 4G", ">=", 40, **MBS, iid=MSPEED),
    R("và «100 Mb/s", "tốc độ tải xuống trung bình cho mạng 5G", ">=", 100, **MBS, iid=MSPEED),
    R("5G; «100% dân số", "dân số ở độ tuổi trưởng thà", ">=", 100,
      note="the page breaks off inside the subject; worded as stored"),
])

# --------------------------------------------------------------------------
# 05 Kiên Giang (congnghevadoisong.vn, no date shown): one sentence of 2022
# values of "lĩnh vực xây dựng và phát triển chính quyền điện tử, chính
# quyền số" (a component scored out of 13,5, its index not named): the score
# "9,63/13,5 điểm" (numerator only, set8), the national rank 51/63 and the
# regional rank 10/13 (region in the wording, spec). "tăng 6 bậc", "tăng 2
# bậc" are changes. The title names chính quyền số → digital_government for
# the text (set21 03). iid null (not the DTI pillar).
# --------------------------------------------------------------------------
D05 = dict(name="05_kiengiang-chinh-quyen-so-2022", kind="result", year=2022, records=[
    R("đạt «9,63/13,5", "lĩnh vực xây dựng và phát triển chính quyền điện tử, chính quyền số của tỉnh", "=", 9.63,
      **PTS, pillar=GOV),
    R("vị trí thứ «51/63", "lĩnh vực xây dựng và phát triển chính quyền điện tử, chính quyền số xếp vị trí cả nước",
      "=", 51, **RANK, pillar=GOV),
    R("vị trí thứ «10/13", "lĩnh vực chính quyền điện tử, chính quyền số đứng vị trí khu vực Đồng bằng sông Cửu Long",
      "=", 10, **RANK, pillar=GOV),
])

# --------------------------------------------------------------------------
# 06 Đà Nẵng / national (cadn.com.vn, date 2024-06): the EBI 2024 ranking of
# the e-commerce association (VECOM). The page is Đà Nẵng's: its values carry
# no place; Hồ Chí Minh, Hà Nội and Bình Dương carry `place` (spec). The
# title's "đứng thứ 4" and the body's "xếp thứ 4" are each recorded (set21).
# "dẫn đầu", "đứng thứ hai" are ordinals in words (set15); "thấp hơn 1 hạng"
# a change; "ba chỉ số thành phần", "3 chỉ số thành phần" the index's parts
# (spec). The national mean "23,1 điểm" has no place. The title names
# thương mại điện tử → digital_economy for the text (spec's topic list,
# set20 12). Year 2024 (EBI 2024). No catalogue id for the EBI: iid null.
# --------------------------------------------------------------------------
D06 = dict(name="06_quocgia-ebi-2024", kind="result", year=2024, records=[
    R("đứng thứ «4 cả nước", "Đà Nẵng đứng thứ cả nước về chỉ số thương mại điện tử", "=", 4, **RANK, pillar=ECO),
    R("xếp thứ «4 cả nước", "chỉ số EBI của Đà Nẵng xếp thứ cả nước", "=", 4, **RANK, pillar=ECO),
    R("dẫn đầu với «87 điểm", "thành phố Hồ Chí Minh dẫn đầu chỉ số thương mại điện tử", "=", 87, **PTS, pillar=ECO,
      place="Hồ Chí Minh"),
    R("Hà Nội với «84,3 điểm", "Hà Nội chỉ số thương mại điện tử", "=", 84.3, **PTS, pillar=ECO, place="Hà Nội"),
    R("xếp thứ «3 với", "tỉnh Bình Dương xếp thứ", "=", 3, **RANK, pillar=ECO, place="Bình Dương"),
    R("với «51 điểm", "tỉnh Bình Dương chỉ số thương mại điện tử", "=", 51, **PTS, pillar=ECO, place="Bình Dương"),
    R("năm nay là «23,1 điểm", "Điểm trung bình của chỉ số", "=", 23.1, **PTS, pillar=ECO),
    R("thông tin «70 điểm", "Điểm chỉ số thành phần nguồn nhân lực và hạ tầng công nghệ thông tin của Đà Nẵng", "=", 70,
      **PTS, pillar=ECO),
    R("(xếp thứ «3);", "chỉ số thành phần nguồn nhân lực và hạ tầng công nghệ thông tin xếp thứ", "=", 3, **RANK, pillar=ECO),
    R("B2C «31 điểm", "chỉ số B2C", "=", 31, **PTS, pillar=ECO),
    R("(xếp thứ «8)", "chỉ số B2C xếp thứ", "=", 8, **RANK, pillar=ECO),
    R("B2B «52 điểm", "chỉ số B2B", "=", 52, **PTS, pillar=ECO),
    R("(xếp thứ «4).", "chỉ số B2B xếp thứ", "=", 4, **RANK, pillar=ECO),
    R("là «47 điểm", "Tổng điểm chỉ số thành phần của Đà Nẵng", "=", 47, **PTS, pillar=ECO),
])

# --------------------------------------------------------------------------
# 07 National (vneconomy.vn, no date shown): DTI 2023 → 2023. "top 10 tỉnh,
# thành phố về DTI 2023 gồm: ..." names a group by its size and lists it (set20
# 17's "5 địa phương dẫn đầu ... gồm"): no record; "có 7 tỉnh, thành phố duy
# trì top 10" a count (its "top 10" part of the subject). "Bộ Kế hoạch và Đầu
# tư xếp ở vị trí số 1": a ministry's rank (no place: ministries are not
# provinces, set21 14). "nhóm 17 bộ", "nhóm 8 bộ" the populations ranked
# (set21); "năm thứ 2", "lần thứ 4" ordinals; "4 vị trí tiếp theo", "5 vị trí
# dẫn đầu" groups named by size; "03 khối" structure; "(tăng 34,5%)" a change
# (NOT). The three means by kind of unit: one record each with the group in
# the wording, scope null (set20 11's "giá trị trung bình DTI 2023 cấp
# tỉnh"). No heading: pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quocgia-dti-2023-gia-tri-trung-binh", kind="result", year=2023,
           NOT=["(tăng «34,5%)"], records=[
    R("có «7 tỉnh", "tỉnh, thành phố duy trì top 10 từ năm trước", "=", 7, **CNT),
    R("vị trí số «1.", "Bộ Kế hoạch và Đầu tư xếp ở vị trí", "=", 1, **RANK,
      note="a ministry's rank among the 17 ministries with public services"),
    R("(DVC) là «0,6355", "Giá trị trung bình DTI năm 2023 cấp bộ cung cấp dịch vụ công", "=", 0.6355, **VAL),
    R("DVC là «0,4347", "giá trị DTI 2023 cấp bộ không cung cấp DVC", "=", 0.4347, **VAL),
    R("cấp tỉnh là «0,6783", "giá trị DTI 2023 cấp tỉnh", "=", 0.6783, **VAL),
])

# --------------------------------------------------------------------------
# 08 National (tincongnghe.net, no date shown): the same report as 07. The
# title's "tăng gần 51%" and the body's "tăng trưởng 3% so với năm 2022",
# "tăng trưởng 50,8% so với năm 2020" are changes against earlier values
# (spec): NOT. The national DTI "0,7326" and the three means recorded (as
# 07). "Sau 4 năm", "lần thứ tư" no quantities. Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quocgia-dti-2023-quoc-gia", kind="result", year=2023,
           NOT=["tăng gần «51%", "tăng trưởng «3%", "tăng trưởng «50,8%"], records=[
    R("năm 2023 là «0,7326", "giá trị DTI quốc gia", "=", 0.7326, **VAL),
    R("DTI 2023 là «0,6355", "giá trị trung bình DTI với các bộ cung cấp dịch vụ công", "=", 0.6355, **VAL),
    R("; «0,4347 với", "giá trị trung bình DTI với những bộ không cung cấp dịch vụ công", "=", 0.4347, **VAL),
    R("đạt «0,6783", "giá trị trung bình DTI với các địa phương", "=", 0.6783, **VAL),
])

# --------------------------------------------------------------------------
# 09 Đà Nẵng / national (vietbao.vn, no date shown): ICT Index 2023 → 2023.
# The page is Đà Nẵng's: the three following cities' values carry `place`.
# "dẫn đầu" (rank 1 in words), "năm thứ 14" (also in the caption-like line),
# "12 năm liên tiếp (2009-2020)" no quantities; "giữ vị trí", "giảm 1 bậc"
# changes. Component ranks and points of Đà Nẵng recorded; iid null (the
# catalogue's rank.ict_index is the overall rank, set21 18). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_quocgia-ict-index-2023", kind="result", year=2023, records=[
    R("Cần Thơ («0,6881 điểm)", "Chỉ số ICT Index Cần Thơ", "=", 0.6881, **PTS, place="Cần Thơ"),
    R("Quảng Ninh («0,6514 điểm)", "Chỉ số ICT Index Quảng Ninh", "=", 0.6514, **PTS, place="Quảng Ninh"),
    R("Bắc Ninh («0,664 điểm)", "Chỉ số ICT Index Bắc Ninh", "=", 0.664, **PTS, place="Bắc Ninh"),
    R("với «0,96 điểm", "chỉ số ứng dụng công nghệ thông tin", "=", 0.96, **PTS),
    R("xếp thứ «2 về", "chỉ số hạ tầng nhân lực xếp thứ", "=", 2, **RANK),
    R("với «0,78 điểm", "chỉ số hạ tầng nhân lực", "=", 0.78, **PTS),
    R("xếp hạng «6 về", "chỉ số công nghiệp công nghệ thông tin xếp hạng", "=", 6, **RANK),
    R("với «0,11 điểm", "chỉ số công nghiệp công nghệ thông tin", "=", 0.11, **PTS),
    R("xếp hạng «2 chỉ số", "chỉ số hạ tầng kỹ thuật xếp hạng", "=", 2, **RANK),
    R("với «0,79 điểm", "chỉ số hạ tầng kỹ thuật", "=", 0.79, **PTS),
])

# --------------------------------------------------------------------------
# 10 An Giang, xã Thoại Giang (sokhcn.angiang.gov.vn, no date line; the
# meeting of 08/10/2024 → 2024): the commune's smart hamlet ấp Trung Bình
# (inside the commune: wording, no place). "đạt tỷ lệ 100%" of households able
# to connect to fibre and mobile networks (two networks: iid null). The Zalo
# groups: "02 nhóm Zalo của ấp" and its two parts "01 nhóm ... 05 thành
# viên", "01 nhóm ... 173 thành viên" (spec: one record per number of a
# breakdown); the community team's "07 thành viên"; "01 điểm cố định hỗ trợ
# n" (cut by the page). "3G/4G" names; "1993/QĐ-UBND", "38/QĐ-UBND" document
# numbers. Pillar null ("lĩnh vực Chuyển đổi số" names none).
# --------------------------------------------------------------------------
D10 = dict(name="10_angiang-xa-thoaigiang-2024", kind="result", year=2024, records=[
    R("đạt tỷ lệ «100%", "Các hộ dân trên địa bàn ấp có khả năng kết nối mạng internet cáp quang, mạng viễn thông di động",
      "=", 100),
    R("đã tạo «02 nhóm", "nhóm Zalo của ấp", "=", 2, **CNT),
    R("ấp, «01 nhóm Zalo kết nối các thành viên", "nhóm Zalo kết nối các thành viên trong ấp", "=", 1, **CNT),
    R("gồm «05 thành viên", "nhóm Zalo kết nối các thành viên trong ấp gồm thành viên", "=", 5, **CNT),
    R("; «01 nhóm Zalo kết nối người dân", "nhóm Zalo kết nối người dân trên địa bàn ấp", "=", 1, **CNT),
    R("với «173 thành viên", "nhóm Zalo kết nối người dân trên địa bàn ấp thành viên", "=", 173, **CNT),
    R("với «07 thành viên", "Tổ công nghệ số cộng đồng ấp Trung Bình thành viên", "=", 7, **CNT, iid=MEMBERS),
    R("bố trí «01 điểm", "Tổ công nghệ số cộng đồng ấp Trung Bình bố trí điểm cố định hỗ trợ", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 11 Vĩnh Long, xã An Ngãi Trung (vietnamnet.vn, date 2025-11): the commune's
# advanced new-rural criteria of 2025. "19/19 tiêu chí" and its "đạt tỷ lệ
# 100%" are the degree to which criteria are met (set13-set15, set15 04's
# "hoàn thành 100%"): NOT. "thu nhập bình quân đầu người đạt 78,65 triệu
# đồng/người/năm": the income criterion's value (money, unit other, the
# magnitude multiplied in, spec). "tiêu chí số 10" a name; "2021 - 2025" a
# period; "ba trụ cột" words. The provincial leader's "phấn đấu 100% người dân
# nộp hồ sơ trực tuyến" is a target (no horizon: the page's year 2025); a
# share of people, not of applications: iid null. Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_vinhlong-xa-anngaitrung-2025", kind="result", year=2025,
           NOT=["đạt tỷ lệ «100%, với"], records=[
    R("đạt «78,65 triệu", "thu nhập bình quân đầu người", "=", 78.65e6, unit="other", unit_text="đồng/người/năm"),
    R("phấn đấu «100% người dân", "người dân nộp hồ sơ trực tuyến", ">=", 100, **T),
])

# --------------------------------------------------------------------------
# 12 Sóc Trăng, xã Hòa Tú 1 (baosoctrang.org.vn, no date shown: year null):
# a commune whose model hamlet pays without cash. "khoảng 50% là không trả
# tiền mặt" (a shop's customers, op ~) and "chuyển khoản gần như 100%" (the
# shopkeeper's payments to his suppliers, op ~) are values reported as
# reached. "6 xã vùng trong" (the commune is one of six) and "3 ngân hàng"
# (the banks of one shop's QR codes, a detail of the setup, set20 09's design
# numbers) are no quantities; "Hòa Tú 1" a name. Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_soctrang-xa-hoatu1", kind="result", year=None, records=[
    R("khoảng «50% là", "khách vào mua hàng không trả tiền mặt", "~", 50),
    R("gần như «100%", "giao dịch với các đầu mối để lấy hàng hóa, sản phẩm về bán đều thực hiện chuyển khoản", "~", 100),
])

# --------------------------------------------------------------------------
# 13 An Giang (angiang.gov.vn, no date shown): the plan for smart new-rural
# communes; one target "Đến cuối năm 2025, ... có ít nhất 04 mô hình xã NTM
# thông minh" (op >=). "4G/5G" names. Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_angiang-ntm-thong-minh-2025", kind="target", year=2025, records=[
    R("ít nhất «04 mô hình", "mô hình xã NTM thông minh", ">=", 4, **CNT, iid="society.smart_rural_communes_count"),
])

# --------------------------------------------------------------------------
# 14 National (cafef.vn, date 2023-09): the ministry's telecom and DX figures
# to September 2023, with the targets for 2023 ("Mục tiêu năm 2023", "Mục
# tiêu đến tháng 12/2023": targets of 2023). Every "tăng x% so với cùng kỳ"
# and "tăng 7,3 triệu", "giảm 3 triệu thuê bao" are changes (spec): NOT / no
# records. "22,4 thuê bao/100 dân", "87,07 ..." and the targets "25", "90
# thuê bao/100 dân" carry no "%": unit other "thuê bao/100 dân" (set6); the
# catalogue's per-100 entries are the same measures (iid given). Speeds'
# world ranks "xếp thứ 46 / 45" recorded (rank, =), world means "82,56 /
# 42,35 Mbps" recorded (no place). "63/63", "53/63": numerators (set8); "hoàn
# thành 100% đến cấp xã" is inside the subject of the count 53 (set21 14's
# thresholds): NOT. "18,053 triệu lượt truy cập" a count (magnitude word).
# Pillar: "Trong lĩnh vực viễn thông," leads the first paragraph (mạng viễn
# thông → hạ tầng số, spec) → digital_infrastructure for it; the next
# paragraphs name no pillar and stand under no heading (spec): null; "Trong
# lĩnh vực chuyển đổi số" names none.
# --------------------------------------------------------------------------
D14 = dict(name="14_quocgia-vien-thong-2023", kind="result", year=2023,
           NOT=["tăng «6,2%", "tăng «7,7%", "tăng «6,3%", "tăng «7,77%", "(tăng «22,93%", "(tăng «26,28%",
                "hoàn thành «100% đến"], records=[
    R("cáp quang đạt «78,3%", "tỷ lệ hộ gia đình sử dụng cáp quang", "=", 78.3, pillar=INFRA,
      iid="infra.households_internet_share"),
    R("năm 2023 đạt «84%", "tỷ lệ hộ gia đình sử dụng cáp quang", ">=", 84, pillar=INFRA, **T,
      iid="infra.households_internet_share"),
    R("cố định đạt «22,3 triệu", "Số thuê bao băng rộng cố định", "=", 22.3e6, **CNT, pillar=INFRA,
      iid="infra.internet_subscriptions_count"),
    R("tỷ lệ «22,4 thuê bao", "tỷ lệ thuê bao băng rộng cố định/100 dân", "=", 22.4, **P100, pillar=INFRA,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("đạt «25 thuê bao", "thuê bao băng rộng cố định/100 dân", ">=", 25, **P100, pillar=INFRA, **T,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("di động đạt «86,6 triệu", "Số thuê bao băng rộng di động", "=", 86.6e6, **CNT),
    R("tỷ lệ «87,07 thuê bao", "tỷ lệ thuê bao băng rộng di động/100 dân", "=", 87.07, **P100,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("đạt «90 thuê bao", "thuê bao băng rộng di động/100 dân", ">=", 90, **P100, **T,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("ước đạt «101,2 triệu", "Thuê bao điện thoại di động sử dụng SMP", "=", 101.2e6, **CNT),
    R("phone «23,1 triệu", "Thuê bao Feature phone", "=", 23.1e6, **CNT),
    R("cố định «93,66 Mbps", "Tốc độ băng rộng cố định", "=", 93.66, **MBPS, iid=FSPEED),
    R("xếp thứ «46", "Tốc độ băng rộng cố định xếp thứ", "=", 46, **RANK, note="a world ranking"),
    R("thế giới là «82,56 Mbps", "trung bình thế giới tốc độ băng rộng cố định", "=", 82.56, **MBPS),
    R("di động đạt «48,29 Mbps", "Tốc độ truy nhập Internet băng rộng di động", "=", 48.29, **MBPS, iid=MSPEED),
    R("xếp thứ «45", "Tốc độ truy nhập Internet băng rộng di động xếp thứ", "=", 45, **RANK, note="a world ranking"),
    R("thế giới là «42,35 Mbps", "trung bình thế giới tốc độ truy nhập Internet băng rộng di động", "=", 42.35, **MBPS),
    R("Cả nước «63/63", "tỉnh, thành phố đã thành lập Tổ CNSCĐ", "=", 63, **CNT),
    R("lập «76.905 Tổ", "Tổ CNSCĐ", "=", 76905, **CNT, iid=TEAMS),
    R("và «356.914 thành viên", "thành viên tham gia Tổ CNSCĐ cấp xã, thôn, phố", "=", 356914, **CNT, iid=MEMBERS),
    R("; «53/63", "tỉnh, thành phố hoàn thành đến cấp xã", "=", 53, **CNT),
    R("có «18,053 triệu", "lượt truy cập vào nền tảng học kỹ năng trực tuyến mở đại trà", "=", 18.053e6, **CNT),
])

# --------------------------------------------------------------------------
# 15 National (thongke.cesti.gov.vn, no date shown): the national strategy's
# digital-society targets "đến năm 2025" under the lead-in "Về phát triển xã
# hội số," (and the heading "Tình hình xây dựng xã hội số ...") →
# digital_society. "từ 15 tuổi trở lên" qualifies the population (set20);
# "hơn 50%" op >. The third subject is cut by the page ("cá nh"), worded as
# stored. "411/QĐ-TTg" a document number.
# --------------------------------------------------------------------------
D15 = dict(name="15_quocgia-xa-hoi-so-411", kind="target", year=2025, records=[
    R("phấn đầu «80% dân số", "dân số trưởng thành có điện thoại thông minh", ">=", 80, pillar=SOC,
      iid="society.adult_smartphone_share"),
    R("thông minh; «80% dân số", "dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được cho phép khác",
      ">=", 80, pillar=SOC, iid="society.bank_account_15plus_share"),
    R("hơn «50% dân số", "dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nh", ">", 50, pillar=SOC,
      iid="society.adult_digital_signature_share", note="the page breaks off inside the subject; worded as stored"),
])

# --------------------------------------------------------------------------
# 16 Hậu Giang (baohaugiang.com.vn, date 2025-06; now Cần Thơ): "toàn tỉnh đã
# có 21 mô hình Chợ 4.0" led by "Thúc đẩy phát triển kinh tế số," →
# digital_economy (set21 02's lead of a sentence). "Chợ 4.0" a name. No
# catalogue id for a count of cashless markets.
# --------------------------------------------------------------------------
D16 = dict(name="16_haugiang-cho-4-0-2025", kind="result", year=2025, records=[
    R("có «21 mô hình", "mô hình Chợ 4.0 - thanh toán không dùng tiền mặt", "=", 21, **CNT, pillar=ECO),
])

# --------------------------------------------------------------------------
# 17 Bà Rịa - Vũng Tàu (ictnews.vietnamnet.vn, date 2021-12): information
# security, no value: a precision check. "Quyết định 2207" a document number,
# "2016-2020" a period, "21/12" a date.
# --------------------------------------------------------------------------
D17 = dict(name="17_bariavungtau-attt-2021", kind="result", year=2021, records=[])

# --------------------------------------------------------------------------
# 18 Tây Ninh (baotayninh.vn, date 2023-01): the province's ranking of its
# own agencies for 2022, ranks in words only ("xếp hạng nhất / nhì / ba",
# set15's ordinals in words); "19 sở, ban, ngành" the population ranked
# (set21). A precision check: no record.
# --------------------------------------------------------------------------
D18 = dict(name="18_tayninh-xep-hang-co-quan-2022", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 19 National (sggp.org.vn, date 2025-10): DTI 2024 announced. "thứ 2 là TP
# Huế": Huế's rank (place; the page is national, written from TP.HCM, whose
# own place "tiếp theo" has no number). "dẫn đầu" in words. The index's
# structure ("12 chỉ số", "3 trụ cột", "(400 điểm)", "(300 điểm)", "tổng
# điểm 1.000", "8 chỉ số chính với 47 chỉ số thành phần", "6 chỉ") are parts
# and maximum scores of the index (spec): no records. Pillar null.
# --------------------------------------------------------------------------
D19 = dict(name="19_quocgia-dti-2024-cau-truc", kind="result", year=2024, records=[
    R("thứ «2 là TP Huế", "DTI năm 2024 thứ", "=", 2, **RANK, place="TP Huế", iid=DTIR),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16, D17, D18, D19]

def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
