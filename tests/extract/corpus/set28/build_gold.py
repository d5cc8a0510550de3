#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set28).

Copied from set27's builder (itself from set25's, set23's, set21's, set19's, set17's, set15's,
set14's, set12's, set10's, set9's, set8's and the seeds'). Each record is written by hand below;
its anchor is never typed in. A record names a locator: a piece of the text with « just before
the number. The locator (without «) must occur exactly once in the text; the anchor is where «
stands. `start`/`end` (the clause that states the quantity) are computed as in the seeds'
builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. In set28 every percentage is a quantity: the NOT lists
are empty, and the numbers left out are listed (and decided) in the README.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml at commit
f0d9ac1 (214 entries; see README). As in set10-set27, the id is given in the record itself
(`iid=`).

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


VAL = dict(unit="other", unit_text=None)
DIEM = dict(unit="other", unit_text="điểm")

WR = "egov.work_records_online_share"
DTI_R = "dti.provincial_rank"
DTI_S = "dti.provincial_score"
GOV_R, ECO_R, SOC_R = "dti.digital_government_rank", "dti.digital_economy_rank", "dti.digital_society_rank"
GOV_S, ECO_S, SOC_S = "dti.digital_government_score", "dti.digital_economy_score", "dti.digital_society_score"
BTS = "infra.bts_stations_count"
MVIL = "infra.mobile_village_coverage_share"
GDP = "econ.digital_economy_gdp_share"
TEAMS = "aware.community_digital_teams_count"

# --------------------------------------------------------------------------
# 01 Lào Cai (chuongtrinhmtqg.baodantoc.vn, no date shown; the address's
# timestamp is not used as a date): ranks on the national data platform
# (NDXP) "đứng thứ 3/63 ... trong năm 2022" (2022) and "đứng thứ 2/63 tính
# đến ngày 21/3/2023" (2023); the PAR Index and SIPAS places of 2022 (rank,
# op =; the catalogue's SIPAS entry is a percentage, so the SIPAS rank gets
# no id). "29 ứng dụng" integrated on the LGSP: a count, no year of its own
# → null. "Hiện, toàn tỉnh có 1.548/1.562 thôn ... (tương đương 99%)" and
# "1.525/1.562 ... (đạt 97,6%)": numerator and bracketed share each recorded
# (spec: a bracket that states a value); "Hiện" in a page without a date
# line → year null (set27 01, 02, 03). "Về xây dựng chính quyền số và phát
# triển đô thị thông minh, ..." names two pillars (set25 03) and "Hạ tầng
# số, nền tảng số, ..." opens a paragraph naming two → pillar null
# throughout. "(3G, 4G)" names; "/1.562" denominators; "21/3/2023" a date.
# --------------------------------------------------------------------------
NDXP = "tỉnh có số giao dịch cao nhất qua nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)"
D01 = dict(name="01_laocai-ndxp-xep-hang-2022", kind="result", year=None, records=[
    R("đứng thứ «3/63", "Lào Cai đứng thứ " + NDXP, "=", 3, **RANK, year=2022),
    R("đứng thứ «2/63", "Lào Cai đứng thứ " + NDXP, "=", 2, **RANK, year=2023),
    R("tích hợp «29 ứng", "ứng dụng kết nối liên thông các hệ thống thông tin cơ sở dữ liệu quốc gia tích hợp trên nền tảng kết nối, chia sẻ dữ liệu của tỉnh (LGSP)",
      "=", 29, **CNT),
    R("vị trí thứ «11", "Lào Cai giữ vị trí thứ trong bảng xếp hạng chỉ số cải cách hành chính (Par Index)", "=", 11, **RANK,
      year=2022, iid="rank.par_index"),
    R("đứng thứ «9 trong", "bảng xếp hạng về chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)",
      "=", 9, **RANK, year=2022),
    R("có «1.548/1.562", "thôn, tổ dân phố được phủ sóng tại khu vực trung tâm, các khu vực tập trung dân cư", "=", 1548, **CNT),
    R("tương đương «99%", "thôn, tổ dân phố được phủ sóng tại khu vực trung tâm, các khu vực tập trung dân cư", "=", 99, iid=MVIL),
    R("; «1.525/1.562", "thôn, tổ dân phố có hạ tầng bảo đảm việc cung cấp dịch vụ truy nhập Internet băng rộng di động", "=", 1525, **CNT),
    R("(đạt «97,6%", "thôn, tổ dân phố có hạ tầng bảo đảm việc cung cấp dịch vụ truy nhập Internet băng rộng di động", "=", 97.6,
      iid=MVIL),
])

