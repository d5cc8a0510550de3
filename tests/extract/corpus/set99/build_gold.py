#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set99).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

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

# --------------------------------------------------------------------------
# 01 Gia Lai, Kế hoạch 1331/KH-UBND (22-6, 2022) carrying out the national
# strategy for the digital economy and society (baogialai.com.vn; no date
# shown). Twelve targets, each 2025 value followed by its 2030 value in a
# bracket "(đến năm 2030 đạt ...)": twelve records, the bracket's own year 2030.
# Ops: "tối thiểu" >=, "trên" >, the bare "đạt 30%" / "đạt 100%" of a target >=.
# Pillar: the lead-in "đối với phát triển kinh tế số" names kinh tế số and
# opens the list → digital_economy on all twelve (spec's decided case on
# lead-ins). Ids: econ.digital_economy_gdp_share, econ.digital_economy_sector_share,
# econ.ecommerce_retail_share, econ.e_contract_enterprises_share,
# econ.sme_digital_platforms_share, econ.digital_economy_workforce_share (each
# the catalogue's own wording). Not quantities: "1331/KH-UBND", "411/QĐ-TTg",
# "31-3-2022", "22-6", "năm 2025", "năm 2030" (years). The closing "Đối với phát
# triển xã hội số," is cut off by the excerpt.
# --------------------------------------------------------------------------
D01 = dict(name="01_gialai-kh-1331-kinh-te-so-2025-2030", kind="target", year=2025, records=[
    R("chiếm tối thiểu «20% GRDP", "tỷ trọng kinh tế số chiếm GRDP của tỉnh", ">=", 20, pillar=ECO,
      iid="econ.digital_economy_gdp_share"),
    R("(đến năm 2030 đạt «30%)", "tỷ trọng kinh tế số chiếm GRDP của tỉnh", ">=", 30, year=2030, pillar=ECO,
      iid="econ.digital_economy_gdp_share"),
    R("lĩnh vực đạt tối thiểu «10%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10, pillar=ECO,
      iid="econ.digital_economy_sector_share"),
    R("(đến năm 2030 đạt tối thiểu «20%)", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 20, year=2030,
      pillar=ECO, iid="econ.digital_economy_sector_share"),
    R("bán lẻ đạt trên «10%", "tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">", 10, pillar=ECO,
      iid="econ.ecommerce_retail_share"),
    R("(đến năm 2030 đạt trên «20%)", "tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">", 20, year=2030,
      pillar=ECO, iid="econ.ecommerce_retail_share"),
    R("hợp đồng điện tử đạt trên «80%", "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", ">", 80, pillar=ECO,
      iid="econ.e_contract_enterprises_share"),
    R("(đến năm 2030 đạt «100%)", "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", ">=", 100, year=2030, pillar=ECO,
      iid="econ.e_contract_enterprises_share"),
    R("nền tảng số đạt trên «50%", "tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">", 50, pillar=ECO,
      iid="econ.sme_digital_platforms_share"),
    R("(đến năm 2030 đạt trên «70%)", "tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">", 70, year=2030,
      pillar=ECO, iid="econ.sme_digital_platforms_share"),
    R("lao động đạt trên «2%", "tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động", ">", 2, pillar=ECO,
      iid="econ.digital_economy_workforce_share"),
    R("(đến năm 2030 đạt trên «3%)", "tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động", ">", 3,
      year=2030, pillar=ECO, iid="econ.digital_economy_workforce_share"),
])

