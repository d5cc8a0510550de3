#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set228).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record;
check_gold.py verifies that every percentage has a record or a NOT entry. No set228 text needs one.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).

The set's theme is mass organisations going digital (Youth Union, Women's Union, Farmers'
Association, trade unions). Two decisions run through it (README, "Decisions where the spec is
silent"): a results report records the figures of the digital work only, the other fields of the
organisation's year (charity, loans, trees, blood, admissions) are not digital-transformation
results (set133's Hà Tĩnh Youth Month, and the earlier sets' "not digital-transformation figures");
a numbered list of an organisation's own targets ("chỉ tiêu") is recorded whole, as set96 recorded
the Government Youth Union's list (trees, blood units and children beside the digital items).

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

DONG = dict(unit="other", unit_text="đồng")
ASSISTED = "egov.online_services_assisted_count"
YTEAMS = "aware.youth_volunteer_teams_count"
YVOL = "aware.youth_volunteers_count"
OCOP_TMDT = "econ.ocop_products_ecommerce_share"
DTI_RANK = "dti.provincial_rank"
# a target of an organisation's list: kind target, op >= for a bare number (spec)
TGT = functools.partial(R, op=">=", kind="target")


def TC(loc, indicator, value, **kw):
    """A count target of a list, bare number: >= (spec)."""
    return TGT(loc, indicator, value=value, unit="count", **kw)


# --------------------------------------------------------------------------
# 01 Đắk Lắk, the provincial bloc Youth Union (Đoàn Khối các cơ quan và doanh nghiệp tỉnh) reviewing
# 2023 (baodaklak.vn; cut: the photo caption "Bí thư Đoàn Khối ... năm 2023. |"; no byline, no
# stamp; the excerpt ends in "Năm than"). Year 2023 ("Năm 2023"). Results of the digital work
# only: the title's "Hỗ trợ trên 20.000 lượt người dân thực hiện chuyển đổi số" (>, restated in the
# body: a value restated in a title gets a record at each place, set184), "57 đợt ra quân hỗ trợ
# chuyển đổi số và giải quyết thủ tục hành chính" (=, count), "cho trên 20.000 lượt người dân" (>).
# Not quantities (other fields of the year, no result of the transformation; set133's decision on
# a Youth Union's report): "hơn 400 triệu đồng", "125 công trình", "555 triệu đồng", "3 đợt khám
# bệnh", "900 hộ dân", "trên 10.000 phần quà", "12 đợt tập huấn, chuyển giao kỹ thuật nông nghiệp",
# "4.250 thanh thiếu niên", "trên 1.500 ý tưởng sáng tạo" (ideas posted to the national ideas bank:
# creative ideas, not a digital result; a judgement), "745 đoàn viên mới", "1.570 đoàn viên ưu tú";
# "9/10 chỉ tiêu", "5 chỉ tiêu vượt kế hoạch" (completion against the plan), "21/12", "năm 2024".
# Pillar null. Ids: ASSISTED for the two "lượt người dân" (people helped with procedures and digital
# services, counted by visit); the teams' outings null.
# --------------------------------------------------------------------------
D01 = dict(name="01_daklak-doan-khoi-ho-tro-chuyen-doi-so-2023", kind="result", year=2023, records=[
    R("Hỗ trợ trên «20.000 lượt", "lượt người dân được hỗ trợ thực hiện chuyển đổi số", ">", 20000, **CNT,
      iid=ASSISTED),
    R("tổ chức «57 đợt", "đợt ra quân hỗ trợ chuyển đổi số và giải quyết thủ tục hành chính", "=", 57, **CNT),
    R("cho trên «20.000 lượt người dân.", "lượt người dân được hỗ trợ chuyển đổi số và giải quyết thủ tục hành "
      "chính", ">", 20000, **CNT, iid=ASSISTED),
])

# --------------------------------------------------------------------------
# 02 Thái Nguyên, the provincial Youth Union congress for 2022-2027 and its 12 key targets
# (tienphong.vn; nothing cut; no byline, no stamp; the excerpt ends in "được giớ"). Kind target,
# year 2027 (the targets are the term's, "trong nhiệm kỳ 2022 - 2027"). A numbered list of the
# organisation's own targets, recorded whole (set96): "2,5 nghìn ý tưởng, sáng kiến" (2500),
# "14 xã khó khăn", "vay vốn 50 tỷ đồng" (other, đồng, 50e9), "100 dự án khởi nghiệp", "250 nghìn
# lượt thanh thiếu niên", "50 nghìn thanh niên được giớ[i thiệu ...]" (the excerpt cuts the
# indicator, not the number); bare numbers, >=. Not quantities: "294 đại biểu", "hơn 93 nghìn
# đoàn viên" (the congress's delegates and whom they represent: participants of an event), "12
# chỉ tiêu", "9 đề án" (counts of targets and projects), "11/10", "2022 - 2027", "XV". Pillar
# null. Ids null (none measures an organisation's ideas, loans or counselling).
# --------------------------------------------------------------------------
D02 = dict(name="02_thainguyen-dai-hoi-doan-chi-tieu-2022-2027", kind="target", year=2027, records=[
    TC("hiện thực hóa «2,5 nghìn", "ý tưởng, sáng kiến của đoàn viên thanh niên được hỗ trợ triển khai, hiện thực "
       "hóa", 2500),
    TC("hỗ trợ «14 xã", "xã khó khăn được thanh niên hỗ trợ hoàn thành tiêu chí nông thôn mới", 14),
    TGT("vay vốn «50 tỷ", "thanh niên được hỗ trợ vay vốn để khởi nghiệp, lập nghiệp, làm kinh tế mới", value=50e9,
        **DONG),
    TC("mới; «100 dự án", "dự án khởi nghiệp sáng tạo của thanh niên được tổ chức Đoàn hỗ trợ", 100),
    TC("hỗ trợ; «250 nghìn", "lượt thanh thiếu niên được tư vấn hướng nghiệp và việc làm", 250000),
    TC("việc làm; «50 nghìn", "thanh niên được giớ", 50000),
])

# --------------------------------------------------------------------------
# 03 Hồ Chí Minh City, a trade-union working group's quarterly meeting, March 2026 (nld.com.vn; the
# stamp " date 2026-03-12" written as the first line, the rest of that line, the hotline and
# subscription furniture, cut; cut also: the section label "Lao động", the byline "Huỳnh Như",
# the photo captions "Chăm lo ... - Ảnh 1.", "Hội nghị giao ban ... ngày 12-3" and the truncated
# caption "Chăm lo hàng chục nghìn đoàn viên, đẩy m" at the end). A precision text, no record: the
# title promises digital work but every figure is the union's Tết care, not a digital-
# transformation result (set133): "23.700 đoàn viên", "1 triệu đồng", "61 đoàn viên", "148 đoàn
# viên", "2 triệu đồng", "9 đội" (the teams of a contest: participants), "hơn 270 bánh chưng",
# "hơn 100 triệu đồng", "400 đoàn viên", "202 vé"; "12-3", "quý I-2026", "quý I/2026", "Xuân 2026"
# (dates), "số 1" (the working group's name), "date 2026-03-12".
# --------------------------------------------------------------------------
D03 = dict(name="03_tphcm-cong-doan-cham-lo-doan-vien-2026-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 04 Nghệ An, the Women's Union of Ngọc Lâm commune (Thanh Chương) going online (phunuvietnam.vn
# print page; nothing cut; no byline, no stamp: the address's "20241018" is not in the text, so the
# present-day results have year null). Results: "khi xã mới thành lập ... cả xã chỉ có 3 máy vi
# tính, các tổ chức chính trị- xã hội phải dùng chung 1 máy" (=, counts, year 2009: the commune
# "mới được thành lập năm 2009"), "1058 hội viên phụ nữ hầu hết đã có điện thoại thông minh" (=,
# count; "hầu hết" qualifies how many of them, not the number), "100% Chi hội Phụ nữ ... đã thành
# lập các nhóm Zalo, Messenger" (=). Not quantities: "năm 2009" (a date). Pillar null. Ids null
# (no catalogue indicator counts a commune's computers or a union's members with smartphones).
# --------------------------------------------------------------------------
D04 = dict(name="04_nghean-ngoclam-hoi-phu-nu-ung-dung-cntt-2024", kind="result", year=None, records=[
    R("chỉ có «3 máy", "máy vi tính của cả xã khi xã mới thành lập", "=", 3, **CNT, year=2009),
    R("dùng chung «1 máy", "máy vi tính các tổ chức chính trị- xã hội phải dùng chung", "=", 1, **CNT, year=2009),
    R("hiện tại, «1058 hội viên", "hội viên phụ nữ đã có điện thoại thông minh và sử dụng thành thạo các nền tảng "
      "xã hội", "=", 1058, **CNT),
    R("hội. «100% Chi hội", "Chi hội Phụ nữ trên địa bàn đã thành lập các nhóm Zalo, Messenger", "=", 100),
])

# --------------------------------------------------------------------------
# 05 Thái Nguyên, the provincial Youth Union launching the "Year of digital transformation of the
# Union's activities" and the Youth Month 2023 (baomoi.net.vn; nothing cut; no byline, no stamp;
# the excerpt ends in "đăng ký và tham"). Year 2023 ("Tháng Thanh niên năm 2023"). Results: "ra
# mắt 3 đội hình thanh niên chuyển đổi số cấp tỉnh và 178 đội hình thanh niên xung kích chuyển đổi
# số cấp xã" (=, counts; a split by level: scopes "cấp tỉnh", "cấp xã", as the earlier sets split
# "cấp xã" / "cấp thôn" teams). Targets of the month's list (announced at the launch, 16/2, before
# the month; recorded whole, set96): "8.000 lượt đoàn viên, thanh niên ... tình nguyện", "100 ý
# tưởng, sáng kiến", "100.000 cây xanh", "6 xã khó khăn" (bare, >=). Not quantities: "16/2",
# "2022 - 2027", "XII", "XV" (dates, names), "6 nhóm nhiệm vụ" (tasks), "tất cả cán bộ Đoàn" (no
# number). Pillar null. Ids: YTEAMS for the two kinds of digital-transformation youth teams (a
# judgement: teams of the youth union for digital work, as the catalogue's comment lists); the
# targets null.
# --------------------------------------------------------------------------
D05 = dict(name="05_thainguyen-thang-thanh-nien-doi-hinh-cds-2023", kind="result", year=2023, records=[
    R("ra mắt «3 đội hình", "đội hình thanh niên chuyển đổi số", "=", 3, **CNT, scope="cấp tỉnh", iid=YTEAMS),
    R("và «178 đội hình", "đội hình thanh niên xung kích chuyển đổi số", "=", 178, **CNT, scope="cấp xã",
      iid=YTEAMS),
    TC("Đoàn; «8.000 lượt", "lượt đoàn viên, thanh niên được tham gia các hoạt động tình nguyện do tổ chức Đoàn, "
       "Hội tổ chức", 8000),
    TC("chức; «100 ý tưởng", "ý tưởng, sáng kiến của đoàn viên, thanh niên được tổ chức Đoàn hỗ trợ triển khai, "
       "hiện thực hóa", 100),
    TC("hóa; «100.000 cây", "cây xanh được đoàn viên, thanh niên tham gia trồng mới", 100000),
    TC("mới; «6 xã", "xã khó khăn được đoàn viên, thanh niên đăng ký và tham", 6),
])

# --------------------------------------------------------------------------
# 06 Thái Nguyên, computers given to the communes' Women's Unions (thainguyentv.vn; cut: the photo
# caption "Đồng chí Lê Quang Tiến ... Thái Nguyên." with the blank line after it; no byline, no
# stamp, and the text names no year → year null). Results: the title's "166 Hội Phụ nữ cấp xã"
# (=, count; restated in the body, each place recorded), "166/177 Hội LHPN cấp xã đã được tặng máy
# vi tính" (=, 166; the denominator "/177" is no record), "tổng kinh phí 2 tỷ đồng" (=, other, đồng,
# 2e9: a bracket that states a value), "100% Hội phụ nữ cấp xã ... đã được trang bị đầy đủ máy vi
# tính" (=), "tài trợ 166 máy tính" (=, count: the computers, another subject). Not quantities:
# "trước kế hoạch ... 1 năm" (how far ahead of a plan). Scope null ("cấp xã" is part of the
# subject, spec). Pillar null. Ids null (infra.civil_servants_computers_share is the civil
# servants' share, not the unions').
# --------------------------------------------------------------------------
D06 = dict(name="06_thainguyen-hoi-phu-nu-cap-xa-may-vi-tinh", kind="result", year=None, records=[
    R("tính cho «166 Hội", "Hội Phụ nữ cấp xã được tặng máy vi tính", "=", 166, **CNT),
    R("\n«166/177 Hội", "Hội LHPN cấp xã đã được tặng máy vi tính", "=", 166, **CNT),
    R("phí «2 tỷ", "kinh phí tặng máy vi tính cho Hội LHPN cấp xã", "=", 2e9, **DONG),
    R("đến nay, «100% Hội", "Hội phụ nữ cấp xã của tỉnh đã được trang bị đầy đủ máy vi tính", "=", 100),
    R("tài trợ «166 máy", "máy tính tài trợ cho Hội LHPN cấp xã", "=", 166, **CNT),
])

# --------------------------------------------------------------------------
# 07 The Youth Union nationwide: the emulation plan for the congresses of 2022 (hanoimoi.vn print
# page; cut: the byline "Đời sống - Ngày đăng : 08:31, 13/02/2022", written as the first line
# `date 2022-02-13`). Kind target, year 2022 (the plan's works greet the congresses of 2022 and the
# 12th national congress; the stamp's year). The plan's own targets, recorded whole (set96): the
# title's "Thực hiện hơn 1.400 công trình thanh niên" (>, the sum of the body's 67 and 1.377),
# "67 công trình thanh niên cấp tỉnh, 1.377 công trình thanh niên cấp huyện; mỗi Đoàn xã, phường,
# thị trấn có ít nhất 1 công trình" (a split by level: scopes "cấp tỉnh", "cấp huyện", "xã,
# phường, thị trấn" as written; bare >=, "ít nhất" >=), "chỉ tiêu 100% các cấp bộ đoàn hoàn thành
# tổ chức Đại hội", "100% các cơ sở Đoàn lấy ý kiến", "100% cơ sở Đoàn tuyên truyền" (>=). Not
# quantities: "3 đợt hoạt động cao điểm" (a count of activities), "75 năm" (an anniversary's
# name), "2017-2022", "2022-2027", "năm 2022", "XII", "date 2022-02-13". Pillar null (the list
# names no pillar; "chuyển đổi số quốc gia" is one of the contest's contents). Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_toanquoc-cong-trinh-thanh-nien-dai-hoi-doan-2022", kind="target", year=2022, records=[
    R("Thực hiện hơn «1.400 công", "công trình thanh niên chào mừng Đại hội Đoàn toàn quốc", ">", 1400, **CNT),
    TC("thực hiện «67 công", "công trình thanh niên", 67, scope="cấp tỉnh"),
    TC("tỉnh, «1.377 công", "công trình thanh niên", 1377, scope="cấp huyện"),
    TC("ít nhất «1 công", "mỗi Đoàn có công trình hoặc phần việc thanh niên", 1, scope="xã, phường, thị trấn"),
    TGT("chỉ tiêu «100% các cấp", "các cấp bộ đoàn hoàn thành tổ chức Đại hội theo đúng tiến độ", value=100),
    TGT("tiến độ; «100% các cơ sở", "các cơ sở Đoàn lấy ý kiến và góp ý vào dự thảo văn kiện Đại hội Đoàn các cấp "
        "và Đại hội đại biểu Đoàn toàn quốc", value=100),
    TGT("XII; «100% cơ sở", "cơ sở Đoàn tuyên truyền trước, trong và sau chào mừng Đại hội Đoàn các cấp và Đại "
        "hội Đoàn toàn quốc", value=100),
])

