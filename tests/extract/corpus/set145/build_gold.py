#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set145).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (258
entries; see README). As in set10-set47, the id is given in the record itself (`iid=`).

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

PLAT = "digital_platforms"

# --------------------------------------------------------------------------
# 01 Huế (TP. Huế), electronic medical records in all the city's health
# facilities (huengaynay.vn; the crawler's stamp 2025-09-26 on the photo
# caption line → `date 2025-09`, 2025). A precision text: one quantity, "toàn
# bộ 17/17 cơ sở khám, chữa bệnh ... đã chính thức công bố hoàn thành triển
# khai BAĐT" (result, =, count 17 at the first "17"; the "/17" is its
# denominator, no record of its own; society.hospitals_emr_count). Not
# quantities: "17/9/2025" (a date), "sớm hơn kế hoạch 12 ngày" (a result
# against its plan, a duration). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_hue-benh-an-dien-tu-2025-precision", kind="result", year=2025, records=[
    R("toàn bộ «17/17 cơ sở", "cơ sở khám, chữa bệnh trực thuộc Sở Y tế TP. Huế đã chính thức công bố hoàn thành "
      "triển khai BAĐT", "=", 17, **CNT, iid="society.hospitals_emr_count"),
])

# --------------------------------------------------------------------------
# 02 Thái Bình, the cooperatives alliance's digital transformation of
# cooperatives (lienminhhtx.thaibinh.gov.vn, no date shown). "Từ năm 2021 đến
# năm 2023, Liên minh Hợp tác xã tỉnh đã tổ chức 9 lớp tập huấn về xúc tiến
# thương mại và chuyển đổi số cho 730 cán bộ HTX ..." → two results of 2023
# (the period's end): 9 classes (count, hr.dx_training_courses_count) and 730
# cooperative officials trained (count; no id: the catalogue counts residents
# trained). Not quantities: "19/CT-TTG", "03/6/2023", "166/KH-UBND",
# "29/11/2021", "năm 2021". Pillar null (the title names none).
# --------------------------------------------------------------------------
D02 = dict(name="02_thaibinh-htx-chuyen-doi-so-2023", kind="result", year=2023, records=[
    R("đã tổ chức «9 lớp", "lớp tập huấn về xúc tiến thương mại và chuyển đổi số", "=", 9, **CNT,
      iid="hr.dx_training_courses_count"),
    R("cho «730 cán bộ", "cán bộ HTX tập huấn về xúc tiến thương mại và chuyển đổi số", "=",
      730, **CNT),
])

# --------------------------------------------------------------------------
# 03 Tiền Giang, smart tourism (diendandoanhnghiep.vn/print, no date shown).
# Tourism results of "Năm 2023" and targets of "năm 2024" (every number a plan
# sets or reports for an indicator, not only the digital ones): visitors
# 1.399.774 lượt (=, count), international visitors 466.415 lượt (=),
# revenue 7.464 tỷ đồng (=, other "đồng") and its part "trong đó doanh thu
# trực tiếp từ du lịch 970 tỷ đồng" (=); targets (bare, >=) "thu hút 1 triệu
# 650 ngàn lượt khách" (1650000: "1 triệu" and "650 ngàn" read together as
# one number, anchored at "1"; a judgement), "550 ngàn lượt khách quốc tế",
# "8.210 tỷ đồng", "1.250 tỷ đồng". NOT: "đạt 12% kế hoạch" (a result measured
# against its plan, as the spec's "vượt chỉ tiêu 6%"; a judgement), "vượt 86%
# kế hoạch", "tăng 58% so cùng kỳ", "tăng 12,5% so cùng kỳ" (changes). Not
# quantities: "4 đối tượng" (the groups a data store serves, not an
# indicator's value), "tăng 4,7 lần", "gấp 2,1 lần" (changes). No id (the
# catalogue holds no tourism indicator). Pillar null: the title names smart
# tourism, no pillar; the heading "Xây dựng hạ tầng số" stands after every
# number.
# --------------------------------------------------------------------------
D03 = dict(name="03_tiengiang-du-lich-thong-minh-2023", kind="result", year=2023, records=[
    R("Tiền Giang «1.399.774 lượt", "tổng lượng khách du lịch đến Tiền Giang", "=", 1399774, **CNT),
    R("khách quốc tế «466.415 lượt", "khách quốc tế", "=", 466415, **CNT),
    R("lữ hành «7.464 tỷ", "Doanh thu hoạt động lưu trú, ăn uống và du lịch lữ hành", "=", 7464e9, **DONG),
    R("từ du lịch «970 tỷ", "doanh thu trực tiếp từ du lịch", "=", 970e9, **DONG),
    R("thu hút «1 triệu 650 ngàn", "Tiền Giang thu hút lượt khách", ">=", 1650000, **CNT, kind="target", year=2024),
    R("có «550 ngàn lượt", "lượt khách quốc tế", ">=", 550000, **CNT, kind="target", year=2024),
    R("lữ hành «8.210 tỷ", "Doanh thu hoạt động lưu trú, ăn uống và du lịch lữ hành", ">=", 8210e9, **DONG,
      kind="target", year=2024),
    R("từ du lịch «1.250 tỷ", "doanh thu trực tiếp từ du lịch", ">=", 1250e9, **DONG, kind="target", year=2024),
], NOT=["đạt «12% kế hoạch", "tăng «58% so", "vượt «86% kế hoạch", "tăng «12,5% so"])

