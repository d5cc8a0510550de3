#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set35).

Copied from set27's builder (itself from set25's, set23's, set21's, set19's, set17's, set15's, set14's,
set12's, set10's, set9's, set8's and the seeds'). Each record is written by hand below; its
anchor is never typed in. A record names a locator: a piece of the text with « just before the
number. The locator (without «) must occur exactly once in the text; the anchor is where «
stands. `start`/`end` (the clause that states the quantity) are computed as in the seeds'
builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

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
HHNET = "infra.households_internet_share"
TEAMS = "aware.community_digital_teams_count"
MEMBERS = "aware.community_digital_team_members_count"
OCOP = "econ.ocop_products_ecommerce_share"

# --------------------------------------------------------------------------
# 01 Hà Nam (vovworld.vn, no date shown; a photo caption "Các hệ thống điều
# hành, giám sát ... - Ảnh: hanamtv.vn |" and the audio line "Nghe âm thanh
# bài viết tại đây:" cut). "Năm 2021 ... xếp vị trí thứ 17/63" and the three
# pillar ranks in the bracket "(xếp thứ 6 về Chính quyền số, xếp thứ 40 về Kinh
# tế số và xếp thứ 23 về Xã hội số)": rank results of 2021 (op =), each with
# its pillar in the wording. "Đến nay, 100% dịch vụ công đủ điều kiện ... được
# cung cấp trực tuyến ở mức độ cao nhất" (the standfirst) and its restatement
# at the end, cut by the page after "thẩm quy": both recorded (restated values
# each recorded, set27 12/19); "Đến nay" in an undated page → year null
# (set27 01, 02). "mức độ cao nhất" is the full-process level → the full
# online id. The plan's horizons 2025/2030 are no quantities. No heading →
# pillar null (the pillar names stand in the wording, not as headings).
# --------------------------------------------------------------------------
D01 = dict(name="01_hanam-dti-2021-dvc", kind="result", year=None, records=[
    R("- Đến nay, «100%",
      "dịch vụ công đủ điều kiện thuộc thẩm quyền giải quyết của tỉnh được cung cấp trực tuyến ở mức độ cao nhất",
      "=", 100, iid="egov.full_online_services_share"),
    R("thứ «17/63", "tỉnh Hà Nam xếp vị trí theo kết quả xếp hạng chuyển đổi số (DTI)", "=", 17, **RANK,
      year=2021, iid=DTI_R),
    R("thứ «6 về", "xếp thứ về Chính quyền số", "=", 6, **RANK, year=2021, iid="dti.digital_government_rank"),
    R("thứ «40 về", "xếp thứ về Kinh tế số", "=", 40, **RANK, year=2021, iid="dti.digital_economy_rank"),
    R("thứ «23 về", "xếp thứ về Xã hội số", "=", 23, **RANK, year=2021, iid="dti.digital_society_rank"),
    R("\nĐến nay, «100%",
      "dịch vụ công đủ điều kiện", "=", 100, iid="egov.full_online_services_share",
      note="restates the standfirst; the page breaks off after 'thẩm quy'"),
])