# --------------------------------------------------------------------------
# 08 Đà Nẵng, the city Youth Union's volunteer teams supporting the two-tier local government, July
# 2025 (baodanang.vn; nothing cut: the caption "Đoàn phường Hòa Xuân có 60 đoàn viên ... Ảnh: XUÂN
# SƠN" states a figure and stays; the stamp " date 2025-07" written as the first line, the rest of
# that line on the second; the excerpt ends in "Trong bối cảnh thà"). Year 2025. Results (the day
# of the launch): "triển khai đội hình trên toàn bộ 94 đơn vị hành chính cấp xã" (=, count: the
# communes covered, as set203 recorded "3.321 xã"), "Đoàn phường Hòa Xuân có 60 đoàn viên hỗ trợ"
# (=, count; place "Hòa Xuân"). Targets, the nationwide forecast ("Dự kiến, ... sẽ"): "hơn 241.000
# đoàn viên, thanh niên" (>), "4.800 đội hình tình nguyện" (>=, bare), "tại 3.321 xã, phường và
# đặc khu" (>=), "728 đội hình sinh viên “Mùa hè xanh”" (>=). Not quantities: "286 trường đại
# học, cao đẳng" (where the student teams come from, participants of an event), "7/7", "31/8/2025",
# "hè 2025" (dates), "2 cấp" (the model's name), "date 2025-07". Pillar null. Ids: YVOL for the
# volunteers (60, 241.000), YTEAMS for the teams (4.800; 728: a digital task, "tuyên truyền kỹ
# năng số", is named, so not the catalogue's null case); the communes null.
# --------------------------------------------------------------------------
D08 = dict(name="08_danang-thanh-nien-tinh-nguyen-hai-cap-2025", kind="result", year=2025, records=[
    R("toàn bộ «94 đơn vị", "đơn vị hành chính cấp xã có đội hình thanh niên tình nguyện triển khai", "=", 94,
      **CNT),
    R("có «60 đoàn viên", "đoàn viên hỗ trợ vận hành mô hình chính quyền địa phương 2 cấp", "=", 60, **CNT,
      place="Hòa Xuân", iid=YVOL),
    R("Dự kiến, hơn «241.000", "đoàn viên, thanh niên ra quân hỗ trợ chính quyền địa phương 2 cấp trên toàn quốc",
      ">", 241000, **CNT, **T, iid=YVOL),
    TC("thuộc «4.800 đội hình", "đội hình tình nguyện đồng loạt ra quân trên toàn quốc", 4800, iid=YTEAMS),
    TC("tại «3.321 xã", "xã, phường và đặc khu có đội hình tình nguyện ra quân", 3321),
    TC("đó, «728 đội hình", "đội hình sinh viên “Mùa hè xanh” hỗ trợ chính quyền cơ sở triển khai dịch vụ hành "
       "chính công và tuyên truyền kỹ năng số", 728, iid=YTEAMS),
])