# --------------------------------------------------------------------------
# 04 Tây Ninh, QR codes at heritage sites (amp.vtcnews.vn; the crawler's stamp
# 2025-12-18 on the line "(VTC News) -" → `date 2025-12`, 2025). Results:
# "toàn tỉnh Tây Ninh có 223 di tích" (=, count: the province's stock of
# sites, reported as it stands; no id), "triển khai ứng dụng mã QR tại gần 200
# điểm tham quan" (~, count), "đang tích hợp thông tin số cho 17 điểm di tích,
# danh thắng" (=, count; an activity under way, read as a result; a
# judgement); the two last society.digitised_heritage_sites_count. Not
# quantities: "3D Mapping". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_tayninh-di-tich-ma-qr-2025", kind="result", year=2025, records=[
    R("có «223 di tích", "toàn tỉnh Tây Ninh có di tích", "=", 223, **CNT),
    R("tại gần «200 điểm", "điểm tham quan triển khai ứng dụng mã QR", "~", 200, **CNT,
      iid="society.digitised_heritage_sites_count"),
    R("cho «17 điểm", "điểm di tích, danh thắng được tích hợp thông tin số", "=", 17, **CNT,
      iid="society.digitised_heritage_sites_count"),
])

# --------------------------------------------------------------------------
# 05 Hải Dương, cooperatives and e-commerce (asemconnectvietnam.gov.vn; the
# site's clock line cut, the byline "Thứ sáu, 25-11-2022" → `date 2022-11`,
# 2022). Results (counts of what the province has, reported as they stand):
# "khoảng 800 tổ hợp tác" (~), "01 Liên hiệp Hợp tác xã" (=, 1), "522 hợp tác
# xã", "370 HTX trong lĩnh vực nông nghiệp", "182 HTX phi nông nghiệp" (a
# breakdown by kind: scope null), "hơn 200.000 cá nhân, hộ gia đình, pháp nhân
# là thành viên" (>); "tỷ lệ HTX đạt khá, giỏi chiếm 45%", "HTX đạt trung bình
# chiếm 40%" (=, %, year 2022: "từ năm 2020 đến tháng 4 năm 2022"); "Năm 2021
# có 21 HTX tham gia Chương trình ... OCOP" (=, count, 2021). No ids. Pillar:
# the heading "Thích ứng trong thời đại kinh tế số" names kinh tế số →
# digital_economy for every record under it (the heading decides; a
# judgement). Not quantities: "công nghệ 4.0", "năm 2020", "tháng 4 năm 2022",
# "Năm 2021".
# --------------------------------------------------------------------------
D05 = dict(name="05_haiduong-htx-tmdt-2022", kind="result", year=2022, records=[
    R("khoảng «800 tổ hợp tác", "tổ hợp tác", "~", 800, **CNT, pillar=ECO),
    R("tổ hợp tác, «01 Liên hiệp", "Liên hiệp Hợp tác xã", "=", 1, **CNT, pillar=ECO),
    R("và «522 hợp tác xã", "hợp tác xã", "=", 522, **CNT, pillar=ECO),
    R("có «370 HTX", "HTX trong lĩnh vực nông nghiệp", "=", 370, **CNT, pillar=ECO),
    R("«182 HTX phi", "HTX phi nông nghiệp", "=", 182, **CNT, pillar=ECO),
    R("Có hơn «200.000 cá nhân", "cá nhân, hộ gia đình, pháp nhân là thành viên trong các HTX, Liên hiệp HTX", ">",
      200000, **CNT, pillar=ECO),
    R("khá, giỏi chiếm «45%", "tỷ lệ HTX đạt khá, giỏi", "=", 45, pillar=ECO),
    R("trung bình chiếm «40%", "HTX đạt trung bình", "=", 40, pillar=ECO),
    R("có «21 HTX", "HTX tham gia Chương trình mỗi xã một sản phẩm (OCOP)", "=", 21, **CNT, pillar=ECO, year=2021),
])