# --------------------------------------------------------------------------
# 02 Hải Phòng, xã An Hòa (vietnamnet.vn, no date shown; the image name "hai
# phong cho doan ket ko dung tien mat.jpg" and its caption "Phường Lạch Tray
# ... triển khai mô hình “Chợ Đoàn Kết thanh toán không dùng tiền mặt”." cut).
# The values belong to xã An Hòa (huyện An Dương), named in a city page →
# place "xã An Hòa" (set27 10). Year: the text's only year, the 2023 campaign
# ("Hưởng ứng ngày Chuyển đổi số ... năm 2023 ... triển khai kế hoạch"), whose
# results "Sau thời gian triển khai, đến nay" follow (set27 20: the text's
# year). "8 hạng mục thanh toán không dùng tiền mặt gồm: ..." counts kinds of
# payment items of a list (like "4 khía cạnh", set27 14): no quantity. "gần
# 500" ~, "trên 60%", "trên 4.000" >. "chợ 4.0" a name. No heading → null.
# --------------------------------------------------------------------------
AH = dict(place="xã An Hòa")
D02 = dict(name="02_haiphong-anhoa-khong-tien-mat", kind="result", year=2023, records=[
    R("gần «500 địa", "địa điểm chấp nhận thanh toán", "~", 500, **CNT, **AH),
    R("tại «100% các", "thanh toán, thu các khoản học phí, phí tại các trường học trên địa bàn xã", "=", 100, **AH,
      iid="society.cashless_school_fees_share"),
    R("trên «60% phụ", "phụ huynh học sinh chi trả các khoản thu qua các ứng dụng thanh toán", ">", 60, **AH),
    R("; «90% người", "người dân trong độ tuổi trưởng thành có tài khoản ngân hàng, ví điện tử", "=", 90, **AH,
      iid="society.adult_e_payment_account_share"),
    R("trên «4.000 thuê", "thuê bao sử dụng ứng dụng Viettel Money", ">", 4000, **CNT, **AH),
    R("tỷ lệ «54,4%", "thực hiện thanh toán điện tử đối với các dịch vụ thiết yếu", "=", 54.4, **AH),
    R("xây dựng «2 điểm", "điểm nạp, rút tiền, hỗ trợ kỹ thuật", "=", 2, **CNT, **AH),
])

# --------------------------------------------------------------------------
# 03 Quảng Ninh (giaothuong.congthuong.vn; the site's header lines "Tin nóng:"
# (twice), "Đường dây nóng: 0866.59.4498 - Thứ năm 21/11/2024 18:36" (a visit
# time, not the page's date, set27 12), the ticker line "Tỉnh Quảng Ninh: Đẩy
# mạnh hỗ trợ ... OCOP |" and a photo caption "Người dân thanh toán ... - Ảnh:
# Cao Quỳnh |" cut). No date → "hiện" results get year null. "19 chợ hạng I;
# 11 chợ hạng II và 13 chợ hạng III": a breakdown by kind of market, three
# counts, each with its kind in the wording, scope null (spec). "đạt trung bình
# 83%" is an average, op =. "giao dịch từ 10 - 20 lần" is one trader's day in
# a quotation, not a measure of the province: no record. "Chợ 4.0" a name.
# --------------------------------------------------------------------------
CHO = "đã triển khai thực hiện mô hình Chợ 4.0"
D03 = dict(name="03_quangninh-cho-40", kind="result", year=None, records=[
    R("có «19 chợ", "chợ hạng I " + CHO, "=", 19, **CNT),
    R("I; «11 chợ", "chợ hạng II " + CHO, "=", 11, **CNT),
    R("và «13 chợ", "chợ hạng III " + CHO, "=", 13, **CNT),
    R("; «100% chợ", "chợ trung tâm chấp nhận thanh toán các khoản phí và thực hiện thanh toán hóa đơn điện, nước "
      "thông qua các phương thức thanh toán không dùng tiền mặt", "=", 100),
    R("trung bình «83%", "tỷ lệ số hộ kinh doanh tại chợ chấp nhận phương thức thanh toán không dùng tiền mặt",
      "=", 83, iid="econ.merchants_cashless_share"),
])

# --------------------------------------------------------------------------
# 04 Bắc Kạn (chuyendoiso.backan.gov.vn, no date shown): "Tính đến ngày
# 31/12/2022" → results of 2022. "108/108 tổ CNSCĐ cấp xã với 1044 thành viên;
# 1292/1292 tổ CNSCĐ cấp thôn với 6.062 thành viên": one measure (teams, and
# their members) split by level in one sentence → scopes "cấp xã" / "cấp thôn"
# (spec: "90% cấp xã, 70% thôn, bản"); numerators only (set8). "đạt 100% các
# đơn vị cấp thôn": one value, the level is its subject → scope null. "Hội
# nghị tập huấn ... tại 08/8 huyện, thành phố với hơn 1.200 người tham dự": the
# places and participants of an event (spec: participants are no quantity);
# "tập huấn cho 1.800 thành viên Tổ CNSCĐ": members trained, a quantity (set27
# 03). No heading → null.
# --------------------------------------------------------------------------
D04 = dict(name="04_backan-to-cnscd-2022", kind="result", year=2022, records=[
    R("được «108/108", "tổ CNSCĐ", "=", 108, **CNT, scope="cấp xã", iid=TEAMS),
    R("với «1044 thành", "thành viên tổ CNSCĐ", "=", 1044, **CNT, scope="cấp xã", iid=MEMBERS),
    R("; «1292/1292", "tổ CNSCĐ", "=", 1292, **CNT, scope="cấp thôn", iid=TEAMS),
    R("với «6.062 thành", "thành viên tổ CNSCĐ", "=", 6062, **CNT, scope="cấp thôn", iid=MEMBERS),
    R("đạt «100% các", "các đơn vị cấp thôn trên địa bàn tỉnh thành lập tổ CNSCĐ", "=", 100,
      iid="aware.community_digital_teams_share"),
    R("cho «1.800 thành", "thành viên Tổ CNSCĐ được bồi dưỡng, tập huấn", "=", 1800, **CNT),
])