# --------------------------------------------------------------------------
# 09 Đà Nẵng, Phú Thuận commune's Women's Union launching "women gathered in cyberspace", October
# 2025 (baodanang.vn; cut: the photo caption "Ra mắt mô hình ... Ảnh: K.H" with the blank line after
# it; the stamp " date 2025-10-27" written as the first line, the rest of that line on the second;
# the excerpt ends in "chia sẻ, v"). Year 2025. Result: "bước đầu mô hình thu hút 50 hội viên, phụ
# nữ ... tham gia" (=, count: members taking part in the online model). Not quantities: "5.091 phụ
# nữ", "3.729 hội viên", "hơn 1.350 hội viên là tiểu thương, công nhân" (the commune's women and
# members: the size of the group the model serves), "từ 18 đến 55" (ages), "date 2025-10-27".
# Pillar null. Id null.
# --------------------------------------------------------------------------
D09 = dict(name="09_danang-phuthuan-phu-nu-khong-gian-mang-2025", kind="result", year=2025, records=[
    R("thu hút «50 hội viên", "hội viên, phụ nữ tham gia mô hình “Tập hợp phụ nữ trên không gian mạng”", "=", 50,
      **CNT),
])

# --------------------------------------------------------------------------
# 10 Long An and Cần Thơ, trade unions' digital transformation (bk.laodongcongdoan.vn; cut: the
# related-article link "SHB đồng hành ... toàn diện |", the image mark "![]() |" and the photo
# caption "Đồng chí Nguyễn Văn Quí ... Ảnh: T.M |"; no byline, no stamp, and the text names no year
# → year null; the excerpt ends in "nhận thứ"). Result: "Tại Cần Thơ, TP xếp hạng 5/63 về chuyển
# đổi số" (rank, =; place "Cần Thơ": the text's first province is Long An). Not quantities: "26 khu
# công nghiệp", "gần 450.000 lao động" (Long An's size), "19 đội từ công đoàn cơ sở" (the teams of a
# contest: participants of an event), the denominator "/63". Pillar null. Id DTI_RANK ("xếp hạng
# ... về chuyển đổi số", the catalogue's wording).
# --------------------------------------------------------------------------
D10 = dict(name="10_longan-cantho-cong-doan-chuyen-doi-so", kind="result", year=None, records=[
    R("xếp hạng «5/63", "TP xếp hạng về chuyển đổi số", "=", 5, **RANK, place="Cần Thơ", iid=DTI_RANK),
])