# --------------------------------------------------------------------------
# 06 Hà Nam, traceability stamps for farm produce (congnghieptieudung.vn, no
# date shown → year null). Results after "Sau 2 tháng thực hiện" (a duration,
# no quantity): "10 cơ sở được hỗ trợ xây dựng logo nhãn hiệu", "6 cơ sở được
# in tem truy xuất nguồn gốc", "(10.000 tem/cơ sở)" (other, unit_text
# "tem/cơ sở": a bracket stating a value), "1 cơ sở được hỗ trợ mua máy in"
# (all =). No ids (econ.traceable_products_share is a share of products).
# Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_hanam-tem-truy-xuat-nguon-goc", kind="result", year=None, records=[
    R("đã có «10 cơ sở", "cơ sở được hỗ trợ xây dựng logo nhãn hiệu", "=", 10, **CNT),
    R("nhãn hiệu, «6 cơ sở", "cơ sở được in tem truy xuất nguồn gốc", "=", 6, **CNT),
    R("(«10.000 tem", "tem truy xuất nguồn gốc in cho cơ sở", "=", 10000, unit="other", unit_text="tem/cơ sở"),
    R("và «1 cơ sở", "cơ sở được hỗ trợ mua máy in", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 07 Kon Tum, plan 167/KH-UBND (19/01/2023) for health platforms (the
# provincial police site; no date shown; the plan's date → document year
# 2023). Targets "tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 90% vào năm
# 2025 và 95% vào năm 2030" (>=, years 2025 and 2030;
# society.electronic_health_records_share). Pillar: the title "Triển khai các
# nền tảng số y tế ..." names nền tảng số → digital_platforms (set69's rule
# that a page title counts as the heading of the excerpt; a judgement). Not
# quantities: "19/01/2023", "167/KH-UBND", "năm 2030" (title and lead).
# --------------------------------------------------------------------------
D07 = dict(name="07_kontum-nen-tang-so-y-te-2023", kind="target", year=2023, records=[
    R("đạt «90% vào", "tỷ lệ người dân có hồ sơ sức khỏe điện tử", ">=", 90, year=2025, pillar=PLAT,
      iid="society.electronic_health_records_share"),
    R("và «95% vào", "tỷ lệ người dân có hồ sơ sức khỏe điện tử", ">=", 95, year=2030, pillar=PLAT,
      iid="society.electronic_health_records_share"),
])

# --------------------------------------------------------------------------
# 08 Personal electronic health records, national (conganbinhthuan.gov.vn
# reprinting báo CAND; byline "Thứ 6, 31 Tháng 5 2019 18:39" → `date
# 2019-05`, 2019). Results: "26 trạm y tế xã thuộc 8 tỉnh, thành phố đã được
# lựa chọn triển khai" (two counts, =: the stations and the provinces they
# belong to), "triển khai kết nối liên thông, phần mềm hồ sơ quản lý sức khỏe
# tại 90% trạm y tế xã, phường, thị trấn" (=, %; no id:
# society.health_stations_platform_share is the health-station platform, not
# health-record software; a judgement). Target "Đến tháng 6.2019 hoàn thiện
# phần mềm hồ sơ sức khỏe điện tử cho 8 tỉnh, thành phố" (>=, count, 2019).
# Not quantities: "7-2019" (title and body), "2018-2020", "tháng 6.2019" (a
# month written with a point), "cuối năm 2019". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-ho-so-suc-khoe-2019", kind="result", year=2019, records=[
    R("cho biết, «26 trạm", "trạm y tế xã đã được lựa chọn triển khai hồ sơ quản lý sức khỏe điện tử cá nhân", "=",
      26, **CNT),
    R("xã thuộc «8 tỉnh", "tỉnh, thành phố có trạm y tế xã được lựa chọn triển khai hồ sơ quản lý sức khỏe điện tử "
      "cá nhân", "=", 8, **CNT),
    R("tại «90% trạm", "trạm y tế xã, phường, thị trấn triển khai kết nối liên thông, phần mềm hồ sơ quản lý sức "
      "khỏe", "=", 90),
    R("tử cho «8 tỉnh", "tỉnh, thành phố trong mô hình điểm được hoàn thiện phần mềm hồ sơ sức khỏe điện tử", ">=",
      8, **CNT, kind="target"),
])

