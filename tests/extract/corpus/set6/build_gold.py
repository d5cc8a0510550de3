#!/usr/bin/env python3
"""Build the gold records of texts/NAME.txt into gold/NAME.jsonl (set6).

Adapted from ../../../../../shared/eval/gold/build_gold.py (the seeds' builder).
Each record is written by hand below; its anchor is never typed in. A record
names a locator: a piece of the text with « just before the number. The
locator (without «) must occur exactly once in the text; the anchor is where
« stands. `start`/`end` (the clause that states the quantity) are computed
(informative only: score.py reads the gold's anchor).

Numbers the gold deliberately leaves without a record are listed per document
with X(locator, reason); they are written to excluded.json, which
check_gold.py reads to tell a decided exclusion from a forgotten number.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, locate  # noqa: E402
from goldkit import GOV, ECO, SOC, INFRA, HR  # noqa: E402  (the shorthand every builder shares)


T, Rs = "target", "result"


def X(loc, reason):
    return dict(loc=loc, reason=reason)


CHANGE = "a result's change against an earlier value or against the plan (spec: not a quantity)"
VSPLAN = "completion against the plan/target ('đạt 103,4% kế hoạch'): treated like 'vượt chỉ tiêu 6%', not a value of the indicator (README decision)"
NCHITIEU = "a count of targets/chỉ tiêu of a plan, like a count of tasks (README decision)"
NAME = "a number inside a name or a level of service ('mức độ 4', '3 trụ cột')"

# --------------------------------------------------------------------------
# 01 Quảng Bình, KH 2656/KH-UBND (22/12/2023): table of 2023 targets and
# results. Columns: Đề ra năm 2023 | Kết quả thực hiện | Đánh giá.
# --------------------------------------------------------------------------
LVL = "Tỷ lệ văn bản, hồ sơ công việc được xử lý trên môi trường mạng tại cơ quan"
TTHC = "Thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp bằng hình thức dịch vụ công trực tuyến"
BCT = "Chỉ tiêu chế độ báo cáo định kỳ về tình hình kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của UBND tỉnh được thực hiện trên Hệ thống thông tin báo cáo của tỉnh"
BCP = "Chỉ tiêu theo yêu cầu của Chính phủ, Thủ tướng Chính phủ được kết nối, chia sẻ dữ liệu với Hệ thống thông tin báo cáo của Chính phủ"
D01 = dict(name="01_quangbinh-kh2656-bang-2023", kind=T, year=2023, records=[
    # "a) Chính quyền số"
    R("(DVCTT) | «100% | 100%", TTHC, ">=", 100, pillar=GOV),
    R("(DVCTT) | 100% | «100%", TTHC, "=", 100, pillar=GOV, kind=Rs),
    R("(toàn trình và một phần) | «30%", "Tỷ lệ hồ sơ trực tuyến phát sinh của từng DVCTT", ">=", 30, pillar=GOV),
    R("| «75,3%", "Tỷ lệ hồ sơ trực tuyến phát sinh của từng DVCTT", "=", 75.3, pillar=GOV, kind=Rs),
    R("+ Cấp tỉnh | «97%", LVL, ">=", 97, scope="cấp tỉnh", pillar=GOV),
    R("+ Cấp tỉnh | 97% | «97%", LVL, "=", 97, scope="cấp tỉnh", pillar=GOV, kind=Rs),
    R("+ Cấp huyện | «92%", LVL, ">=", 92, scope="cấp huyện", pillar=GOV),
    R("| «95% | Vượt", LVL, "=", 95, scope="cấp huyện", pillar=GOV, kind=Rs),
    R("bí mật nhà nước) | «80%", LVL, ">=", 80, scope="cấp xã", pillar=GOV),
    R("bí mật nhà nước) | 80% | «80%", LVL, "=", 80, scope="cấp xã", pillar=GOV, kind=Rs),
    R("báo cáo của tỉnh | «100%", BCT, ">=", 100, pillar=GOV),
    R("báo cáo của tỉnh | 100% | «100%", BCT, "=", 100, pillar=GOV, kind=Rs),
    R("báo cáo của Chính phủ | «100%", BCP, ">=", 100, pillar=GOV),
    R("báo cáo của Chính phủ | 100% | «100%", BCP, "=", 100, pillar=GOV, kind=Rs),
], excluded=[])

# --------------------------------------------------------------------------
# 02 Hà Tĩnh, news (no date): 2022 rankings, then "Đến nay" results. The
# only year the text reports is 2022 ("Năm 2022, ..."), so the "Đến nay"
# results take it (README: year of the text's reporting period).
# --------------------------------------------------------------------------
D02 = dict(name="02_hatinh-ket-qua-2022", kind=Rs, year=2022, records=[
    # "Năm 2022, Hà Tĩnh đứng thứ hai ..." (a rank in words: no digit, no record)
    R("xếp thứ «37/63", "chỉ số chuyển đổi số cấp tỉnh (DTI)", "=", 37, unit="rank"),
    R("xếp thứ «28 cả nước", "chỉ số cải cách hành chính (PAR Index)", "=", 28, unit="rank"),
    R("và thứ «7 cả nước", "chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS)", "=", 7, unit="rank"),
    # "Đến nay, ..."
    R("Đến nay, «100% các xã", "các xã, phường, thị trấn, tổ dân phố, thôn, xóm đã thành lập tổ chuyển đổi số cộng đồng", "=", 100),
    R("«100% các sản phẩm OCOP", "các sản phẩm OCOP của các địa phương được đăng tải lên sàn thương mại điện tử tỉnh và của các doanh nghiệp", "=", 100),
    R("«100% doanh nghiệp, tổ chức", "doanh nghiệp, tổ chức sử dụng hóa đơn điện tử", "=", 100),
    R("«507 hộ", "hộ, cá nhân kinh doanh đăng ký và chuyển đổi sử dụng hóa đơn điện tử", "=", 507, unit="count"),
    R("là «721.568 hóa đơn", "số lượng hóa đơn có mã ngành Thuế tiếp nhận và xử lý", "=", 721568, unit="count"),
    R("«100% hợp tác xã", "hợp tác xã, tổ hợp tác, hộ nông dân sản xuất sản phẩm theo tiêu chuẩn VietGap, Global G.A.P, OCOP", "=", 100),
    R("có «544 sản phẩm", "sản phẩm được giới thiệu và bày bán trên sàn thương mại điện tử Hà Tĩnh", "=", 544, unit="count"),
    R("trong đó «416 sản phẩm", "sản phẩm tiêu biểu và các sản phẩm đặc trưng của Hà Tĩnh", "=", 416, unit="count"),
], excluded=[
    X("tăng «22 bậc", CHANGE), X("tăng «28 bậc", CHANGE), X("tăng «12 bậc", CHANGE),
    X("tăng «29 bậc", CHANGE), X("tăng «25 bậc", CHANGE),
])

# --------------------------------------------------------------------------
# 03 Hà Tĩnh, news: DTI ranks published end of May 2025. The text names
# no other year for them: year 2025 (README decision).
# --------------------------------------------------------------------------
D03 = dict(name="03_hatinh-dti-xep-hang-2025", kind=Rs, year=2025, records=[
    R("xếp hạng thứ «25/63", "chỉ số DTI cấp tỉnh", "=", 25, unit="rank"),
    # "ghi nhận sự tăng hạng của các nhóm chỉ số:" (no pillar heading)
    R("Nhận thức số xếp hạng «1/63", "Nhận thức số", "=", 1, unit="rank"),
    R("nhân lực số xếp hạng «6/63", "nhân lực số", "=", 6, unit="rank"),
    R("hoạt động chính quyền số «23/63", "hoạt động chính quyền số", "=", 23, unit="rank"),
    R("thể chế số xếp hạng «32/63", "thể chế số", "=", 32, unit="rank"),
    R("An toàn thông tin mạng xếp hạng «26/63", "An toàn thông tin mạng", "=", 26, unit="rank"),
    R("hoạt động xã hội số xếp hạng «37/63", "hoạt động xã hội số", "=", 37, unit="rank"),
    R("Hạ tầng số xếp hạng «44/63", "Hạ tầng số", "=", 44, unit="rank"),
    R("hoạt động kinh tế số xếp hạng «41/63", "hoạt động kinh tế số", "=", 41, unit="rank"),
], excluded=[
    X("tăng «12 bậc", CHANGE), X("tăng «31 bậc", CHANGE), X("tăng «25 bậc", CHANGE),
    X("tăng «16 bậc", CHANGE), X("tăng «20 bậc", CHANGE), X("tăng «9 bậc", CHANGE),
    X("tăng «2 bậc", CHANGE), X("giảm «13 bậc", CHANGE), X("giảm «9 bậc", CHANGE),
    X("«6 tháng đầu năm 2025", "a period, not a quantity"),
])

# --------------------------------------------------------------------------
# 04 Hà Tĩnh, news (no date, no reporting year): year null.
# --------------------------------------------------------------------------
CCT = "Cán bộ chuyên trách CNTT"
D04 = dict(name="04_hatinh-nhan-luc-ha-tang", kind=Rs, year=None, records=[
    # "Về nhân lực, ..." (lead-in naming one pillar)
    R("là «612 người", "tổng số cán bộ CNTT, chuyển đổi số toàn tỉnh", "=", 612, unit="count", pillar=HR),
    R("trong đó «424 người", "người có trình độ chuyên ngành CNTT", "=", 424, unit="count", pillar=HR),
    R("«188 người", "người có trình độ chuyên ngành gần CNTT", "=", 188, unit="count", pillar=HR),
    R("thạc sĩ «65 người", "cán bộ CNTT trình độ thạc sĩ", "=", 65, unit="count", pillar=HR),
    R("đại học «429 người", "cán bộ CNTT trình độ đại học", "=", 429, unit="count", pillar=HR),
    R("cao đẳng «56 người", "cán bộ CNTT trình độ cao đẳng", "=", 56, unit="count", pillar=HR),
    R("trung cấp «62 người", "cán bộ CNTT trình độ trung cấp", "=", 62, unit="count", pillar=HR),
    R("nhà nước «236 người", "Cán bộ chuyên trách CNTT tại cơ quan hành chính nhà nước", "=", 236, unit="count", pillar=HR),
    R("cấp tỉnh «24 người", CCT + " có trình độ đại học trở lên", "=", 24, unit="count", scope="cấp tỉnh", pillar=HR),
    R("có «212 người", CCT, "=", 212, unit="count", scope="cấp cơ sở", pillar=HR),
    R("có «21 người", CCT + " có trình độ đại học", "=", 21, unit="count", scope="cấp cơ sở", pillar=HR,
      note="a breakdown inside the cấp cơ sở value: keeps its level"),
    R(", «2 người có trình độ cao đẳng", CCT + " có trình độ cao đẳng", "=", 2, unit="count", scope="cấp cơ sở", pillar=HR),
    # "Hạ tầng kỹ thuật đang từng bước được đầu tư đồng bộ." (lead-in: infrastructure)
    R("bao phủ «99% khu vực", "mạng di động 4G bao phủ khu vực dân cư", "=", 99, pillar=INFRA),
    R("đến «100% trung tâm xã", "kết nối internet đến trung tâm xã", "=", 100, pillar=INFRA),
    R("hơn «21.000 km", "cáp quang", ">", 21000, unit="other", unit_text="km", pillar=INFRA),
    R("và «3.295 trạm BTS", "trạm BTS", "=", 3295, unit="count", pillar=INFRA),
], excluded=[
    X("Có «24/26 chỉ tiêu", NCHITIEU), X("còn «2 chỉ tiêu", NCHITIEU),
])

# --------------------------------------------------------------------------
# 05 Quảng Trị, provincial party portal (no date; the text reports its
# current year as 2023: "Năm 2023, Sở ... đã triển khai ...").
# --------------------------------------------------------------------------
D05 = dict(name="05_quangtri-cong-tac-cds", kind=Rs, year=2023, records=[
    R("Đến nay «100% các sở", "các sở, ban ngành và địa phương đã thành lập Ban Chỉ đạo chuyển đổi số", "=", 100),
    R("«100% các sở, ban ngành và địa phương đã bố trí", "các sở, ban ngành và địa phương đã bố trí cán bộ chuyên trách hoặc kiêm nhiệm tham mưu công tác chuyển đổi số và an toàn thông tin", "=", 100),
    R("thành lập «115 tổ", "tổ công nghệ số cộng đồng", "=", 115, unit="count", scope="cấp xã"),
    R("và «715 tổ", "tổ công nghệ số cộng đồng", "=", 715, unit="count", scope="cấp thôn"),
    R("tổng số «4.327 thành viên", "tổng số thành viên tổ công nghệ số cộng đồng", "=", 4327, unit="count"),
    R("triển khai «10 lớp", "lớp tập huấn nâng cao kỹ năng số cho cán bộ công chức tỉnh", "=", 10, unit="count"),
], excluded=[
    X("lấy ngày «10 tháng 10", "a date"),
])

# --------------------------------------------------------------------------
# 06 Quảng Trị, news on the meeting of quý I/2026: results 2026.
# --------------------------------------------------------------------------
D06 = dict(name="06_quangtri-quy-i-2026", kind=Rs, year=2026, records=[
    R("«82,1% công dân", "công dân từ đủ 14 tuổi trở lên đăng ký tài khoản định danh điện tử", "=", 82.1),
    R("«86,8% doanh nghiệp", "doanh nghiệp, hợp tác xã có tài khoản VNeID", "=", 86.8),
    R("«88,7% chi trả", "chi trả lương hưu, bảo hiểm xã hội qua tài khoản ngân hàng", "=", 88.7),
    R("«63,8% người dân", "người dân có bảo hiểm y tế đã tích hợp sổ sức khỏe điện tử", "=", 63.8),
    R("thành lập «1.830 tổ", "tổ công nghệ số cộng đồng", "=", 1830, unit="count"),
    R("hơn «13.600 thành viên", "thành viên tổ công nghệ số cộng đồng", ">", 13600, unit="count"),
], excluded=[
    X("từ đủ «14 tuổi", "an age inside the indicator"),
])

# --------------------------------------------------------------------------
# 07 Lâm Đồng, news of 11/08/2023 (stamp date 2023-08): results 2023.
# --------------------------------------------------------------------------
D07 = dict(name="07_lamdong-thi-dua-2023", kind=Rs, year=2023, records=[
    R("đã đạt «67%", "chỉ số sử dụng dịch vụ công trực tuyến", "=", 67),
    R("toàn quốc đạt «62,3%", "trung bình toàn quốc chỉ số sử dụng dịch vụ công trực tuyến", "=", 62.3, place="toàn quốc",
      note="a bracket that states a value; the value is the country's"),
    R("vị trí «12/63", "Văn phòng Chính phủ đánh giá", "=", 12, unit="rank"),
    R("tỷ lệ «100% xã", "xã có điểm phục vụ bưu chính có người phục vụ", "=", 100),
    R("«100%  các sở", "các sở, ban, ngành, huyện, thành phố đã thực hiện chuyển giao tiếp nhận, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích", "=", 100),
    R("«100% xã, phường", "xã, phường, thị trấn đã phủ sóng mạng băng rộng cáp quang, mạng di động 3G, 4G", "=", 100),
    R("đạt «100% khu dân cư", "độ phủ khu dân cư", "=", 100),
    R("thí điểm «06 điểm", "điểm phát sóng 5G", "=", 6, unit="count"),
], excluded=[])

# --------------------------------------------------------------------------
# 08 Quảng Ngãi, news on KH 114/KH-UBND (27/05/2025): targets for 2025.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangngai-kh114-kinh-te-so", kind=T, year=2025, records=[
    # title and lead: no heading, no lead-in
    R("chiếm «20% GRDP đến năm 2025", "kinh tế số chiếm GRDP", ">=", 20),
    R("tỷ trọng «20% GRDP", "kinh tế số đạt tỷ trọng GRDP", ">=", 20),
    # "Theo Kế hoạch số 114/KH-UBND, ... các chỉ tiêu quan trọng về kinh tế số ..."
    R("sẽ chiếm «20% GRDP", "kinh tế số chiếm GRDP", ">=", 20, pillar=ECO),
    R("ít nhất «10%", "tỷ trọng kinh tế số trong mỗi ngành", ">=", 10, pillar=ECO),
    R("chiếm trên «10%", "Thương mại điện tử chiếm tổng mức bán lẻ", ">", 10, pillar=ECO),
    R("tối thiểu «7%", "năng suất lao động hàng năm tăng", ">=", 7, pillar=ECO),
    # "Kế hoạch cũng đề ra các mục tiêu cụ thể về chuyển đổi số trong cộng đồng và doanh nghiệp."
    R("trên «50% doanh nghiệp", "doanh nghiệp nhỏ và vừa sẽ sử dụng nền tảng số", ">", 50),
    R("«80% người dân", "người dân trên 15 tuổi có tài khoản thanh toán ngân hàng", ">=", 80),
    R("«50% dân số trưởng thành", "dân số trưởng thành có chữ ký số cá nhân", ">=", 50),
    R("«80% dân số trưởng thành", "dân số trưởng thành sử dụng tài khoản định danh điện tử VNeID", ">=", 80),
], excluded=[
    X("trên «15 tuổi", "an age inside the indicator"),
])

# --------------------------------------------------------------------------
# 09 Quảng Ngãi, news (2025: "đến tháng 7/2025" is the reporting time).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangngai-ba-tru-cot-2025", kind=Rs, year=2025, records=[
    # "Trong lĩnh vực chính quyền số, ..."
    R("hơn «99% ở cấp tỉnh", "tỷ lệ sử dụng văn bản điện tử", ">", 99, scope="cấp tỉnh", pillar=GOV),
    R("trên «85% ở cấp xã", "tỷ lệ sử dụng văn bản điện tử", ">", 85, scope="cấp xã", pillar=GOV),
    R("trên «95% văn bản", "văn bản phát hành được ký số", ">", 95, pillar=GOV),
    R("«2.192 thủ tục", "thủ tục hành chính được cấu hình", "=", 2192, unit="count", pillar=GOV),
    R("trong đó «1.784 thủ tục", "thủ tục tích hợp lên Cổng DVC quốc gia", "=", 1784, unit="count", pillar=GOV),
    R("đến «96 xã", "hệ thống quản lý, điều hành liên thông từ cấp tỉnh đến xã, phường, đặc khu", "=", 96, unit="count", pillar=GOV),
    R("xếp thứ «5/34", "chỉ số phục vụ người dân, doanh nghiệp trong TTHC", "=", 5, unit="rank", pillar=GOV),
    # "Về kinh tế số, ..."
    R("có «2.725 doanh nghiệp", "doanh nghiệp công nghệ số", "=", 2725, unit="count", pillar=ECO),
    R("hơn «1.600 thuộc", "doanh nghiệp công nghệ số thuộc ngành ICT", ">", 1600, unit="count", pillar=ECO),
    # "Ở xã hội số, ..."
    R("thành lập «1.707 tổ", "tổ công nghệ số cộng đồng", "=", 1707, unit="count", pillar=SOC),
], excluded=[
    X("trên «3 trụ cột: chính", NAME), X("đồng bộ trên «3 trụ cột", NAME),
])

# --------------------------------------------------------------------------
# 10 Kon Tum, news: DTI values and ranks 2020-2022, targets for end of 2023.
# --------------------------------------------------------------------------
KT = "chỉ số chuyển đổi số của Kon Tum"
D10 = dict(name="10_kontum-dti-2020-2022", kind=Rs, year=None, records=[
    R("chỉ đạt «0,24 điểm", KT, "=", 0.24, unit="other", unit_text="điểm", year=2020),
    R("xếp thứ «58 trong cả nước", KT + " xếp thứ cả nước", "=", 58, unit="rank", year=2020),
    R("xếp thứ «5 khu vực Tây Nguyên. Tuy", KT + " xếp thứ khu vực Tây Nguyên", "=", 5, unit="rank", year=2020),
    R("đã đạt «0,33 điểm", "Kon Tum đạt điểm về chuyển đổi số", "=", 0.33, unit="other", unit_text="điểm", year=2021),
    R("xếp thứ «46 trong cả nước", "Kon Tum xếp thứ cả nước về chuyển đổi số", "=", 46, unit="rank", year=2021),
    R("xếp thứ «5 khu vực Tây Nguyên. Đặc", "Kon Tum xếp thứ khu vực Tây Nguyên về chuyển đổi số", "=", 5, unit="rank", year=2021),
    R("Kon Tum đạt «0,54 điểm", "Kon Tum đạt điểm về chuyển đổi số", "=", 0.54, unit="other", unit_text="điểm", year=2022),
    R("xếp thứ «45 trong cả nước", "Kon Tum xếp thứ cả nước về chuyển đổi số", "=", 45, unit="rank", year=2022),
    R("xếp thứ «2 trong khu vực", "Kon Tum xếp thứ khu vực Tây Nguyên về chuyển đổi số", "=", 2, unit="rank", year=2022),
    # "Kon Tum phấn đấu đến cuối năm 2023, ..."
    R("từ «0,7-0,8 điểm", "các chỉ số về Chính phủ số, Kinh tế số, Xã hội số của tỉnh", "between", 0.7, value_max=0.8,
      unit="other", unit_text="điểm", kind=T, year=2023),
    R("nhóm «30 tỉnh", "Kon Tum sẽ thuộc nhóm tỉnh/thành trong cả nước", "<=", 30, unit="rank", kind=T, year=2023),
], excluded=[])

# --------------------------------------------------------------------------
# 11 Đắk Nông, Đề án chuyển đổi số: targets for 2030 under the heading
# "*Phát triển Chính quyền số, ...".
# --------------------------------------------------------------------------
D11 = dict(name="11_daknong-de-an-muc-tieu-2030", kind=T, year=2030, records=[
    R("Phấn đấu «100% dịch vụ công", "dịch vụ công trực tuyến mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động", ">=", 100, pillar=GOV),
    R("«60% dịch vụ công", "dịch vụ công trực tuyến toàn trình có ứng dụng AI hỗ trợ người dân, doanh nghiệp", ">=", 60, pillar=GOV),
    R("giảm «30% thủ tục", "giảm thủ tục hành chính", ">=", 30, pillar=GOV),
    R("tăng «30% dịch vụ", "tăng dịch vụ sáng tạo dựa trên dữ liệu phục vụ người dân, doanh nghiệp", ">=", 30, pillar=GOV),
    R("«19/19 Sở", "Sở, Ban, ngành có cơ sở dữ liệu của ngành để hình thành IOC ngành", ">=", 19, unit="count", pillar=GOV),
    R("Phấn đấu «08 huyện", "huyện, thành phố có Trung tâm điều hành thông minh", ">=", 8, unit="count", pillar=GOV),
    R("Số hóa «100% các quy trình", "Số hóa các quy trình nội bộ ISO điện tử tại các cơ quan, đơn vị", ">=", 100, pillar=GOV),
], excluded=[
    X("mức độ «4, được", NAME),
])

# --------------------------------------------------------------------------
# 12 Đà Nẵng, news of 12/01/2023 on the 2022 results; one 2022 target.
# --------------------------------------------------------------------------
D12 = dict(name="12_danang-kinh-te-so-2022", kind=Rs, year=2022, records=[
    R("đóng góp «17% vào tăng trưởng GRDP của Đà Nẵng", "Kinh tế số đóng góp vào tăng trưởng GRDP", "=", 17),
    R("đạt hơn «34.000 tỷ đồng", "Doanh thu toàn ngành Thông tin và Truyền thông", ">", 34000e9, unit="other", unit_text="đồng"),
    R("đóng góp «17% vào tăng trưởng GRDP của Thành phố", "kinh tế số đóng góp vào tăng trưởng GRDP", "=", 17),
    R("ước đạt  «34.293 tỷ đồng", "tổng doanh thu toàn ngành Thông tin và Truyền thông", "=", 34293e9, unit="other", unit_text="đồng"),
    R("đạt «132 triệu USD", "Kim ngạch xuất khẩu phần mềm", "=", 132e6, unit="other", unit_text="USD"),
    R("đóng góp «12,7% GRDP", "kinh tế số Đà Nẵng đóng góp GRDP", "=", 12.7, year=2021),
    R("Đà Nẵng đóng góp «17% GRDP", "kinh tế số của Đà Nẵng đóng góp GRDP", "=", 17),
    R("«100% dịch vụ công", "dịch vụ công đã được triển khai trực tuyến mức 4", "=", 100),
    R("trực tuyến đạt «96%", "tỷ lệ dịch vụ công có phát sinh hồ sơ trực tuyến", "=", 96),
    R("năm 2022 là «85%", "mục tiêu theo kế hoạch của Thành phố tỷ lệ dịch vụ công có phát sinh hồ sơ trực tuyến", ">=", 85, kind=T,
      note="a target named inside a result sentence ('vượt mục tiêu ... là 85%')"),
], excluded=[
    X("đạt «103,4% kế hoạch", VSPLAN), X("tăng «9,6% so với", CHANGE),
    X("đạt «120% so với kế hoạch", VSPLAN), X("tăng «34% so với", CHANGE),
    X("kết quả «01 năm", "a period"), X("gấp «2 lần", "a ratio against the national average: a comparison, not the indicator's value"),
    X("trực tuyến mức «4, tỷ lệ", NAME),
])

# --------------------------------------------------------------------------
# 13 Đà Nẵng, news of 2023-12: 2023 results. Heading "Kinh tế số tăng
# trưởng mạnh" (pillar), then "Hàng loạt danh hiệu ..." (no pillar).
# --------------------------------------------------------------------------
D13 = dict(name="13_danang-dau-an-2023", kind=Rs, year=2023, records=[
    R("ước đạt «17.598 tỉ đồng", "tổng doanh thu ngành TT&TT", "=", 17598e9, unit="other", unit_text="đồng", pillar=ECO),
    R("ước khoảng «147,8 triệu USD", "kim ngạch xuất khẩu phần mềm", "~", 147.8e6, unit="other", unit_text="USD", pillar=ECO),
    R("ước đạt «9.841 tỉ đồng", "Quy mô giá trị tăng thêm toàn ngành theo giá hiện hành", "=", 9841e9, unit="other", unit_text="đồng", pillar=ECO),
    R("chiếm «7,33% trong", "Quy mô giá trị tăng thêm toàn ngành chiếm trong cơ cấu GRDP toàn nền kinh tế", "=", 7.33, pillar=ECO),
    R("chiếm «19,76% GRDP", "tỷ trọng kinh tế số của Đà Nẵng chiếm GRDP", "=", 19.76, pillar=ECO),
    R("Gần «50% người dân", "người dân trưởng thành có tài khoản công dân số", "~", 50),
], excluded=[
    X("tăng «8,1% so với", CHANGE), X("đạt «101,25% so với kế hoạch", VSPLAN), X("tăng «12% so với", CHANGE),
    X("mở rộng hơn «768 tỉ đồng", CHANGE), X("ước đạt «4,86% so với", CHANGE + " (growth rate against 2022)"),
    X("đóng góp «0,57 điểm phần trăm", "a contribution to the growth against 2022: part of a change (README decision)"),
    X("giá so sánh «2010", "a base year"), X("dùng với «1 Kho", "not an indicator value"),
])

# --------------------------------------------------------------------------
# 14 Quảng Ngãi, KH 121/KH-UBND (31/12/2025), part "ĐÁNH GIÁ KẾT QUẢ THỰC
# HIỆN NĂM 2025": results 2025.
# --------------------------------------------------------------------------
D14 = dict(name="14_quangngai-kh121-ket-qua-2025", kind=Rs, year=2025, records=[
    # "Hạ tầng số đạt bước tiến lớn với ..." (lead phrase naming one pillar)
    R("với «100% cơ quan", "cơ quan nhà nước kết nối mạng truyền số liệu chuyên dùng", "=", 100, pillar=INFRA),
    R("«100% thôn, xã", "thôn, xã có sóng di động 3G, 4G", "=", 100, pillar=INFRA),
    R("triển khai «532 trạm", "trạm BTS 5G tại các khu kinh tế trọng điểm", "=", 532, unit="count", pillar=INFRA),
    # "Về nhân lực, ..."
    R("hơn «1,1 triệu lượt", "lượt người dân tham gia tập huấn kỹ năng số", ">", 1100000, unit="count", pillar=HR),
    # no lead-in
    R("hơn «2 triệu hồ sơ", "Kho dữ liệu số của tỉnh hiện lưu trữ hồ sơ", ">", 2000000, unit="count"),
    R("chia sẻ «256 bộ", "Cổng dữ liệu mở đã chia sẻ bộ dữ liệu công khai", "=", 256, unit="count"),
], excluded=[])

# --------------------------------------------------------------------------
# 15 Thanh Hóa, news on 2023: NQ 06-NQ/TU targets (2025, 2030), results 2023.
# --------------------------------------------------------------------------
D15 = dict(name="15_thanhhoa-ket-qua-2023", kind=Rs, year=2023, records=[
    R("nhóm «10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số; đến", "nhóm tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số", "<=", 10, unit="rank", kind=T, year=2025),
    R("tiếp tục trong nhóm «10 tỉnh", "nhóm tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số", "<=", 10, unit="rank", kind=T, year=2030),
    R("nhóm «5 tỉnh", "nhóm tỉnh, thành phố dẫn đầu về chính quyền số", "<=", 5, unit="rank", kind=T, year=2030),
    R("có «114/558 xã", "xã, phường, thị trấn được công nhận hoàn thành chuyển đổi số cấp xã", "=", 114, unit="count"),
    R("đạt «99,51%", "tỷ lệ hồ sơ thủ tục hành chính được giải quyết trước hạn và đúng hạn", "=", 99.51),
], excluded=[
    X("Với «27 đơn vị", "a count of administrative units: a fact of the province, not an indicator (README decision)"),
    X("phố và «558 xã", "a count of administrative units (README decision)"),
    X("ở cả «3 trụ cột", NAME),
])

# --------------------------------------------------------------------------
# 16 Đắk Nông, news on 20 years of the Sở TT-TT (no year for any value).
# --------------------------------------------------------------------------
D16 = dict(name="16_daknong-truyen-thong-20-nam", kind=Rs, year=None, records=[
    R("chỉ đạt «15% dân số", "tỷ lệ phủ sóng 2G dân số toàn tỉnh", "=", 15, note="20 years ago; no year in the text"),
    R("chỉ có «253 thuê bao", "toàn tỉnh thuê bao", "=", 253, unit="count"),
    R("dân: «0,06)", "mật độ thuê bao/100 dân", "=", 0.06, unit="other", unit_text="thuê bao/100 dân"),
    R("xã: «1.200 cụm loa", "Hệ thống truyền thanh cấp xã cụm loa", "=", 1200, unit="count"),
    R("khoảng «65%", "tỷ lệ phủ sóng truyền thanh/thôn", "~", 65),
    R("có «37/71 xã", "xã đã xây dựng hệ thống truyền thanh ứng dụng CNTT-VT", "=", 37, unit="count"),
], excluded=[
    X("Cách nay «20 năm", "a period"), X("«20 năm qua", "a period"), X("thời điểm «20 năm", "a period"),
])

# --------------------------------------------------------------------------
# 17 Bình Thuận, news on 2024 (heading "Về xây dựng, phát triển hạ tầng kỹ
# thuật": infrastructure).
# --------------------------------------------------------------------------
HNTH = "Hệ thống hội nghị truyền hình điểm cầu"
D17 = dict(name="17_binhthuan-ha-tang-2024", kind=Rs, year=2024, records=[
    R("đến «100% các xã", "Hệ thống truyền dẫn cáp quang cùng với mạng Internet băng rộng đã được phủ sóng đến các xã, phường, thị trấn", "=", 100, pillar=INFRA),
    R("gồm «133 điểm cầu", HNTH, "=", 133, unit="count", pillar=INFRA),
    R("«02 điểm cầu", HNTH + " tại Uỷ ban nhân dân tỉnh", "=", 2, unit="count", scope="cấp tỉnh", pillar=INFRA,
      note="the text writes 'Uỷ ban nhân dân tỉnh'; the level is normalised to 'cấp tỉnh'"),
    R("«10/10 điểm cầu", HNTH + " tại Uỷ ban nhân dân cấp huyện", "=", 10, unit="count", scope="cấp huyện", pillar=INFRA),
    R("«121/121 điểm cầu", HNTH + " tại Uỷ ban nhân dân cấp xã", "=", 121, unit="count", scope="cấp xã", pillar=INFRA),
], excluded=[])

# --------------------------------------------------------------------------
# 18 Bình Thuận, interview (results to 10/2024; two 2025 targets named).
# --------------------------------------------------------------------------
D18 = dict(name="18_binhthuan-nq10-chi-tieu-2024", kind=Rs, year=2024, records=[
    R("lĩnh vực đạt «70%", "tỷ lệ dữ liệu số trong từng ngành, lĩnh vực", ">=", 70, kind=T, year=2025),
    R("chiếm «20% GRDP", "kinh tế số chiếm GRDP của tỉnh", ">=", 20, kind=T, year=2025),
    # "Đối với phát triển chính quyền số, ..."
    R("có «100% thủ tục", "thủ tục hành chính đủ điều kiện theo quy định của pháp luật đã được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình", "=", 100, pillar=GOV),
    R("«100% hồ sơ công việc", "hồ sơ công việc tại cấp tỉnh, cấp huyện và cấp xã được xử lý trên môi trường mạng", "=", 100, pillar=GOV,
      note="one value for all levels: scope null (decided case)"),
], excluded=[
    X("có «7/14 chỉ tiêu", NCHITIEU), X("«6/14 chỉ tiêu", NCHITIEU), X("có «3 chỉ tiêu", NCHITIEU), X("có «2 chỉ tiêu", NCHITIEU),
    X("(khóa «15)", "a term number"),
])

# --------------------------------------------------------------------------
# 19 Quảng Ngãi, DTI 2023 announcement.
# --------------------------------------------------------------------------
D19 = dict(name="19_quangngai-dti-2023-xep-hang", kind=Rs, year=2023, records=[
    R("«21/63 tỉnh, thành phố trong cả nước.\nTheo", "xếp hạng mức độ chuyển đổi số (DTI)", "=", 21, unit="rank"),
    R("vị trí thứ «2 là TP.Hồ Chí Minh", "TP.Hồ Chí Minh ở vị trí", "=", 2, unit="rank", place="TP.Hồ Chí Minh"),
    R("xếp vị trí thứ «2/63", "cả 3 trụ cột Chính quyền số, kinh tế số và xã hội số", "=", 2, unit="rank", place="TP.Hồ Chí Minh",
      note="one value stated once for three subjects: one record"),
    R("Vị trí thứ «3 trong bảng", "Vị trí trong bảng xếp hạng thuộc về TP.Huế", "=", 3, unit="rank", place="TP.Huế"),
    R("«21/63 tỉnh, thành phố trong cả nước. Trong đó", "Tỉnh Quảng Ngãi xếp vị trí", "=", 21, unit="rank"),
    R("vị trí thứ «12", "chính quyền số", "=", 12, unit="rank"),
    R("vị trí thứ «13", "kinh tế số", "=", 13, unit="rank"),
    R("vị trí thứ «14", "xã hội số", "=", 14, unit="rank"),
], excluded=[
    X("tăng «5 bậc trong", CHANGE), X("tăng «5 bậc so với năm 2022, xếp vị trí thứ 21/63 tỉnh, thành phố trong cả nước.\nTheo", CHANGE),
    X("tăng «5 bậc so với năm 2022, xếp vị trí thứ 21/63 tỉnh, thành phố trong cả nước. Trong", CHANGE),
    X("ở «3 trụ cột", NAME), X("cả «3 trụ cột", NAME),
    X("có «5 đơn vị", "the size of a list of leading ministries, not this province's value"),
])

# --------------------------------------------------------------------------
# 20 Đông Giang (district of Quảng Nam), news on the district's 2025 plan
# (stamp 2025-04): targets 2025. Paragraphs led by "Về phát triển chính
# quyền số", "Trong lĩnh vực kinh tế số", "Về xã hội số" carry their
# pillar; the two paragraphs that name no pillar have pillar null.
# --------------------------------------------------------------------------
D20 = dict(name="20_donggiang-ke-hoach-huyen-2025", kind=T, year=2025, records=[
    R("mục tiêu «100% hồ sơ", "hồ sơ công việc cấp huyện, cấp xã được xử lý trên môi trường mạng", ">=", 100, pillar=GOV,
      note="one value for two levels: scope null"),
    # "Huyện hướng đến ..." (new paragraph, no pillar named)
    R("hướng đến «100% thủ tục", "thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình", ">=", 100),
    R("hành chính đạt «90%", "Tỷ lệ số hóa hồ sơ thủ tục hành chính", ">=", 90),
    R("lên «95%", "mức hài lòng của người dân, doanh nghiệp", ">=", 95),
    # "Trong lĩnh vực kinh tế số, ..."
    R("tối thiểu «5% GRDP", "tỷ trọng kinh tế số GRDP", ">=", 5, pillar=ECO),
    R("«100% doanh nghiệp", "doanh nghiệp sử dụng hóa đơn điện tử", ">=", 100, pillar=ECO),
    R("hơn «50% sử dụng", "doanh nghiệp sử dụng hợp đồng điện tử", ">", 50, pillar=ECO),
    # "Về xã hội số, ..."
    R("«80% hộ gia đình", "hộ gia đình có internet cáp quang", ">=", 80, pillar=SOC),
    R("«95% nhà văn hóa", "nhà văn hóa thôn, khối phố được lắp đặt wifi phục vụ cộng đồng", ">=", 95, pillar=SOC),
    # "Dự kiến ..." (new paragraph, no pillar named)
    R("Dự kiến «70% dân số", "dân số được cấp định danh điện tử", ">=", 70),
    R("«100% trường học", "trường học ứng dụng công nghệ số trong giảng dạy, quản lý", ">=", 100),
], excluded=[
    X("Ngày «3/4", "a date"), X("mạng «4G/5G", NAME),
])

# --------------------------------------------------------------------------
# 21 Đà Nẵng, news on the plan for QĐ 411/QĐ-TTg (2022-08): targets for
# 2025, some for 2030 in the same sentence or in brackets.
# --------------------------------------------------------------------------
D21 = dict(name="21_danang-kinh-te-so-xa-hoi-so-2025", kind=T, year=2025, records=[
    R("tỷ trọng từ «20% GRDP trở lên", "kinh tế số của Đà Nẵng đạt tỷ trọng GRDP", ">=", 20),
    # "Theo đó, đối với phát triển kinh tế số, ..."
    R("tối thiểu «20% GRDP của thành phố", "kinh tế số chiếm GRDP của thành phố", ">=", 20, pillar=ECO),
    R("năm 2030 đạt «30%.", "kinh tế số chiếm GRDP của thành phố", ">=", 30, pillar=ECO, year=2030),
    # next paragraph continues the kinh tế số list and names it (README decision)
    R("tối thiểu «10% (", "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10, pillar=ECO),
    R("tối thiểu «20%, riêng", "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 20, pillar=ECO, year=2030),
    R("tối thiểu «30%)", "Tỷ trọng kinh tế số ngành du lịch và tài chính - ngân hàng, thương mại điện tử", ">=", 30, pillar=ECO, year=2030),
    R("đạt hơn «80%", "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", ">", 80, pillar=ECO),
    R("năm 2030 đạt «100%)", "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", ">=", 100, pillar=ECO, year=2030),
    # "Đối với phát triển xã hội số, ..."
    R("«100% người dân trong độ tuổi lao động sử dụng", "người dân trong độ tuổi lao động sử dụng điện thoại thông minh", ">=", 100, pillar=SOC),
    R("«100% người dân trong độ tuổi lao động có", "người dân trong độ tuổi lao động có tài khoản số và hồ sơ công dân số", ">=", 100, pillar=SOC),
    R("được phép khác đạt «100%", "tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác", ">=", 100, pillar=SOC),
    R("cá nhân đạt hơn «50%", "tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">", 50, pillar=SOC),
    # new paragraph, no pillar named
    R("cơ bản đạt hơn «70%", "Tỷ lệ người dân kết nối mạng được bảo vệ ở mức cơ bản", ">", 70),
    R("cá nhân đạt trên «50%", "tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">", 50),
    R("«90% người dân, doanh nghiệp", "người dân, doanh nghiệp được trang bị kỹ năng số và các quy tắc ứng xử trên môi trường số", ">=", 90),
], excluded=[
    X("số «411/QĐ-TTg", "a document number"), X("từ «15 tuổi", "an age inside the indicator"),
])

# --------------------------------------------------------------------------
# 22 Quảng Nam, news (stamp 2023-01) on the 2022 results. The heading
# "Xây dựng nền tảng số để bứt phá" means 'foundation', not the
# platforms pillar: pillar null (README decision).
# --------------------------------------------------------------------------
D22 = dict(name="22_quangnam-top3-mien-trung-2022", kind=Rs, year=2022, records=[
    R("lọt vào top «3 khu vực", "công tác chuyển đổi số của tỉnh Quảng Nam khu vực miền Trung", "<=", 3, unit="rank"),
    R("có «18/20 sở", "sở, ban, ngành xây dựng xong kế hoạch chuyển đổi số năm 2022", "=", 18, unit="count"),
    R("; «18 huyện", "huyện thị xã, TP xây dựng xong kế hoạch chuyển đổi số năm 2022", "=", 18, unit="count"),
    R("; «9 huyện", "huyện, thị xã, TP ban hành đề án chuyển đổi số", "=", 9, unit="count"),
    R("có «2.100 trạm BTS", "trạm BTS", "=", 2100, unit="count"),
    R("kéo đến «100% xã, phường", "đường truyền cáp quang đã kéo đến", "=", 100, scope="xã, phường"),
    R("«98,2% cấp thôn", "đường truyền cáp quang đã kéo đến", "=", 98.2, scope="cấp thôn"),
    R("«100% xã được phủ sóng", "xã được phủ sóng 3G, 4G", "=", 100),
    R("«63,5% thôn", "thôn có wifi tại nhà văn hóa", "=", 63.5),
    R("«100% xã đã triển khai", "xã đã triển khai thiết lập hạ tầng viễn thông và triển khai đường truyền số liệu chuyên dùng, điểm phục vụ bưu chính, wifi tại trụ sở UBND xã, trường học, trung tâm y tế xã", "=", 100),
    R("đến «100% số xã", "kết nối với mạng truyền số liệu chuyên dùng đến số xã trên địa bàn", "=", 100),
    R("tại «8/20 điểm cầu", "hệ thống hội nghị trực tuyến điểm cầu sở, ban, ngành", "=", 8, unit="count"),
    R("và «100% cấp huyện", "hệ thống hội nghị trực tuyến cấp huyện, xã, phường, thị trấn", "=", 100,
      note="one value for several levels: scope null"),
], excluded=[])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16, D17, D18, D19, D20, D21, D22]
FIELDS = ("kind", "indicator", "scope", "op", "value", "value_max", "unit",
          "year", "pillar", "anchor", "start", "end")


def clause_span(text, anchor, start_at=None, line=False):
    """The clause around `anchor` (as in the seeds' builder); '|' (a table
    cell border) also ends a clause."""
    def is_stop(i):
        c = text[i]
        if line:
            return c == "\n"
        if c in ";:\n|":
            return True
        if c == ".":
            prv = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if prv.isdigit() and nxt.isdigit():
                return False
            if prv.isalpha() and nxt.isalpha():
                return False
            return True
        return False
    s = anchor
    while s > 0 and not is_stop(s - 1):
        s -= 1
    if start_at is not None:
        s = text.rindex(start_at, 0, anchor)
    e = anchor
    while e < len(text) and not is_stop(e):
        e += 1
    while s < e and (text[s].isspace() or text[s] in "-*+"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",…"):
        e -= 1
    return s, e


def build(doc):
    text = (TEXTS / f"{doc['name']}.txt").read_text(encoding="utf-8")
    out = []
    for r in doc["records"]:
        anchor = locate(text, r["loc"], doc["name"])
        s, e = clause_span(text, anchor, r["start_at"], r["line"])
        rec = dict(
            kind=r["kind"] or doc["kind"],
            indicator=r["indicator"],
            scope=r["scope"],
            op=r["op"],
            value=r["value"],
            value_max=r["value_max"],
            unit=r["unit"],
            year=doc["year"] if r["year"] == "default" else r["year"],
            pillar=r["pillar"],
            anchor=anchor,
            start=s,
            end=e,
        )
        if r["unit"] == "other":
            rec["unit_text"] = r["unit_text"]
        if r["place"]:
            rec["place"] = r["place"]
        if r["note"]:
            rec["note"] = r["note"]
        out.append(rec)
    out.sort(key=lambda x: x["anchor"])
    excl = [dict(anchor=locate(text, x["loc"], doc["name"]), reason=x["reason"]) for x in doc["excluded"]]
    return out, excl


def main():
    GOLD.mkdir(exist_ok=True)
    excluded = {}
    total = 0
    for doc in DOCS:
        recs, excl = build(doc)
        excluded[doc["name"]] = excl
        path = GOLD / f"{doc['name']}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in recs:
                keys = list(FIELDS) + [k for k in ("unit_text", "place", "note") if k in r]
                f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
        total += len(recs)
        print(f"{path.name}: {len(recs)} records")
    (HERE / "excluded.json").write_text(json.dumps(excluded, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"total {total}")


if __name__ == "__main__":
    main()