# --------------------------------------------------------------------------
# 02 Lâm Đồng, administrative procedures settled on time in the first six
# months of 2022 (baolamdong.vn, address 202206; the author line "NGUYỄN
# NGHĨA" cut; "6 tháng đầu năm 2022" → 2022 for all). "nhập, đăng tải công
# khai kịp thời 100% thủ tục hành chính (TTHC) trên Cơ sở dữ liệu quốc gia"
# (result =, no id). Three on-time shares, one per receiving level (the
# provincial departments, the district and the commune people's committees),
# each in its own sentence with the level in its subject → scope null (the
# spec's scope is for one sentence splitting its values; a judgement), each
# egov.on_time_applications_share; and under each, two counts "đã giải quyết
# xong là N hồ sơ" and "giải quyết đúng hạn là N hồ sơ" (=, count; no id: the
# catalogue holds the share, and egov.applications_received_count counts
# applications received, not settled). Pillar null. Not quantities: "6 tháng",
# "năm 2022".
# --------------------------------------------------------------------------
D02 = dict(name="02_lamdong-tthc-dung-han-6-thang-2022", kind="result", year=2022, records=[
    R("kịp thời «100% thủ tục", "thủ tục hành chính (TTHC) được nhập, đăng tải công khai kịp thời trên Cơ sở dữ "
      "liệu quốc gia", "=", 100),
    R("đúng hạn đạt «99,68%", "tỉ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn", "=", 99.68,
      iid="egov.on_time_applications_share"),
    R("xong là «175.920 hồ sơ", "tổng số hồ sơ TTHC do các sở, ngành tiếp nhận đã giải quyết xong", "=", 175920,
      **CNT),
    R("đúng hạn là «175.354 hồ sơ", "số hồ sơ TTHC do các sở, ngành tiếp nhận giải quyết đúng hạn", "=", 175354,
      **CNT),
    R("đúng hạn đạt «98,15%", "Tỉ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn", "=", 98.15,
      iid="egov.on_time_applications_share"),
    R("xong là «26.972 hồ sơ", "tổng số hồ sơ TTHC do UBND cấp huyện tiếp nhận đã giải quyết xong", "=", 26972,
      **CNT),
    R("đúng hạn là «26.473 hồ sơ", "số hồ sơ TTHC do UBND cấp huyện tiếp nhận giải quyết đúng hạn", "=", 26473,
      **CNT),
    R("đúng hạn đạt «98,94%", "Tỉ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn", "=", 98.94,
      iid="egov.on_time_applications_share"),
    R("xong là «207.030 hồ sơ", "tổng số hồ sơ TTHC do UBND cấp xã tiếp nhận đã giải quyết xong", "=", 207030,
      **CNT),
    R("đúng hạn là «204.847 hồ sơ", "số hồ sơ TTHC do UBND cấp xã tiếp nhận giải quyết đúng hạn", "=", 204847,
      **CNT),
])

# --------------------------------------------------------------------------
# 03 Lâm Đồng after two months of the two-level local government (tienphong.vn;
# the crawler's stamp " date 2025-09-10 " opens the text, kept as returned;
# "Ngày 10/9" → 2025). The lead and the body state the same two results: "tỷ lệ
# hồ sơ giải quyết đúng và trước hạn đạt 96,15%" (=, egov.on_time_applications_share)
# and "mức độ hài lòng của người dân luôn trên 95%" (>, egov.satisfaction_share):
# four records. "cung cấp 2.217 dịch vụ công trực tuyến" (=, count,
# egov.online_services_count), "trong đó 1.930 dịch vụ mức độ 4" (=, count; no
# id: level-4 services counted, the catalogue's level 3-4 indicator is a share),
# "hơn 2.000 hồ sơ đã được tiếp nhận và xử lý qua các mô hình này" (>, count; no
# id). Not quantities: "2 cấp" (the name of the model), "hơn 2 tháng", "10/9",
# "5 mô hình cải cách hành chính mới" (a count of solutions, as "05 giải pháp"),
# "mức độ 4" (a level's name), "10 ngày" (a duration). The photo caption "Lâm
# Đồng hiện cung cấp 2.217 dịch vụ công trực tuyến." is cut. Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_lamdong-chinh-quyen-2-cap-2025", kind="result", year=2025, records=[
    R("tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt «96,15%", "tỷ lệ hồ sơ giải quyết đúng và trước hạn", "=", 96.15,
      iid="egov.on_time_applications_share"),
    R("luôn trên «95%.\n", "mức độ hài lòng của người dân", ">", 95, iid="egov.satisfaction_share"),
    R("cung cấp «2.217 dịch vụ công trực tuyến, trong", "dịch vụ công trực tuyến Lâm Đồng hiện cung cấp", "=", 2217,
      **CNT, iid="egov.online_services_count"),
    R("trong đó «1.930 dịch vụ", "dịch vụ công trực tuyến mức độ 4", "=", 1930, **CNT),
    R("Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt «96,15%", "Tỷ lệ hồ sơ giải quyết đúng và trước hạn", "=", 96.15,
      iid="egov.on_time_applications_share"),
    R("luôn trên «95%. Toàn", "mức độ hài lòng của người dân", ">", 95, iid="egov.satisfaction_share"),
    R("hơn «2.000 hồ sơ", "hồ sơ đã được tiếp nhận và xử lý qua các mô hình cải cách hành chính mới", ">", 2000,
      **CNT),
])