# --------------------------------------------------------------------------
# 09 Vĩnh Long, the provincial library (thvl.vn; no date shown, "từ đầu năm
# đến nay" names no year → year null). Results "phục vụ trên 125.000 lượt
# người đọc" (>, count) and "gần 99% lượt người đến đọc sách trực tuyến và
# truy cập thông tin qua hệ thống đọc điện tử" (~, %). No ids. Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_vinhlong-thu-vien-doc-truc-tuyen", kind="result", year=None, records=[
    R("phục vụ trên «125.000 lượt", "hệ thống thư viện trong toàn tỉnh phục vụ lượt người đọc", ">", 125000, **CNT),
    R("đến gần «99%", "lượt người đến đọc sách trực tuyến và truy cập thông tin qua hệ thống đọc điện tử", "~", 99),
])

# --------------------------------------------------------------------------
# 10 Quảng Trị, Vĩnh Linh district (baoquangtri.vn; the template lines
# "{title}", "{publish}", "{head}" and a photo caption cut; no date shown, "trong
# 2 năm qua" names no year → year null). Results: "18 tổ công nghệ số cộng
# đồng cấp xã và 149 tổ công nghệ số cộng đồng cấp thôn" (=, count; a split
# by level: scopes "cấp xã", "cấp thôn"; aware.community_digital_teams_count),
# "trạm BTS 4G với tổng cộng 211 trạm" (=, infra.bts_stations_count). Not
# quantities: "02-NQ/TW", "Khóa XVII", "Nghị quyết số 02", "năm 2025", "năm
# 2030", "2 năm qua" (a period), "cả 3 nhóm hạ tầng" (kinds of
# infrastructure, like "12 nhóm nhiệm vụ"), "3 đơn vị viễn thông ... là VNPT,
# Viettel và Mobifone" (the partners named, not an indicator's value), "4G".
# Pillar null: the paragraph "Xác định việc phát triển hạ tầng số ..." names
# hạ tầng số, but the 211 stations stand two paragraphs below it, in a
# paragraph under no heading (the spec's "a new paragraph that names no
# pillar ... has pillar null"; a judgement).
# --------------------------------------------------------------------------
D10 = dict(name="10_quangtri-vinhlinh-to-cong-nghe-so", kind="result", year=None, records=[
    R("thành lập «18 tổ", "tổ công nghệ số cộng đồng", "=", 18, **CNT, scope="cấp xã",
      iid="aware.community_digital_teams_count"),
    R("và «149 tổ", "tổ công nghệ số cộng đồng", "=", 149, **CNT, scope="cấp thôn",
      iid="aware.community_digital_teams_count"),
    R("tổng cộng «211 trạm", "các xã đều có trạm BTS 4G", "=", 211, **CNT, iid="infra.bts_stations_count"),
])