# --------------------------------------------------------------------------
# 05 thành phố Bắc Kạn (backancity.gov.vn, the city's own page, no date shown;
# a photo caption "Thành viên tổ công nghệ số phường Nguyễn Thị Minh Khai ..."
# cut). "đến nay" → year null. The title's "117 tổ" is recorded (restated
# values each recorded). "08 tổ công nghệ cấp xã, phường và 117 tổ công nghệ
# thôn, tổ": one measure split by level → scopes "cấp xã, phường" and "thôn,
# tổ" (as written, spec "thôn, bản"). "756 người tham gia": the teams'
# members, one total, scope null. "đạt tỷ lệ 100%": stated for the teams of
# both levels → id null. No place: the city is the page's own.
# --------------------------------------------------------------------------
D05 = dict(name="05_backan-thanhpho-117-to", kind="result", year=None, records=[
    R("thành lập «117 tổ công nghệ số cộng đồng", "Thành phố Bắc Kạn thành lập tổ công nghệ số cộng đồng", "=", 117,
      **CNT, iid=TEAMS),
    R("lập «08 tổ", "tổ công nghệ", "=", 8, **CNT, scope="cấp xã, phường", iid=TEAMS),
    R("và «117 tổ", "tổ công nghệ", "=", 117, **CNT, scope="thôn, tổ", iid=TEAMS),
    R("số «756 người", "người tham gia tổ công nghệ", "=", 756, **CNT, iid=MEMBERS),
    R("tỷ lệ «100%", "thành lập tổ công nghệ cấp xã, phường và tổ công nghệ thôn, tổ", "=", 100),
])

# --------------------------------------------------------------------------
# 06 Quảng Ninh (congthuong.vn, no date shown; a photo caption "Những năm qua
# ... Ảnh: Thùy Dương |" cut): "Đến hết tháng 9/2024" twice → results of 2024;
# the first paragraph ("Sau gần 3 năm triển khai Đề án 06", 2022 + 3) also
# 2024, the text's year. "đạt gần 50% yêu cầu trên cả 3 trụ cột" ~ (a share
# of the requirements met). "trên 98,5%" >: services offered online, not said
# full-process → id null (set27 16). The second paragraph opens "trong 3 trụ
# cột ..., lĩnh vực kinh tế số của Quảng Ninh đã đạt ..." — a lead-in naming one
# pillar for the values of its paragraph → digital_economy (spec: lead-in).
# The first paragraph names all three pillars → null; the OCOP paragraph
# stands apart → null. "hơn" >, "gần" ~; "2,5 tài khoản đang hoạt động/người
# dân" a per-person amount, unit other. "15 tuổi" (inside the subject), "3
# sao" (a grade), "Đề án 06", "3 trụ cột", "2022 - 2025" are no quantities.
# --------------------------------------------------------------------------
D06 = dict(name="06_quangninh-de-an-06-tai-khoan", kind="result", year=2024, records=[
    R("gần «50% yêu", "yêu cầu trên cả 3 trụ cột của chuyển đổi số", "~", 50),
    R("trên «98,5%", "Số dịch vụ công được cung cấp trực tuyến", ">", 98.5),
    R("hơn «3,4 triệu", "tài khoản cá nhân", ">", 3400000, **CNT, pillar=ECO),
    R("gần «62.000", "tài khoản doanh nghiệp", "~", 62000, **CNT, pillar=ECO),
    R("hơn «2,5 triệu", "tài khoản đang hoạt động", ">", 2500000, **CNT, pillar=ECO),
    R("hơn «595.000", "tài khoản mở bằng hình thức xác minh danh tính điện tử", ">", 595000, **CNT, pillar=ECO),
    R("có «2,5 tài", "Bình quân toàn tỉnh tài khoản đang hoạt động/người dân từ 15 tuổi trở lên", "=", 2.5,
      unit="other", unit_text="tài khoản đang hoạt động/người dân", pillar=ECO),
    R("gần «802.000", "tài khoản ví điện tử được sử dụng trên nền tảng di động", "~", 802000, **CNT, pillar=ECO),
    R("có «70% sản", "sản phẩm OCOP từ 3 sao của Quảng Ninh được quảng bá, kinh doanh trên các sàn thương mại điện tử",
      "=", 70, iid=OCOP),
])