# --------------------------------------------------------------------------
# 11 Tuyên Quang, the Farmers' Association's commune and ward congresses for 2025-2030 (An Tường
# ward; tracuuquyhoach.com; nothing cut: the caption "Đồng chí Chu Thị Ngọc Diệp ... phường An
# Tường." states no figure but names the place, kept; no byline, no stamp; the excerpt ends in
# "Ban Chấp hành, Ban Thường vụ, Chủ tịch và "). Kind target, year 2030 (the term "nhiệm kỳ
# 2025–2030"). Target: "phấn đấu 100% sản phẩm OCOP của xã được giới thiệu, quảng bá trên các nền
# tảng thương mại điện tử" (>=). Not quantities: "2025–2030". Pillar null. Id OCOP_TMDT.
# --------------------------------------------------------------------------
D11 = dict(name="11_tuyenquang-hoi-nong-dan-ocop-tmdt-2025-2030", kind="target", year=2030, records=[
    R("phấn đấu «100% sản phẩm", "sản phẩm OCOP của xã được giới thiệu, quảng bá trên các nền tảng thương mại điện "
      "tử", ">=", 100, iid=OCOP_TMDT),
])

# --------------------------------------------------------------------------
# 12 Lạng Sơn, the provincial Youth Union in digital transformation (old.baolangson.vn; cut: the
# byline date "Thứ hai,  08/07/2024" (two spaces), written as the first line `date 2024-07-08`, and
# the photo caption "Ban tổ chức cuộc thi trao giải ... tổ chức" with the blank line after it; the
# excerpt ends in "phần mềm quản l"). Result: "trong năm 2022, ... Ban Thường vụ Tỉnh đoàn đã chỉ đạo
# 100% các huyện, thành đoàn, đoàn trực thuộc đẩy mạnh triển khai hoạt động ứng dụng công nghệ số"
# (=, year 2022: the paragraph's year, not the stamp's). Not quantities: "28/9/2021", "Nghị quyết
# 49", "năm 2025", "năm 2030", "năm 2022", "Năm 2023", "date 2024-07-08". Pillar null. Id null.
# --------------------------------------------------------------------------
D12 = dict(name="12_langson-tinh-doan-chuyen-doi-so-2022", kind="result", year=2022, records=[
    R("chỉ đạo «100% các huyện", "các huyện, thành đoàn, đoàn trực thuộc đẩy mạnh triển khai hoạt động ứng dụng "
      "công nghệ số vào tổ chức, thực hiện các phong trào cách mạng của đoàn", "=", 100),
])