# --------------------------------------------------------------------------
# 04 Long An's community digital technology teams (lite.baomoi.com; no date
# shown, no year in the text → year null on every record, a judgement).
# Results: "188/188 xã, phường, thị trấn ... thành lập TCNSCĐ" (=, count 188;
# no id: a count of communes, the catalogue's aware.community_digital_teams_share
# is a share), "998 tổ" (=, aware.community_digital_teams_count), "5.485 thành
# viên" (=, aware.community_digital_team_members_count), "Mỗi TCNSCĐ có từ
# 4-12 thành viên" (between 4-12, count; the teams' size as found, a judgement
# that it is a result; no id), "hơn 4.980/5.485 thành viên là đoàn viên, thanh
# niên" (>, 4980; "/5.485" the denominator), "hơn 32.000 tờ rơi" (>, count),
# "hơn 2.000 cuộc tuyên truyền" (>, count), "hơn 58.000 tài khoản người dân được
# hỗ trợ" (>, count); no ids. Not quantities: the list number "1.", "từ 1-2 ngày
# trong tuần" (how often, a schedule). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_longan-to-cnscd-998-to", kind="result", year=None, records=[
    R("đến nay, «188/188 xã", "xã, phường, thị trấn trong tỉnh Long An thành lập TCNSCĐ tại từng ấp, khu phố", "=",
      188, **CNT),
    R("với «998 tổ", "tổ công nghệ số cộng đồng (TCNSCĐ) thành lập tại từng ấp, khu phố", "=", 998, **CNT,
      iid="aware.community_digital_teams_count"),
    R("«5.485 thành viên tham gia", "thành viên tham gia TCNSCĐ", "=", 5485, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("có từ «4-12 thành viên", "thành viên của mỗi TCNSCĐ", "between", 4, value_max=12, **CNT),
    R("có hơn «4.980/5.485", "thành viên TCNSCĐ là đoàn viên, thanh niên", ">", 4980, **CNT),
    R("phát hơn «32.000 tờ rơi", "tờ rơi tuyên truyền CĐS TCNSCĐ phát trực tiếp đến hộ dân", ">", 32000, **CNT),
    R("triển khai hơn «2.000 cuộc", "cuộc tuyên truyền, vận động người dân nộp hồ sơ trực tuyến và thanh toán trực "
      "tuyến", ">", 2000, **CNT),
    R("hơn «58.000 tài khoản", "tài khoản người dân được hỗ trợ thực hiện thủ tục hành chính", ">", 58000, **CNT),
])

