#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set37).

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


DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")

TEAMS = "aware.community_digital_teams_count"
MEMBERS = "aware.community_digital_team_members_count"
ECOM_PRODUCTS = "econ.ecommerce_products_count"
ECOM_RETAIL = "econ.ecommerce_retail_share"
ONLINE_APPS = "egov.online_applications_share"

# --------------------------------------------------------------------------
# 01 Hậu Giang (baohaugiang.com.vn, byline date 26/04/2024 moved to `date
# 2024-04`): the community teams and their members, a count result each; no
# period named → the date's year 2024 (set27 19). "hơn 3.740" op >. "Bài 4"
# is a series number. No heading naming a pillar → null.
# --------------------------------------------------------------------------
D01 = dict(name="01_haugiang-to-cong-nghe-so-2024", kind="result", year=2024, records=[
    R("«525 tổ", "tổ công nghệ số cộng đồng được thành lập", "=", 525, **CNT, iid=TEAMS),
    R("hơn «3.740 thành", "thành viên tổ công nghệ số cộng đồng", ">", 3740, **CNT, iid=MEMBERS),
])

# --------------------------------------------------------------------------
# 02 Hậu Giang (haugiang.gov.vn, the 2024 plan's review of 2023, no date
# shown): a precision text. Under the heading "1. Nhận thức số" (pillar
# digital_awareness; its sub-heading "b) Chia sẻ bài toán ..." names no other
# pillar) the only quantity is the area of the digital technology zone
# founded in 2023 (unit other "ha"). "hơn 5.240 người tham gia" are the
# participants of a conference (spec: not a quantity); "3 cấp" names the
# levels of a meeting; "219/KH-UBND", "27/12/2022", "10/10", "Phần I", list
# numbers: no quantities. Year 2023 (the section reviews 2023).
# --------------------------------------------------------------------------
D02 = dict(name="02_haugiang-ke-hoach-2024-nhan-thuc-so-2023", kind="result", year=2023, records=[
    R("diện tích «28,58 ha", "Khu Công nghệ số với diện tích", "=", 28.58, unit="other", unit_text="ha",
      pillar=AWARE),
])

# --------------------------------------------------------------------------
# 03 Bắc Kạn (sotuphap.backan.gov.vn, "Cập nhật lúc: 12/09/2023" moved to
# `date 2023-09`): the real-time public-service index for August 2023 →
# year 2023. The total score (unit other "điểm"), the rank (48, numerator
# only), the group score "9,2/18 điểm" and one share. "73,91%*": the
# asterisk is a footnote mark. The headings name no pillar ("Kết quả công bố
# điểm số, tiến độ giải quyết thủ tục hành chính", "nhóm chỉ số về công
# khai, minh bạch") → null. Denominators "/100", "/63", "/18"; document
# numbers and dates; "tháng 8/2023": no records.
# --------------------------------------------------------------------------
D03 = dict(name="03_backan-chi-so-phuc-vu-thang-8-2023", kind="result", year=2023, records=[
    R("đạt «46,76/100", "Tổng số điểm tỉnh Bắc Kạn", "=", 46.76, **DIEM),
    R("xếp hạng «48/63", "Tổng số điểm tỉnh Bắc Kạn xếp hạng tỉnh, thành phố", "=", 48, **RANK,
      iid="rank.public_service_index"),
    R("minh bạch: «9,2/18", "Điểm đánh giá nhóm chỉ số về công khai, minh bạch", "=", 9.2, **DIEM),
    R("đúng hạn: «73,91%", "Tỷ lệ TTHC công bố đúng hạn", "=", 73.91),
])