# --------------------------------------------------------------------------
# 07 Quảng Ninh (ocopquangninh.com.vn, the province's OCOP shop, no date
# shown; nothing cut): "Hiện" → year null. "hơn 70%" >; "393 sản phẩm OCOP"
# on the shop: the catalogue's count of products put on e-commerce. "chiếm
# hơn 60% doanh thu": one cooperative's share of revenue from online channels,
# in a quotation: a reported value (a percentage needs a record), id null.
# "3 sao", "3-5 sao" are grades, the shop's address no number. The opening
# paragraph names the three pillars and calls kinh tế số the key, but heads no
# values → pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangninh-ocop-san-tmdt", kind="result", year=None, records=[
    R("hơn «70% sản", "sản phẩm OCOP từ 3 sao của Quảng Ninh được quảng bá, kinh doanh trên các sàn TMĐT lớn",
      ">", 70, iid=OCOP),
    R("đủ «393 sản", "sàn TMĐT OCOP Quảng Ninh giới thiệu sản phẩm OCOP", "=", 393, **CNT,
      iid="econ.ecommerce_products_count"),
    R("hơn «60% doanh", "Quảng bá sản phẩm qua các kênh online chiếm doanh thu", ">", 60),
])

# --------------------------------------------------------------------------
# 08 Điện Biên (netid.vn, a copy of a provincial page; no date line, the title
# and the text say "năm 2024" → 2024; a photo caption "Các đại biểu dự hội nghị
# tại điểm cầu tỉnh Điện Biên" cut). The values are the national report read
# at the conference ("Việt Nam có ..."): no place (set27 20). "Về phát triển hạ
# tầng số, ..." opens the infrastructure values until "Về nền tảng số, dữ liệu
# số," (two pillars named → null, set27 07). "(tăng 2,6% so với cuối năm
# 2023)" a change: NOT. "87% dân số" is not the adult population → id null.
# "18 bộ, ngành, 63 địa phương, 4 doanh doanh nghiệp" (sic): counts of the
# users the population database serves, each its own subject. "hơn 1,3 tỷ
# lượt" >. "8 tri": the page breaks off inside the magnitude word, nothing
# named → no record (set27 10). "Đề án 06", "2G", "4G, 5G", "12/10" no
# quantities.
# --------------------------------------------------------------------------
CSDL = "cơ sở dữ liệu quốc gia về dân cư đã kết nối và chia sẻ dữ liệu cho "
D08 = dict(name="08_dienbien-ngay-cds-2024", kind="result", year=2024, NOT=["tăng «2,6%"], records=[
    R("đạt «82,2%", "tỷ lệ hộ gia đình sử dụng internet cáp quang băng thông rộng", "=", 82.2, pillar=INFRA, iid=HHNET),
    R("có «87% dân", "dân số sử dụng điện thoại thông minh", "=", 87, pillar=INFRA),
    R("cho «18 bộ", CSDL + "bộ, ngành", "=", 18, **CNT),
    R("ngành, «63 địa", CSDL + "địa phương", "=", 63, **CNT),
    R("phương, «4 doanh", CSDL + "doanh nghiệp", "=", 4, **CNT),
    R("hơn «1,3 tỷ", "lượt yêu cầu tra cứu", ">", 1300000000, **CNT),
    R("«537 triệu", "lượt đồng bộ thông tin", "=", 537000000, **CNT),
    R("hơn «20 triệu", "Ứng dụng định danh điện tử VNeID lượt sử dụng căn cước điện tử", ">", 20000000, **CNT),
])