# --------------------------------------------------------------------------
# 05 Long An's community digital technology teams and the "Long An Số" app (a
# copy on a betting site, 168betvisa-slots.com, of a news item; stray symbols
# inside words kept as returned; no date shown, no year of measurement → year
# null, "Thành lập từ 2022" being the teams' start). Results: "mỗi tổ có 4-12
# thành viên" (between, count, as in 04), "hơn 255.600 hộ gia đình" (>) and
# "23.673 đoàn viên, thanh niên" (=) shown how to install "Long An Số" (counts;
# no id: platforms.citizen_app_users_share is a share), "hơn 406.800 lượt" (>,
# the app's downloads), "2.330 phản ánh, kiến nghị" answered (=, count; no id:
# egov.feedback_handled_share is a share), "hơn 1,3 triệu tài khoản định danh
# điện tử mức hai" taken in (>, 1300000; no id: received, not activated), "kích
# hoạt gần 1 triệu tài khoản" (~, 1000000, society.eid_accounts_activated_count),
# "7 siêu thị, 41 chợ áp dụng hình thức thanh toán này" (=, counts; "Một trung
# tâm thương mại" has no digits → no record), "gần 12 tỷ đồng" (~, other "đồng",
# 1.2e10, cashless health fees), "chiếm khoảng 20% tổng tiền khám chữa bệnh" (~,
# %; no id: society.cashless_hospital_fees_share is a share of hospitals), "hơn
# 14 tỷ " (>, 1.4e10, other; the excerpt ends before the currency word →
# unit_text null, a judgement). No ids but one. Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_longan-to-cnscd-long-an-so", kind="result", year=None, records=[
    R("mỗi tổ có «4-12 thành viên", "thành viên của mỗi tổ công nghệ số cộng đồng", "between", 4, value_max=12,
      **CNT),
    R("hơn «255.600 hộ", "hộ gia đình được hướng dẫn cài đặt nền tảng \"Long An Số\"", ">", 255600, **CNT),
    R("và «23.673 đoàn", "đoàn viên, thanh niên được hướng dẫn cài đặt nền tảng \"Long An Số\"", "=", 23673, **CNT),
    R("hơn «406.800 lượt", "tổng lượng tải nền tảng \"Long An Số\"", ">", 406800, **CNT),
    R("trả lời «2.330 phản ánh", "phản ánh, kiến nghị của người dân được tiếp nhận, xử lý và trả lời", "=", 2330,
      **CNT),
    R("hơn «1,3 triệu tài khoản", "tài khoản định danh điện tử mức hai được thu nhận", ">", 1.3e6, **CNT),
    R("gần «1 triệu tài khoản", "tài khoản định danh điện tử được kích hoạt cho người dân", "~", 1e6, **CNT,
      iid="society.eid_accounts_activated_count"),
    R("«7 siêu thị", "siêu thị áp dụng hình thức thanh toán này", "=", 7, **CNT),
    R("«41 chợ", "chợ áp dụng hình thức thanh toán này", "=", 41, **CNT),
    R("gần «12 tỷ đồng", "số phí thanh toán qua các hình thức không tiền mặt của ngành y tế", "~", 12e9, **DONG),
    R("khoảng «20% tổng", "số phí thanh toán không tiền mặt trong tổng tiền khám chữa bệnh", "~", 20),
    R("hơn «14 tỷ", "số tiền thu phí trực tuyến của các cơ sở giáo dục", ">", 14e9, unit="other", unit_text=None),
])

# --------------------------------------------------------------------------
# 06 Long Xuyên city (An Giang), community digital technology teams in every
# cluster and hamlet (longxuyen.angiang.gov.vn; no date shown, no year in the
# text → year null). Two quantities: "đã thành lập 96 Tổ công nghệ số cộng
# đồng" (=, count, aware.community_digital_teams_count) and "Mỗi Tổ ... có khoảng
# 8 - 10 thành viên" (between 8-10, count: a range stated with "khoảng" reads as
# between, as "từ 15-20%"; no id). Not a quantity: "5 nội dung kỹ năng số cơ
# bản" (a count of contents, as "05 giải pháp"). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_angiang-longxuyen-to-cnscd", kind="result", year=None, records=[
    R("thành lập «96 Tổ", "Tổ công nghệ số cộng đồng thành lập tại các khóm, ấp của thành phố", "=", 96, **CNT,
      iid="aware.community_digital_teams_count"),
    R("khoảng «8 - 10 thành viên", "thành viên của mỗi Tổ công nghệ số cộng đồng", "between", 8, value_max=10,
      **CNT),
])