# --------------------------------------------------------------------------
# 04 Gia Lai (gialaitv.vn, no date shown): "tăng trung bình khoảng 20%/năm"
# is a result's growth against earlier years (spec: a change) → NOT. The
# e-commerce share of retail "chiếm khoảng 8%" (result, ~, year null: the
# page names no reporting year). Targets: total retail and consumer-service
# revenue "khoảng 140.000 tỷ đồng vào năm 2025" and "khoảng 262.000 tỷ đồng
# vào năm 2030" (money, unit other "đồng", ~), and the e-commerce share "đến
# năm 2030 chiếm khoảng 10,5% – 11%" (one range: between 10.5-11; the
# "khoảng" does not turn a range into ~). No heading → pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_gialai-doanh-so-thuong-mai-dien-tu", kind="result", year=None, NOT=["khoảng «20%/năm"], records=[
    R("khoảng «8% tổng", "doanh số TMĐT hàng năm chiếm tổng mức bán lẻ hàng hóa và doanh thu dịch vụ của toàn tỉnh",
      "~", 8, iid=ECOM_RETAIL),
    R("khoảng «140.000 tỷ", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "~", 140000e9, **DONG, **T,
      year=2025),
    R("khoảng «262.000 tỷ", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "~", 262000e9, **DONG, **T,
      year=2030),
    R("khoảng «10,5% – 11%", "doanh thu trao đổi qua TMĐT chiếm", "between", 10.5, value_max=11, **T, year=2030,
      iid=ECOM_RETAIL),
])

# --------------------------------------------------------------------------
# 05 Gia Lai (gialaitv.vn, "Cập nhật 25/5/2023" moved to `date 2023-05`):
# the provincial e-commerce index (EBI). "Từ vị trí thứ 44/63 ... vào năm
# 2021" is a rank result of 2021; "xếp thứ 38/63" and "xếp thứ 3/5 tỉnh Tây
# Nguyên" (the region in the wording, spec) ranks of 2023; "đạt 13,6 điểm"
# the 2023 score. "tăng 6 bậc" a change (spec). The component weights
# "chiếm 20% / 40% / 40%" are the structure of an index (spec: parts of an
# index) → NOT. "3 năm", "3 chỉ số thành phần" no quantities. The 2025 aim
# "thuộc nhóm trung bình" has no number. No catalogue id for this index.
# --------------------------------------------------------------------------
D05 = dict(name="05_gialai-chi-so-tmdt-2023", kind="result", year=2023,
           NOT=["(chiếm «20%)", "với người tiêu dùng (chiếm «40%)", "với doanh nghiệp (chiếm «40%)"], records=[
    R("vị trí thứ «44/63", "chỉ số thương mại điện tử (TMĐT) của tỉnh Gia Lai vị trí tỉnh, thành phố", "=", 44, **RANK,
      year=2021),
    R("xếp thứ «38/63", "chỉ số thương mại điện tử (TMĐT) của tỉnh Gia Lai xếp thứ tỉnh, thành phố", "=", 38, **RANK),
    R("xếp thứ «3/5", "chỉ số thương mại điện tử (TMĐT) của tỉnh Gia Lai xếp thứ tỉnh Tây Nguyên", "=", 3, **RANK),
    R("đạt «13,6 điểm", "chỉ số TMĐT của Gia Lai", "=", 13.6, **DIEM),
])