# --------------------------------------------------------------------------
# 09 Nam Định (nhandan.vn, no date shown): "Năm 2022, Nam Định xếp thứ 10
# trong số 63": a DTI rank result of 2022 ("trong số 63" the population
# ranked). The values that follow "Sau khoảng hai năm tập trung thực hiện
# [Nghị quyết ... ngày 15/10/2021], đến nay" → 2023 (set27 14: "Sau hơn 2
# năm" → 2023). "xếp thứ bảy cả nước, đứng thứ hai trong nhóm ..." are ranks
# in words: no digit to anchor, not recorded (a shortfall). "Trong xây dựng
# chính quyền số, Nam Định có 100% ..." is a lead-in naming one pillar for the
# list it opens → digital_government for its four values. "100% số hồ sơ công
# việc của cấp tỉnh, cấp huyện và 80% ... tại cấp xã": three records, the first
# two sharing 100% (spec). The procedures "được duy trì cung cấp dịch vụ công
# trực tuyến" are not said full-process → id null. "khóa 20" a name.
# --------------------------------------------------------------------------
HS = "số hồ sơ công việc được xử lý trên môi trường mạng"
D09 = dict(name="09_namdinh-cai-cach-hanh-chinh", kind="result", year=2023, records=[
    R("thứ «10 trong", "Nam Định xếp thứ trong số 63 tỉnh, thành phố về kết quả xếp hạng chuyển đổi số", "=", 10,
      **RANK, year=2022, iid=DTI_R),
    R("có «100% số thủ", "số thủ tục hành chính được duy trì cung cấp dịch vụ công trực tuyến trên nhiều phương tiện",
      "=", 100, pillar=GOV),
    R("«100% số hồ sơ", HS, "=", 100, scope="cấp tỉnh", pillar=GOV, iid=WR),
    R("«100% số hồ sơ", HS, "=", 100, scope="cấp huyện", pillar=GOV, iid=WR),
    R("và «80% số", HS, "=", 80, scope="cấp xã", pillar=GOV, iid=WR),
    R("; «100% cơ sở", "cơ sở dữ liệu quốc gia tạo nền tảng phát triển Chính phủ điện tử được kết nối với hệ thống "
      "thông tin giải quyết thủ tục hành chính", "=", 100, pillar=GOV, iid="data.national_databases_completed_share"),
])

# --------------------------------------------------------------------------
# 10 Nam Định (vietnamnet.vn, no date shown): "Lũy kế đến hết tháng 3/2024" →
# results of 2024. Counts and their shares in brackets (spec: "số hóa 57.877
# hồ sơ (đạt 99,1%)": two records); "8/32 xã (chiếm 25%)": numerator and
# share ("/32" a denominator). The NTM standards are the programme's, the
# shares "tổng số xã" of the province; ids null (the catalogue counts smart
# communes and communes that completed DX, not NTM model communes). No
# heading → null.
# --------------------------------------------------------------------------
NC = "xã, thị trấn đã được công nhận đạt chuẩn NTM nâng cao"
KM = "xã đã được công nhận đạt chuẩn NTM kiểu mẫu"
D10 = dict(name="10_namdinh-ntm-chuyen-doi-so", kind="result", year=2024, records=[
    R("có «197 xã", NC, "=", 197, **CNT),
    R("chiếm «96,6%", NC, "=", 96.6),
    R("; «32 xã", KM, "=", 32, **CNT),
    R("chiếm «17%", KM, "=", 17),
    R("có «8/32", "xã đạt chuẩn NTM kiểu mẫu về lĩnh vực chuyển đổi số", "=", 8, **CNT),
    R("chiếm «25%", "xã đạt chuẩn NTM kiểu mẫu về lĩnh vực chuyển đổi số", "=", 25),
])