# --------------------------------------------------------------------------
# 11 Quảng Trị, from new rural areas to smart ones (dantri.com.vn; the
# crawler's stamp " date 2025-09-29 " opened the first paragraph's line: the
# stamp taken off that line and written as `date 2025-09`, the paragraph kept;
# a photo caption cut). Results of 2025 ("Tính đến nay"): "69/95 ... xã đạt
# chuẩn nông thôn mới" (=, count 69 at "69"; "/95" its denominator), "chiếm
# tỷ lệ 72,6%" (=, %), "có 3 xã thuộc vùng đồng bào dân tộc thiểu số và miền
# núi" (=, count), "Thu nhập bình quân đầu người khu vực nông thôn đạt 38,34
# triệu đồng/năm" (=, other "đồng/năm", 38340000), "Tỷ lệ hộ nghèo đa chiều
# khu vực nông thôn giảm còn 13,92%" (=: "giảm còn" states the level reached,
# not a change); results of 2024 ("Tính đến cuối năm 2024"): "172 sản phẩm
# OCOP", and its breakdown "2 sản phẩm OCOP 5 sao, 33 sản phẩm 4 sao, 137 sản
# phẩm OCOP 3 sao" (one record each, scope null). No ids (no rural or OCOP
# count in the catalogue; society.smart_rural_communes_count is smart
# communes, not new-rural ones). Not quantities: "5 sao", "4 sao", "3 sao"
# (ratings in names), "cuối năm 2024". Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_quangtri-nong-thon-thong-minh-2025", kind="result", year=2025, records=[
    R("đã có «69/95", "xã đạt chuẩn nông thôn mới", "=", 69, **CNT),
    R("tỷ lệ «72,6%", "tỷ lệ xã đạt chuẩn nông thôn mới", "=", 72.6),
    R("có «3 xã", "xã thuộc vùng đồng bào dân tộc thiểu số và miền núi đạt chuẩn nông thôn mới", "=", 3, **CNT),
    R("đạt «38,34 triệu", "Thu nhập bình quân đầu người khu vực nông thôn", "=", 38.34e6, unit="other",
      unit_text="đồng/năm"),
    R("giảm còn «13,92%", "Tỷ lệ hộ nghèo đa chiều khu vực nông thôn", "=", 13.92),
    R("có «172 sản phẩm", "sản phẩm OCOP", "=", 172, **CNT, year=2024),
    R("có «2 sản phẩm OCOP 5", "sản phẩm OCOP 5 sao", "=", 2, **CNT, year=2024),
    R("«33 sản phẩm 4", "sản phẩm 4 sao", "=", 33, **CNT, year=2024),
    R("«137 sản phẩm", "sản phẩm OCOP 3 sao", "=", 137, **CNT, year=2024),
])

# --------------------------------------------------------------------------
# 12 TP.HCM, cashless tuition (nld.com.vn; the crawler's stamp " date
# 2025-09-03 " opened the first paragraph's line: taken off and written as
# `date 2025-09`, 2025). A precision text: one quantity, the Department's
# requirement "100% cơ sở giáo dục thực hiện kết nối với các hệ thống thanh
# toán được cấp phép" (target, >=; society.cashless_school_fees_share: schools
# taking fees through licensed payment systems; a judgement). Not quantities:
# "Thông tư số 16/2018". Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_tphcm-hoc-phi-khong-tien-mat-2025-precision", kind="target", year=2025, records=[
    R("yêu cầu «100% cơ sở", "cơ sở giáo dục thực hiện kết nối với các hệ thống thanh toán được cấp phép theo quy "
      "định của Ngân hàng Nhà nước Việt Nam", ">=", 100, iid="society.cashless_school_fees_share"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