# --------------------------------------------------------------------------
# 13 Thanh Hóa, Yên Định district's Labour Federation: its action plan for the province's Resolution
# 06-NQ/TU on digital transformation, December 2021 (thyentho.pgdyendinh.edu.vn; cut: the section
# label "Thông báo" with the blank line after it; the page title with its "<br>" marks kept; the
# excerpt ends in "T"). A precision text, no record: "06-NQ/TU", "Số:35 /KH-LĐLĐ", "164/KH-LĐLĐ"
# (documents), "ngày 12 tháng 12 năm 2021", "30/11/2021" (dates), "đến năm 2025", "đến năm 2030"
# (the resolution's name), "Nghị quyết 06", the list labels "I.", "1.".
# --------------------------------------------------------------------------
D13 = dict(name="13_thanhhoa-yendinh-ldld-ke-hoach-cds-2021-precision", kind="target", year=2021, records=[])

# --------------------------------------------------------------------------
# 14 Bình Phước, the provincial Farmers' Association launching an emulation movement and signing a
# digital-transformation agreement with VNPT, August 2024 (danvanbinhphuoc.vn; cut: the byline
# "Thứ sáu - 16/08/2024 10:344400" (date, time and a view counter run together), written as the
# first line `date 2024-08-16`; the excerpt ends in "tham gia vào"). A precision text, no record:
# "16/8/2024", "2024 - 2028", "đến năm 2030", "từ năm 2024 đến năm 2030", "02 giai đoạn", "2024 –
# 2026", "2027 – 2030" (dates and periods), "6 nội dung" and the list labels "(1)", "(2)" (the
# movement's contents), "lần thứ X" (a name), "date 2024-08-16".
# --------------------------------------------------------------------------
D14 = dict(name="14_binhphuoc-hoi-nong-dan-thi-dua-cds-2024-precision", kind="result", year=2024, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