# --------------------------------------------------------------------------
# 07 Ninh Hòa town (Khánh Hòa), the province's first cashless market day at
# chợ Dinh (baokhanhhoa.vn; the byline "09:10, 25/10/2022" cut and written as
# `date 2022-10`; the photo caption "Người dân quét mã QR thanh toán tại chợ
# Dinh." printed twice, both cut). A precision text with no quantity: dates
# "25-10" (twice) and "10-10" (twice), the name "chợ 4.0", the duration "1 phút".
# --------------------------------------------------------------------------
D07 = dict(name="07_khanhhoa-ninhhoa-cho-dinh-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 08 Nha Trang, the "cashless bus" at chợ Đầm (a copy of a Tuổi Trẻ item on
# xosogialai.org; the byline "29/06/2022 16:07 GMT+7" cut and written as
# `date 2022-06`, the author line "MINH CHIẾN" printed twice and two photo
# captions cut). A precision text with no quantity: "29-6" (twice), "COVID-19"
# (a name), "1 chiếc thẻ" (one person's own card, not a value of an indicator).
# --------------------------------------------------------------------------
D08 = dict(name="08_khanhhoa-nhatrang-xe-khong-tien-mat-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 09 Bình Định's plan for the National Digital Transformation Day 2023
# (vietnamnet.vn; the crawler's stamp " date 2023-09 " kept as returned; the
# photo caption "Thanh niên Công an tỉnh Bình Định hướng dẫn người dân cài đặt
# ứng dụng VNeID. Ảnh: Diễm Phúc" cut). A precision text with no quantity:
# dates "6/9", "15/9", "15/10", "22/4/2022", "20/9/2021", the name "Tháng 10 –
# Tháng tiêu dùng số", document numbers "505/QĐ-TTg", "05-NQ/TU", years "2023",
# "2025", "2030".
# --------------------------------------------------------------------------
D09 = dict(name="09_binhdinh-ngay-cds-2023-precision", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 10 Đồng Tháp, two years of the pilot of community digital technology teams
# (stttt.dongthap.gov.vn; the portal's lines "Xuất bản thông tin", "Chi tiết
# bài viết Tin tức" and the title prefixed "null " cut, the title printed again
# below kept; no date shown). The pilot's design, Quyết định 692/QĐ-UBND-HC of
# 30/6/2022: "mỗi huyện, thành phố lựa chọn 01 khóm/ấp ... để thí điểm thành lập
# 01 Tổ Công nghệ số cộng đồng": two targets (count, year 2022, the decision's
# year; a judgement that a pilot's size per district is a target quantity and
# that its year is the decision's; op >=, the spec's bare number of a target,
# although the pilot means exactly one), no ids. The excerpt ends "đã thành lập 50"
# before its noun: a result count (=, 50; year null: "Hiện tại" after "Sau 02
# năm" names no year; indicator as written; a judgement). Not quantities:
# "30/6/2022", "692/QĐ-UBND-HC", "02 năm" (twice, a duration), "1." (a list
# number). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_dongthap-thi-diem-to-cnscd-precision", kind="target", year=2022, records=[
    R("lựa chọn «01 khóm/ấp", "khóm/ấp mỗi huyện, thành phố lựa chọn để thí điểm thành lập Tổ Công nghệ số cộng "
      "đồng", ">=", 1, **CNT),
    R("thành lập «01 Tổ", "Tổ Công nghệ số cộng đồng thí điểm thành lập ở mỗi huyện, thành phố", ">=", 1, **CNT),
    R("đã thành lập «50", "trên địa bàn tỉnh Đồng Tháp đã thành lập", "=", 50, **CNT, kind="result", year=None),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