# --------------------------------------------------------------------------
# 02 Lào Cai (qlqh.laocai.gov.vn, no date shown): a precision text: two
# results, "Tỷ lệ hồ sơ công việc ... toàn tỉnh đạt 79,76%" and "Tỷ lệ văn
# bản đi được ký số hoàn toàn đạt 79,53%"; no year (no date line, no period
# named; "2025", "2030" are the national programme's horizons) → null. The
# paragraph opens with "Tỉnh đã bắt tay xây dựng chính quyền số ..." but that
# sentence opens no list; the values stand in sentences of their own under no
# heading → pillar null. "3 trụ cột" and "4 cấp hành chính" are structures,
# not quantities. The text breaks off in "dịch vụ công trực" (no number).
# --------------------------------------------------------------------------
D02 = dict(name="02_laocai-ho-so-cong-viec", kind="result", year=None, records=[
    R("toàn tỉnh đạt «79,76%", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng toàn tỉnh", "=", 79.76, iid=WR),
    R("hoàn toàn đạt «79,53%", "Tỷ lệ văn bản đi được ký số hoàn toàn", "=", 79.53, iid="egov.electronic_documents_share"),
])

# --------------------------------------------------------------------------
# 03 Yên Bái (yenbai.gov.vn, 12/08/2022): DTI 2021 results → 2021. The rank
# 27/63 is stated twice (lead and body): each recorded (set24 12, set27 12).
# "tăng 17 bậc so với năm 2020" is a change (spec), not recorded; its
# bracket "(xếp thứ 40/63)" states the 2020 value → a rank result of 2020.
# The three pillar ranks (24, 27, 29) and "năm 2020 thì các thứ tự này là
# 47, 39, 29" (three ranks of 2020, each with its own subject, like "lần lượt
# là 15, 7, 4"). "Chính quyền số cấp tỉnh" names the index's pillar at the
# provincial level: the level is part of the subject → scope null. The index
# structure "9 chỉ số chính với 98 chỉ số thành phần", "6 / 3 / 7 chỉ số
# chính" is no quantity (spec). Index pillar names are not headings → pillar
# null. Site furniture (hotline, menu) and the image caption were cut.
# --------------------------------------------------------------------------
D03 = dict(name="03_yenbai-dti-2021", kind="result", year=2021, records=[
    R("xếp vị trí thứ «27/63", "tỉnh Yên Bái xếp vị trí thứ Chỉ số đánh giá chuyển đổi số (DTI)", "=", 27, **RANK, iid=DTI_R),
    R("Yên Bái xếp thứ «27/63", "xếp hạng DTI cấp tỉnh, tỉnh Yên Bái", "=", 27, **RANK, iid=DTI_R),
    R("(xếp thứ «40/63)", "xếp hạng DTI cấp tỉnh, tỉnh Yên Bái", "=", 40, **RANK, year=2020, iid=DTI_R),
    R("Yên Bái xếp thứ «24/63", "Chính quyền số cấp tỉnh, Yên Bái xếp thứ", "=", 24, **RANK, iid=GOV_R),
    R("cấp tỉnh xếp «27/63", "Kinh tế số cấp tỉnh", "=", 27, **RANK, iid=ECO_R),
    R("cấp tỉnh xếp «29/63", "Xã hội số cấp tỉnh", "=", 29, **RANK, iid=SOC_R),
    R("này là «47", "thứ tự Chính quyền số cấp tỉnh", "=", 47, **RANK, year=2020, iid=GOV_R),
    R("47, «39", "thứ tự Kinh tế số cấp tỉnh", "=", 39, **RANK, year=2020, iid=ECO_R),
    R("39, «29.", "thứ tự Xã hội số cấp tỉnh", "=", 29, **RANK, year=2020, iid=SOC_R),
])

# --------------------------------------------------------------------------
# 04 Nghệ An, xã Thanh Hương (huyện Thanh Chương; thanhchuong.nghean.gov.vn,
# 13/02/2025): a commune's plan for 2025 → targets of 2025. Two lead-ins each
# open a list: "trọng tâm là phát triển chính quyền số, với các chỉ tiêu như:
# 100% ...; 60 - 70% ...; 50% ...; 100% ..." → digital_government for the
# four; "xã cũng đặt mục tiêu phát triển kinh tế số, trong đó chú trọng:
# ... 85% ...; ... 75% ...; ... 50% ..." → digital_economy for the three. The
# page wraps lines inside sentences (kept as returned). "60 - 70%" a range
# (between). "hồ sơ công việc cấp xã": the level is the subject's → scope
# null. Bare targets >=. The place is the commune itself (the document's
# own): no place. Counter "Lượt xem: 115" and two photo captions cut.
# --------------------------------------------------------------------------
D04 = dict(name="04_nghean-thanhhuong-ke-hoach-xa-2025", kind="target", year=2025, records=[
    R("như: «100% cán", "cán bộ, công chức được đào tạo kỹ năng số", ">=", 100, pillar=GOV,
      iid="hr.civil_servants_basic_digital_skills_share"),
    R("số; «60 - 70%", "hồ sơ công việc cấp xã được xử lý trên môi trường mạng", "between", 60, value_max=70, pillar=GOV, iid=WR),
    R("mạng; «50% hồ", "hồ sơ hành chính được giải quyết trực tuyến toàn trình", ">=", 50, pillar=GOV,
      iid="egov.online_applications_share"),
    R("trình; «100% chế", "chế độ báo cáo được thực hiện trực tuyến và liên thông với hệ thống báo cáo quốc gia", ">=", 100, pillar=GOV,
      iid="egov.online_reporting_share"),
    R("Khuyến khích «85%", "người dân trong độ tuổi lao động mở tài khoản ngân hàng", ">=", 85, pillar=ECO),
    R("của «75% hộ", "Số hóa dữ liệu của hộ sản xuất nông nghiệp", ">=", 75, pillar=ECO),
    R("phấn đấu «50% hộ", "hộ gia đình thanh toán tiền điện qua ngân hàng", ">=", 50, pillar=ECO),
])

# --------------------------------------------------------------------------
# 05 Lạng Sơn (stttt.langson.gov.vn, no date shown): the title's rank "xếp
# hạng 5 toàn quốc về ... (DTI) 2021" → rank result of 2021 (op =). "Là 01
# trong 06 tỉnh, thành phố đầu tiên sớm ban hành được Nghị quyết" is the
# population a choice is taken in (set27 13 "1 trong 4 huyện"): no quantity.
# "tập huấn cho 200 thanh niên tại 200 xã, thị trấn": two counts, the youths
# trained (people trained in digital skills: a group of the population, id
# kept) and the communes they came from; no year of their own in a page
# without a date line → null. "49-NQ/TU", "2025", "2030" references. The
# image caption restating the title (and its placeholder "dd") was cut.
# --------------------------------------------------------------------------
D05 = dict(name="05_langson-dti-2021-hang-5", kind="result", year=None, records=[
    R("xếp hạng «5 toàn", "Lạng Sơn xếp hạng toàn quốc về Chỉ số đánh giá chuyển đổi số (DTI)", "=", 5, **RANK, year=2021, iid=DTI_R),
    R("cho «200 thanh", "thanh niên được tập huấn về phát triển kinh tế số, cài đặt app Công dân số", "=", 200, **CNT,
      iid="hr.population_digital_skills_trained_count"),
    R("tại «200 xã", "xã, thị trấn có thanh niên được tập huấn về phát triển kinh tế số", "=", 200, **CNT),
])

# --------------------------------------------------------------------------
# 06 Điện Biên (vietnamnet.vn, no date shown): a precision text: two targets
# of the provincial resolution "về chuyển đổi số đến năm 2025, định hướng
# đến năm 2030": "đạt mức độ phủ sóng 4G 100%" and "100% cấp thôn/bản có
# truy cập internet cáp quang" (bare → >=). The sentence names two horizons
# and ties neither to the values → year null (set25 18, set27 16). "(năm
# 2020)" dates the programme's start; "4G" a name; "lần thứ tư" a word.
# "cấp thôn/bản" is the subject (spec: "100% thôn, bản có sóng di động") →
# scope null. An image file name and its caption were cut.
# --------------------------------------------------------------------------
D06 = dict(name="06_dienbien-nghi-quyet-4g-cap-quang", kind="target", year=None, records=[
    R("phủ sóng 4G «100%", "mức độ phủ sóng 4G", ">=", 100, iid="infra.mobile_broadband_population_coverage_share"),
    R("thực hiện «100% cấp", "cấp thôn/bản có truy cập internet cáp quang", ">=", 100, iid="infra.fibre_village_coverage_share"),
])

# --------------------------------------------------------------------------
# 07 Phú Thọ after the merger (baophutho.vn, 19/09/2025): results under the
# subheading "Hạ tầng số tạo nền tảng cho phát triển" → digital_infrastructure
# for the three values (a heading naming one pillar; "nền tảng" here is not
# "nền tảng số"). "hơn 10.200 trạm BTS" (>, BTS id), "đạt 99% diện tích" (a
# share of area: the catalogue's coverage entries are of population or
# villages → id null), "170 trạm phát sóng 5G" (a kind of station: BTS id
# kept, set25, set27 19). Year: the date line's 2025 (no period named).
# "3G", "4G", "5G" names.
# --------------------------------------------------------------------------
D07 = dict(name="07_phutho-ha-tang-so-sau-sap-nhap", kind="result", year=2025, records=[
    R("hơn «10.200", "trạm BTS", ">", 10200, **CNT, pillar=INFRA, iid=BTS),
    R("đạt «99% diện", "phủ sóng 3G và 4G diện tích", "=", 99, pillar=INFRA),
    R("«170 trạm", "trạm phát sóng 5G đã được đưa vào hoạt động", "=", 170, **CNT, pillar=INFRA, iid=BTS),
])

# --------------------------------------------------------------------------
# 08 Vĩnh Phúc (vietnam.vn, no date shown): "Năm 2022, Vĩnh Phúc đứng thứ 5
# cả nước về tỷ trọng kinh tế số trên ... (GRDP), đạt 22,87%": a rank and a
# share of 2022 (the rank of a share has no catalogue id). "hiện có 5 nhà
# cung cấp dịch vụ viễn thông": a count with no year of its own → null (no
# date line). "1 trong 3 trụ cột" a structure; "2016 - 2020", "2021 - 2025"
# periods. No heading → pillar null. A photo caption cut.
# --------------------------------------------------------------------------
D08 = dict(name="08_vinhphuc-thu-5-kinh-te-so-tmdt", kind="result", year=None, records=[
    R("đứng thứ «5 cả", "Vĩnh Phúc đứng thứ cả nước về tỷ trọng kinh tế số trên tổng sản phẩm trên địa bàn (GRDP)", "=", 5, **RANK,
      year=2022),
    R("đạt «22,87%", "tỷ trọng kinh tế số trên tổng sản phẩm trên địa bàn (GRDP)", "=", 22.87, year=2022, iid=GDP),
    R("hiện có «5 nhà", "nhà cung cấp dịch vụ viễn thông và dịch vụ internet, truyền hình trả tiền", "=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 09 Thanh Hóa (baothanhhoa.vn, no date shown): the DTI ranking of 2020 →
# 2020: "Thanh Hóa xếp thứ 15 trong tổng số 63" and three other provinces'
# places "Hà Nội (thứ 43), Nghệ An (thứ 36), Hải Phòng (thứ 21)": each a rank
# with `place` (spec: a province that is not the document's own). "63" the
# population ranked.
# --------------------------------------------------------------------------
XH = "xếp hạng chuyển đổi số cấp tỉnh"
D09 = dict(name="09_thanhhoa-dti-2020-xep-thu-15", kind="result", year=2020, records=[
    R("xếp thứ «15", "Thanh Hóa " + XH, "=", 15, **RANK, iid=DTI_R),
    R("(thứ «43)", "Hà Nội " + XH, "=", 43, **RANK, place="Hà Nội", iid=DTI_R),
    R("(thứ «36)", "Nghệ An " + XH, "=", 36, **RANK, place="Nghệ An", iid=DTI_R),
    R("(thứ «21)", "Hải Phòng " + XH, "=", 21, **RANK, place="Hải Phòng", iid=DTI_R),
])

# --------------------------------------------------------------------------
# 10 Ninh Bình after the merger with Hà Nam and Nam Định (duytien.hanamtv.vn,
# no date shown): a precision text with one quantity, the national target of
# Nghị quyết 57-NQ/TW "đến năm 2030 quy mô kinh tế số đạt tối thiểu 30% GDP"
# (target, 2030, op >=; national: no place). It stands under the subheading
# "Thể chế số và mô hình nền tảng", which names one pillar (thể chế số;
# "mô hình nền tảng" is not "nền tảng số") → digital_institutions: the
# heading decides (spec). Dates, "57-NQ/TW", "411/QĐ-TTg", "2025", "2030"
# and "ba tỉnh cũ" are no quantities. Two photo captions cut.
# --------------------------------------------------------------------------
D10 = dict(name="10_ninhbinh-the-che-so-sau-hop-nhat", kind="target", year=None, records=[
    R("tối thiểu «30% GDP", "quy mô kinh tế số đạt GDP", ">=", 30, year=2030, pillar=INST, iid=GDP),
])

# --------------------------------------------------------------------------
# 11 Tuyên Quang (doingoai.tuyenquang.gov.vn, no date shown): DTI 2023 → 2023.
# The overall rank 38/63 and value "(giá trị DTI chung đạt 0,6735)", then per
# pillar a value ("đạt 0,7089", unit other, no unit written → unit_text null)
# and a rank ("xếp hạng 42/63"). Every "tăng N bậc so với năm 2022 / 2021" is
# a change (spec): not recorded. Index pillar names are not headings → pillar
# null. The image caption restating the rank was cut. "48-NQ/TU",
# "15/11/2021", "2025", "2030" references.
# --------------------------------------------------------------------------
D11 = dict(name="11_tuyenquang-dti-2023-diem", kind="result", year=2023, records=[
    R("năm 2023 thứ «38/63", "tỉnh Tuyên Quang xếp hạng chuyển đổi số", "=", 38, **RANK, iid=DTI_R),
    R("chung đạt «0,6735", "giá trị DTI chung", "=", 0.6735, **VAL, iid=DTI_S),
    R("Chính quyền số đạt «0,7089", "Giá trị DTI về Chính quyền số", "=", 0.7089, **VAL, iid=GOV_S),
    R("xếp hạng «42/63", "Chính quyền số xếp hạng", "=", 42, **RANK, iid=GOV_R),
    R("Kinh tế số đạt «0,6197", "giá trị DTI về Kinh tế số", "=", 0.6197, **VAL, iid=ECO_S),
    R("xếp hạng «24/63", "Kinh tế số xếp hạng", "=", 24, **RANK, iid=ECO_R),
    R("Xã hội số đạt «0,4443", "giá trị DTI về Xã hội số", "=", 0.4443, **VAL, iid=SOC_S),
    R("xếp hạng «18/63", "Xã hội số xếp hạng", "=", 18, **RANK, iid=SOC_R),
])

# --------------------------------------------------------------------------
# 12 Tuyên Quang (tracuuquyhoach.com, an aggregator's copy; no date shown):
# "Năm 2021 xếp thứ 58, năm 2022 xếp thứ 48, năm 2023 xếp thứ 38": three DTI
# ranks, each with its year. "tăng 10 bậc" a change; "3 trụ cột" and "liên
# thông 4 cấp" structures. "tích hợp 167 Trang thông tin điện tử": a count
# ("Đến thời điểm hiện tại", no date line → year null; the catalogue counts
# no portals → id null). "Người dân được hưởng lợi" is a subheading naming no
# pillar → null. A photo caption cut.
# --------------------------------------------------------------------------
D12 = dict(name="12_tuyenquang-tang-hang-2021-2023", kind="result", year=None, records=[
    R("Năm 2021 xếp thứ «58", "xếp hạng chuyển đổi số của tỉnh", "=", 58, **RANK, year=2021, iid=DTI_R),
    R("năm 2022 xếp thứ «48", "xếp hạng chuyển đổi số của tỉnh", "=", 48, **RANK, year=2022, iid=DTI_R),
    R("năm 2023 xếp thứ «38", "xếp hạng chuyển đổi số của tỉnh", "=", 38, **RANK, year=2023, iid=DTI_R),
    R("tích hợp «167 Trang", "Trang thông tin điện tử của các cơ quan, đơn vị trên địa bàn tỉnh tích hợp vào Cổng Thông tin điện tử tỉnh",
      "=", 167, **CNT),
])

# --------------------------------------------------------------------------
# 13 Quảng Bình (quangbinh.gov.vn, 16-11-2023): a precision text: the DTI
# "Năm 2023 ... đạt 541,46/1.000 điểm" (unit other "điểm"; the "/1.000" is
# the scale), its rank 46/63 and the three pillar ranks (46, 38, 40), all
# 2023 as the text says. Every "tăng N bậc" is a change (spec). The rest:
# "03 trụ cột", "Công văn số 2351/UBND-KSTT", the dates 16/11/2023 and
# 20/12/2023, "Quý IV/2023" — no quantities. "Chi tiết bài viết" cut.
# --------------------------------------------------------------------------
D13 = dict(name="13_quangbinh-dti-541-diem", kind="result", year=2023, records=[
    R("đạt «541,46", "Chỉ số đánh giá chuyển đổi số (DTI) của tỉnh", "=", 541.46, **DIEM, iid=DTI_S,
      note="on a scale of 1.000 points ('541,46/1.000 điểm')"),
    R("xếp thứ «46/63 tỉnh", "Chỉ số đánh giá chuyển đổi số (DTI) của tỉnh xếp thứ tỉnh, thành phố trực thuộc Trung ương", "=", 46,
      **RANK, iid=DTI_R),
    R("Chính quyền số đứng thứ «46/63", "trụ cột Chính quyền số", "=", 46, **RANK, iid=GOV_R),
    R("Kinh tế số đứng thứ «38/63", "trụ cột Kinh tế số", "=", 38, **RANK, iid=ECO_R),
    R("Xã hội số đứng thứ «40/63", "trụ cột Xã hội số", "=", 40, **RANK, iid=SOC_R),
])

# --------------------------------------------------------------------------
# 14 Hòa Bình (hoabinh.gov.vn, 05/12/2023): results of 2023 (the title and the
# date): "1.482 Tổ công nghệ số cộng đồng cấp xóm, 151 tổ công ngh" — the page
# breaks off after the second count's noun began: recorded as stored, with a
# note (set27 20). The level of the second count is cut, so no split by level
# can be read: scope null for both, "cấp xóm" kept in the first's wording.
# "Chuyển đổi số" (a section label), "DetailController" and a photo caption
# were cut. No pillar heading.
# --------------------------------------------------------------------------
D14 = dict(name="14_hoabinh-to-cong-nghe-so-2023", kind="result", year=2023, records=[
    R("có «1.482 Tổ", "Tổ công nghệ số cộng đồng cấp xóm", "=", 1482, **CNT, iid=TEAMS),
    R("xóm, «151 tổ", "tổ công ngh", "=", 151, **CNT, iid=TEAMS, note="the page breaks off after 'tổ công ngh'; worded as stored"),
])

# --------------------------------------------------------------------------
# 15 Thái Nguyên (thainguyentv.vn, no date shown): the DTI of 2020 → 2020.
# The title's "đứng thứ 3 ở trụ cột Chính quyền số" and the body's restating
# "Ở trụ cột Chính quyền số, Thái Nguyên xếp thứ 3" (each recorded); the
# overall "đứng thứ 12 cả nước"; two component ranks, "Chỉ số Thông tin và
# Dữ liệu số đứng thứ 2" and one value for two components "Chỉ số Chuyển đổi
# nhận thức và Chỉ số Hoạt động Chính quyền số đứng thứ 4" (one record, id
# null). "thuộc các tỉnh nhóm 2" names a tier of the ranking, not a rank
# group like "nhóm 20 tỉnh dẫn đầu": no quantity. "3 trụ cột", "Nghị quyết
# số 01", "2021-2025", "2030" no quantities. An image caption cut.
# --------------------------------------------------------------------------
D15 = dict(name="15_thainguyen-dti-2020-chinh-quyen-so", kind="result", year=2020, records=[
    R("đứng thứ «3 ở", "Thái Nguyên đứng thứ ở trụ cột Chính quyền số", "=", 3, **RANK, iid=GOV_R),
    R("đứng thứ «12 cả", "Tỉnh Thái Nguyên đứng thứ cả nước", "=", 12, **RANK, iid=DTI_R),
    R("Thái Nguyên xếp thứ «3.", "Ở trụ cột Chính quyền số, Thái Nguyên xếp thứ", "=", 3, **RANK, iid=GOV_R),
    R("số đứng thứ «2;", "Chỉ số Thông tin và Dữ liệu số", "=", 2, **RANK),
    R("Chính quyền số đứng thứ «4.", "Chỉ số Chuyển đổi nhận thức và Chỉ số Hoạt động Chính quyền số", "=", 4, **RANK),
])

# --------------------------------------------------------------------------
# 16 Thái Nguyên (thainguyentv.vn, no date shown): a precision text: one
# quantity, the title's "xếp thứ 8/63 địa phương cả nước về Chỉ số Chuyển đổi
# số" (the DTI of 2021, the year the text reports). "Tăng 4 bậc" a change;
# "năm thứ hai", "lần thứ 2" ordinals of the programme; "03 trụ cột", "09
# chỉ số chính với 98 chỉ số thành phần", "4 nguồn", the list "1 là ... 4 là",
# "Nhóm 1", "Nhóm 2", "6 chỉ số", "3 chỉ số chính" the index's structure. The
# image caption restating the title was cut.
# --------------------------------------------------------------------------
D16 = dict(name="16_thainguyen-dti-2021-8-63", kind="result", year=2021, records=[
    R("xếp thứ «8/63", "Thái Nguyên xếp thứ địa phương cả nước về Chỉ số Chuyển đổi số", "=", 8, **RANK, iid=DTI_R),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