# --------------------------------------------------------------------------
# 11 Nam Định (donghanhviet.vn, no date shown; the photo caption "Trung tâm
# phục vụ hành chính công phường Nam Định mới." cut). Precision text: two
# counts among a resolution number (57-NQ/TW) and architecture versions
# ("phiên bản 2.0", "phiên bản 3.0": names). "hơn 20 hệ thống" >; "liên thông
# với các bộ ngành Trung ương và 62 tỉnh, thành": a count of provinces
# connected. No year anywhere → null. Ids null.
# --------------------------------------------------------------------------
D11 = dict(name="11_namdinh-ha-tang-du-lieu", kind="result", year=None, records=[
    R("hơn «20 hệ", "Trung tâm tích hợp dữ liệu của tỉnh đang vận hành hệ thống thông tin và nền tảng số quan trọng",
      ">", 20, **CNT),
    R("và «62 tỉnh", "liên thông với tỉnh, thành trên cả nước", "=", 62, **CNT),
])

# --------------------------------------------------------------------------
# 12 Nam Định (baomoi.net.vn, no date shown; a photo caption "Người dân nhiều
# làng nghề ..." stored twice, both copies cut). Precision text: one rank
# result, "liên tục xếp trong top 10 tỉnh, thành phố" (op <=, spec), year
# null ("Liên tục trong những năm qua"). "Sau 4 năm" a duration, "09-NQ/TU",
# "15/10/2021", "2021-2025", "2030", "Nghị quyết 09", "3 trụ cột" no
# quantities. The heading "Bứt phá cả ba trụ cột: Chính quyền số, kinh tế số,
# xã hội số" names three pillars → null.
# --------------------------------------------------------------------------
D12 = dict(name="12_namdinh-top-10", kind="result", year=None, records=[
    R("top «10", "Nam Định liên tục xếp trong top tỉnh, thành phố", "<=", 10, **RANK, iid=DTI_R),
])

# --------------------------------------------------------------------------
# 13 national (ngaynay.vn, no date line; the page's address names an
# unrelated article): "trong tháng 6/2023 ... gần 50.000 lỗ hổng, điểm yếu bảo
# mật" (~, 2023). "giảm khoảng 14% so với tháng 5/2023" and "gấp hơn 25,8 lần
# so với cùng kỳ năm 2022" are changes (spec): 14% NOT, 25,8 lần unrecorded.
# --------------------------------------------------------------------------
D13 = dict(name="13_quocgia-lo-hong-thang-6-2023", kind="result", year=2023, NOT=["khoảng «14%"], records=[
    R("gần «50.000", "hệ thống thông tin, máy tính của các cơ quan, tổ chức Nhà nước đang tồn tại lỗ hổng, "
      "điểm yếu bảo mật", "~", 50000, **CNT),
])

# --------------------------------------------------------------------------
# 14 Hà Tĩnh (baohatinh.vn, stamp " date 2023-06" moved to `date 2023-06`).
# Precision text about a warning: the counts of Microsoft's June 2023
# vulnerabilities, "trong tổng số 69 lỗ hổng bảo mật, có 12 lỗ hổng có mức ảnh
# hưởng cao và nghiêm trọng", stated in the standfirst and again in the body:
# each recorded (restated values, set27). The 69 is a count reported by the
# Cục An toàn thông tin, not a population an index ranks in: recorded. Dates
# ("tháng 6/2023", "21/6/2023"), "Công văn số 1024/CATTT-NCSC" (twice) no
# quantities. Year 2023; no heading → null.
# --------------------------------------------------------------------------
D14 = dict(name="14_hatinh-canh-bao-lo-hong", kind="result", year=2023, records=[
    R("mạnh, trong tổng số «69", "lỗ hổng bảo mật", "=", 69, **CNT),
    R("có «12 lỗ hổng có mức ảnh hưởng cao và nghiêm trọng.", "lỗ hổng có mức ảnh hưởng cao và nghiêm trọng", "=", 12,
      **CNT),
    R("Trong tổng số «69", "lỗ hổng bảo mật", "=", 69, **CNT),
    R("có «12 lỗ hổng có mức ảnh hưởng cao và nghiêm trọng (xem", "lỗ hổng có mức ảnh hưởng cao và nghiêm trọng", "=",
      12, **CNT),
])