# --------------------------------------------------------------------------
# 06 Gia Lai, huyện Đak Pơ (baogialai.com.vn, `date 2024-12`): "Đến nay"
# values in a page of December 2024 → 2024: OCOP products recognised (14),
# those on e-commerce channels (7), products given the 3-star certificate
# this year (7). Targets "đến cuối năm 2025": 5 more products, 1 product
# upgraded (targets stated as changes are quantities, bare → >=). "3 sao",
# "4 sao" are grades (names). The district is the page's own subject → no
# place. No heading → pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_gialai-dakpo-ocop-san-tmdt", kind="result", year=2024, records=[
    R("có «14 sản phẩm", "sản phẩm OCOP được công nhận", "=", 14, **CNT),
    R("có «7 sản phẩm tham gia", "sản phẩm tham gia vào các kênh bán hàng thương mại điện tử", "=", 7, **CNT,
      iid=ECOM_PRODUCTS),
    R("thêm «5 sản phẩm", "có thêm sản phẩm OCOP mới", ">=", 5, **CNT, **T, year=2025),
    R("mới, «1 sản phẩm", "sản phẩm nâng cấp từ 3 sao lên 4 sao", ">=", 1, **CNT, **T, year=2025),
    R("cho «7 sản phẩm gồm", "Giấy chứng nhận sản phẩm OCOP đạt 3 sao cấp huyện năm 2024 cho sản phẩm", "=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 07 Lai Châu (trangtraiviet.danviet.vn, `date 2025-10`): a precision text.
# One quantity, "gần 2.000 sản phẩm nông sản lên sàn thương mại điện tử"
# (~, result, the date's year 2025). "hàng chục nghìn người dân" has no
# digit. Dates, document numbers ("09-NQ/TU", "20-CT/TU") and periods
# ("2021-2025", "2022-2025", "2030") are no quantities.
# --------------------------------------------------------------------------
D07 = dict(name="07_laichau-hoi-thao-san-tmdt", kind="result", year=2025, records=[
    R("gần «2.000 sản", "sản phẩm nông sản lên sàn thương mại điện tử", "~", 2000, **CNT, iid=ECOM_PRODUCTS),
])

# --------------------------------------------------------------------------
# 08 Lai Châu (vietnamnet.vn, no date shown): a precision text. One rank
# result "đứng thứ 10 cả nước về tỷ lệ hoàn thành nhiệm vụ triển khai Nghị
# quyết ... số 57" (op =). "Tính đến nay" in an undated page → year null;
# the resolution's date 22/12/2024 is a document's date (set27). "57",
# "Nghị quyết 57" are names.
# --------------------------------------------------------------------------
D08 = dict(name="08_laichau-thu-10-nghi-quyet-57", kind="result", year=None, records=[
    R("đứng thứ «10 cả", "Lai Châu đứng thứ cả nước về tỷ lệ hoàn thành nhiệm vụ triển khai Nghị quyết Trung ương số 57",
      "=", 10, **RANK),
])

# --------------------------------------------------------------------------
# 09 Yên Bái (ictvietnam.vn, no date shown): information security and the
# data network; two counts, "Hiện nay" in an undated page → year null: the
# agencies reached by the specialised data network (398) and the services
# connected and used through the LGSP ("09 dịch vụ"). "14/CT-TTg" a
# document. No heading → pillar null. The catalogue's network id is a share
# → null.
# --------------------------------------------------------------------------
D09 = dict(name="09_yenbai-an-toan-thong-tin-mang-wan", kind="result", year=None, records=[
    R("tới «398 cơ", "kênh truyền số liệu chuyên dùng tới cơ quan, đơn vị trên địa bàn tỉnh", "=", 398, **CNT),
    R("khai thác «09 dịch", "Nền tảng tích hợp chia sẻ dữ liệu kết nối và khai thác dịch vụ", "=", 9, **CNT),
])

# --------------------------------------------------------------------------
# 10 PAR Index 2023 of the six regions (infographics.vn, "Xuất bản ...
# 18/04/2024" moved to `date 2024-04`; the title repeated as page furniture
# cut once): a national page. Results of 2023: "6/6 vùng ... đạt trên 80%"
# (a count, numerator only, and the threshold value as a result, op >),
# each region's average (region in the wording, no place: place is for
# provinces and communes), the two region ranks "vị trí thứ 2", "vị trí thứ
# 4" (op =), and the shared value of the last two regions (one record). Each
# bracket "(86,62%)" after "so với năm 2022" states the 2022 value: a
# result of 2022 (spec: a bracket that states a value). "cao hơn 1,71% /
# 3,05% / 2,72% / 2,57%" are changes (spec) → NOT. "6 vùng" in the title and
# "2 vùng còn lại" name the regions talked of, no measure. Regional averages
# have no catalogue id (rank.par_index ranks provinces).
# --------------------------------------------------------------------------
D10 = dict(name="10_par-index-2023-sau-vung", kind="result", year=2023,
           NOT=["cao hơn «1,71%", "cao hơn «3,05%", "cao hơn «2,72%", "cao hơn «2,57%"], records=[
    R("2023, «6/6 vùng", "vùng kinh tế - xã hội đều có giá trị trung bình Chỉ số Cải cách hành chính (Par Index 2023) đạt trên",
      "=", 6,
      **CNT),
    R("đạt trên «80%", "giá trị trung bình Chỉ số Cải cách hành chính (Par Index 2023) của vùng kinh tế - xã hội", ">", 80),
    R("kết quả đạt «88,33%", "Giá trị trung bình vùng Đồng bằng sông Hồng", "=", 88.33),
    R("(«86,62%)", "Giá trị trung bình vùng Đồng bằng sông Hồng năm 2022", "=", 86.62, year=2022),
    R("vị trí thứ «2 là", "vùng Đông Nam Bộ xếp vị trí thứ", "=", 2, **RANK),
    R("đạt «87,79%", "giá trị trung bình vùng Đông Nam Bộ", "=", 87.79),
    R("(«84,74%)", "giá trị trung bình vùng Đông Nam Bộ năm 2022", "=", 84.74, year=2022),
    R("đạt «87,72%", "giá trị trung bình Trung du miền núi phía Bắc", "=", 87.72),
    R("(«85%)", "giá trị trung bình Trung du miền núi phía Bắc năm 2022", "=", 85, year=2022),
    R("vị trí thứ «4 là", "Bắc Trung Bộ và Duyên hải miền Trung xếp vị trí thứ", "=", 4, **RANK),
    R("đạt «86,82%", "giá trị trung bình Bắc Trung Bộ và Duyên hải miền Trung", "=", 86.82),
    R("(«84,25%)", "giá trị trung bình Bắc Trung Bộ và Duyên hải miền Trung năm 2022", "=", 84.25, year=2022),
    R("đạt «85,42%", "giá trị trung bình Đồng bằng sông Cửu Long và Tây Nguyên", "=", 85.42),
])

# --------------------------------------------------------------------------
# 11 Vĩnh Phúc (sokhcn.cantho.gov.vn, a reprint, no date shown): a
# precision text. One quantity: the smart-tourism portal's visits "hơn 1
# triệu lượt truy cập" (count, magnitude word multiplied in, op >). Year
# 2025: the page opens on "chủ đề chuyển đổi số năm 2025" as the current
# year's theme, and "Đến nay" speaks from that year (a judgement; the
# portal's start "Từ năm 2023" is another date). "3 nội dung", "4.0" no
# quantities.
# --------------------------------------------------------------------------
D11 = dict(name="11_vinhphuc-du-lich-thong-minh", kind="result", year=2025, records=[
    R("hơn «1 triệu", "Cổng thông tin du lịch thông minh Vĩnh Phúc lượt truy cập", ">", 1e6, **CNT),
])

# --------------------------------------------------------------------------
# 12 Vĩnh Phúc, thôn Yên Trình (daibieunhandan.vn, no date shown): two
# village values ("Hiện nay", undated → year null), place "thôn Yên Trình"
# (a village of the province the page is about): 2 public points with free
# wifi (count) and adults paying by smartphone "hơn 80%" (op >). No pillar
# heading (the title names three pillars) → null.
# --------------------------------------------------------------------------
D12 = dict(name="12_vinhphuc-thon-yen-trinh-lang-so", kind="result", year=None, records=[
    R("có «2 điểm", "điểm sinh hoạt công cộng được lắp đặt Internet tốc độ cao tích hợp wifi miễn phí", "=", 2, **CNT,
      place="thôn Yên Trình", iid="infra.public_wifi_points_count"),
    R("đạt hơn «80%", "Tỷ lệ người trưởng thành trong thôn sử dụng điện thoại thông minh trong giao dịch thanh toán",
      ">", 80, place="thôn Yên Trình"),
])

# --------------------------------------------------------------------------
# 13 National (vietnamnet.vn, `date 2025-11`): the Interior Ministry's
# ten-month 2025 report → 2025. Counts: provinces that set up commune-level
# service centres (32, of 34), the centres (3.139), their staff (24.382),
# the average staff per centre (6). The online-only share of applications
# "cả nước ... 39,98%, trong đó khối bộ ... 54,46% và khối tỉnh ... 16,94%":
# a split by group of agencies → scopes "khối bộ", "khối tỉnh" (the national
# value scope null). "32 địa phương" restated as the population of the staff
# count, "10 tháng", "Nghị định 118": no records.
# --------------------------------------------------------------------------
D13 = dict(name="13_bonoivu-trung-tam-phuc-vu-cap-xa-2025", kind="result", year=2025, records=[
    R("đó, «32/34", "địa phương đã thành lập Trung tâm Phục vụ hành chính công cấp xã", "=", 32, **CNT),
    R("thành lập «3.139 Trung", "Trung tâm Phục vụ hành chính công cấp xã", "=", 3139, **CNT),
    R("là «24.382 người", "tổng số nhân sự tại các Trung tâm Phục vụ hành chính công cấp xã", "=", 24382, **CNT),
    R("bố trí «6 nhân", "trung bình một Trung tâm phục vụ hành chính công cấp xã được bố trí nhân sự chuyên trách",
      "=", 6, **CNT),
    R("đã đạt «39,98%", "tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính của cả nước",
      "=", 39.98, iid=ONLINE_APPS),
    R("khối bộ đạt «54,46%", "tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính", "=",
      54.46, scope="khối bộ", iid=ONLINE_APPS),
    R("khối tỉnh là «16,94%", "tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính", "=",
      16.94, scope="khối tỉnh", iid=ONLINE_APPS),
])

# --------------------------------------------------------------------------
# 14 National (vietnamnet.vn, `date 2025-11`): information security, the
# NCA survey "chỉ riêng năm 2024" → 2024: organisations attacked at least
# once ("khoảng 46,15%", ~) and the incidents (659.000, count). "ít nhất một
# lần" has no digit; "10 tháng đầu năm 2025" a period. No pillar heading.
# --------------------------------------------------------------------------
D14 = dict(name="14_an-ninh-mang-to-chuc-bi-tan-cong-2024", kind="result", year=2024, records=[
    R("khoảng «46,15%", "tổ chức, doanh nghiệp tại Việt Nam đã bị tấn công mạng ít nhất một lần trong năm", "~", 46.15),
    R("tổng số «659.000 sự", "sự cố tấn công mạng nhằm vào các tổ chức tại Việt Nam", "=", 659000, **CNT),
])

# --------------------------------------------------------------------------
# 15 TP.HCM (sggp.org.vn, `date 2026-02`): a plan's targets for "quý 2-2026"
# and "quý 3-2026" → 2026, bare "đảm bảo cơ bản 100%" → >=. "4 yếu tố cốt
# lõi" and "2 giai đoạn" are the plan's structure (spec: counts of tasks);
# "ít nhất 1 thiết bị", "từ đủ 18 tuổi" are thresholds inside a subject;
# "2G", "4G, 5G" names; "quý 2-2026", "quý 3-2026" dates; "Giai đoạn 1/2"
# names. No pillar heading → null.
# --------------------------------------------------------------------------
D15 = dict(name="15_tphcm-cong-dan-so-2026", kind="target", year=2026, records=[
    R("đảm bảo cơ bản «100% công", "công dân, doanh nghiệp, hợp tác xã, cơ quan, tổ chức đủ điều kiện được cấp thẻ Căn "
      "cước, cấp và kích hoạt tài khoản định danh điện tử (VNeID) và cài đặt ứng dụng Công dân số Thành phố", ">=", 100),
    R("chuyển đổi «100% thiết", "Hỗ trợ chuyển đổi thiết bị đầu cuối chỉ hỗ trợ công nghệ 2G sang sử dụng điện thoại "
      "thông minh", ">=", 100),
    R("cơ bản «100% hộ", "hộ gia đình có ít nhất 1 thiết bị thông minh", ">=", 100),
    R("cơ bản «100% người", "người dân từ đủ 18 tuổi trở lên có tài khoản thanh toán điện tử", ">=", 100,
      iid="society.adult_e_payment_account_share"),
    R("Hướng đến «100% người", "người dân được tập huấn kỹ năng số cơ bản và sử dụng ứng dụng Công dân số Thành ph",
      ">=", 100),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