# --------------------------------------------------------------------------
# 15 national (m.vietone.vn, no date line): the Ministry's report; "hiện có"
# values and no reporting year ("năm 2023 - 2024" names the years data
# centres opened) → year null (set27 01, 02). "tăng 2,2 lần so với cùng kỳ" a
# change: unrecorded. "hơn", "trên" >; "khoảng" ~. "bốn doanh nghiệp" in
# words: nothing to anchor. The sentence "Hạ tầng số, các nền tảng số tiếp tục
# được phát triển." names two pillars → null (set27 07). Ids: hospitals
# paying without cash, adults' bank accounts, households on fibre.
# --------------------------------------------------------------------------
D15 = dict(name="15_quocgia-mobile-money", kind="result", year=None, records=[
    R("có «8,2 triệu", "khách hàng sử dụng Mobile money", "=", 8200000, **CNT),
    R("hơn «5,8 triệu", "khách hàng sử dụng Mobile money tại vùng nông thôn, miền núi", ">", 5800000, **CNT),
    R("có «100% các", "các cơ sở khám, chữa bệnh có dịch vụ thanh toán không dùng tiền mặt", "=", 100,
      iid="society.cashless_hospital_fees_share"),
    R("; «77% người", "người dân trưởng thành có tài khoản thanh toán tại ngân hàng", "=", 77,
      iid="society.bank_account_15plus_share"),
    R("trên «1 triệu", "đối tượng chính sách đã nhận trợ cấp an sinh xã hội qua tài khoản", ">", 1000000, **CNT),
    R("«56 tỉnh", "tỉnh, thành phố đã ban hành chính sách miễn, giảm phí, lệ phí trong sử dụng dịch vụ công trực tuyến",
      "=", 56, **CNT),
    R("triển. «100% xã", "xã, phường, thị trấn có kết nối internet băng thông rộng, kết nối với mạng truyền số liệu "
      "chuyên dùng của cơ quan nhà nước", "=", 100),
    R("Trên «80% hộ", "hộ gia đình sử dụng cáp quang internet băng rộng", ">", 80, iid=HHNET),
    R("với «388 hệ", "Nền tảng tích hợp chia sẻ dữ liệu quốc gia (NDXP) đã kết nối với hệ thống và cơ sở dữ liệu (CSDL)",
      "=", 388, **CNT),
    R("của «95 cơ", "cơ quan, đơn vị có hệ thống và CSDL kết nối với NDXP", "=", 95, **CNT),
    R("khoảng «2,8 triệu", "Bình quân mỗi ngày giao dịch được thực hiện", "~", 2800000, **CNT),
    R("với «18 bộ", "Cơ sở dữ liệu quốc gia về dân cư đã kết nối, chia sẻ, xác thực, làm sạch dữ liệu với bộ, ngành",
      "=", 18, **CNT),
    R("ngành, «63 địa", "Cơ sở dữ liệu quốc gia về dân cư đã kết nối, chia sẻ, xác thực, làm sạch dữ liệu với địa phương",
      "=", 63, **CNT),
])

# --------------------------------------------------------------------------
# 16 national (phunutoday.vn, no date line; the page's address names the
# 30/6/2025 deadline). Precision text: deadlines ("đến ngày 30/6/2025",
# twice), "Thông báo số 56", "Nghị quyết số 57", "Đề án 06", the themes of
# 2024/2025, and one target at the end, cut by the page after its noun began:
# "Mục tiêu đến cuối năm 2025 là 100% thủ tục" (bare target → >=, 2025;
# worded as stored, set27 20). The requirement "toàn thể ... phải thực hiện
# xử lý hồ sơ công việc thông qua môi trường trực tuyến" has no number.
# --------------------------------------------------------------------------
D16 = dict(name="16_quocgia-muc-tieu-30-6-2025", kind="target", year=2025, records=[
    R("là «100% thủ", "thủ tục", ">=", 100, note="the page breaks off after 'thủ tục'; worded as stored"),
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
