#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set49).

Copied from set47's builder (itself from set45's, set43's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (220
entries; see README). As in set10-set45, the id is given in the record itself (`iid=`).

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


MBS = dict(unit="other", unit_text="Mb/s")
TB100 = dict(unit="other", unit_text="thuê bao/100 dân")

DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
KM = dict(unit="other", unit_text="km")
MAY100 = dict(unit="other", unit_text="máy/100 dân")

TGT = "target"
BTS = "infra.bts_stations_count"
G5 = "infra.fiveg_coverage_share"
CHIP = "society.chip_id_cards_share"
KCB = "society.chip_id_health_insurance_share"

# --------------------------------------------------------------------------
# 01 Thanh Hóa, the provincial post office (Bưu điện tỉnh) (baothanhhoa.vn, no
# date shown; "Năm 2024" → 2024, the document's year also for "hiện đang").
# "27 điểm bưu điện": a count (points are the things counted, as set47's 02).
# "phủ khắp 100% xã, phường": a share of communes with a post office point,
# infra.postal_points_communes_share (a judgement). "trên 12 triệu lượt giao
# dịch ... được xử lý bằng nền tảng số": a count, op > (trên). "tăng hơn 25%
# so với năm 2023": a change → NOT. Pillar null (the title names three
# pillars, no heading names one).
# --------------------------------------------------------------------------
D01 = dict(name="01_thanhhoa-buudien-tinh-2024", kind="result", year=2024, records=[
    R("quản lý «27 điểm bưu điện", "điểm bưu điện trên địa bàn toàn tỉnh", "=", 27, **CNT),
    R("phủ khắp «100% xã", "xã, phường trên địa bàn tỉnh được phủ điểm bưu điện", "=", 100,
      iid="infra.postal_points_communes_share"),
    R("có trên «12 triệu lượt", "lượt giao dịch qua hệ thống bưu điện được xử lý bằng nền tảng số", ">", 12e6, **CNT),
], NOT=["tăng hơn «25%"])

# --------------------------------------------------------------------------
# 02 National, the Ministry of Education's conference on digital transformation
# (vietnamnet.vn, date 2025-12 → 2025). The title's "91,6% ... và 50,5% ..."
# and the body's same pair ("Đến cuối năm học 2024–2025" → 2025): four records
# (a title states the quantity as the body does). Primary and secondary pupils
# are two subjects, each its own indicator, scope null (a breakdown by kind of
# pupil, not a split by administrative level; a judgement). Counts digitised:
# "50.000 cơ sở giáo dục" (=), "hơn 27 triệu hồ sơ học sinh" (>), "gần 2 triệu
# hồ sơ giáo viên" (~), year 2025 (the document's; "giai đoạn 2022–2025").
# No id: society.schools_digital_records_share counts schools, not pupils.
# Not quantities: "3–4/12", "2022–2025", "2024–2025".
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-hoc-ba-so-2025", kind="result", year=2025, records=[
    R("2025-12\n«91,6% học sinh", "học sinh tiểu học đã sử dụng học bạ số", "=", 91.6),
    R("tiểu học và «50,5% học sinh trung học đã sử dụng", "học sinh trung học đã sử dụng học bạ số", "=", 50.5),
    R("bậc học; «50.000 cơ sở", "cơ sở giáo dục đã được số hóa", "=", 50000, **CNT),
    R("hơn «27 triệu hồ sơ", "hồ sơ học sinh đã được số hóa", ">", 27e6, **CNT),
    R("gần «2 triệu hồ sơ", "hồ sơ giáo viên, cán bộ quản lý đã được số hóa", "~", 2e6, **CNT),
    R("2024–2025, «91,6% học sinh", "học sinh tiểu học đã dùng học bạ số", "=", 91.6),
    R("tiểu học và «50,5% học sinh trung học đã dùng", "học sinh trung học đã dùng học bạ số", "=", 50.5),
])

# --------------------------------------------------------------------------
# 03 Phú Thọ, Viettel's 5G stations (baophutho.vn, date 2025-12; "Trong năm
# 2025" → 2025). Results: "khoảng 800 trạm 5G" (~), "gần 1.000 trạm" (~),
# "phủ sóng 100% các khu đô thị, khu công nghiệp và trung tâm các phường, xã"
# (=, no id: coverage of named sites, as set47's 01), "22.758 trạm" (=).
# Targets: "cam kết triển khai tối thiểu 20.000 trạm 5G" (a commitment, >=);
# "dự kiến đến hết năm 2025, tổng số trạm 5G ... sẽ đạt 30.000 trạm, phủ sóng
# 90% khu vực ngoài trời và 70% khu vực trong nhà" (an expectation, read as
# targets of 2025, >=; a judgement). Ids: infra.bts_stations_count for the
# station counts (the catalogue lists "trạm 5G"), infra.fiveg_coverage_share
# for the 90% and 70% of area. Pillar null. Not quantities: "25/12/2025",
# "193/2025/QH15", "88/2025/NĐ-CP", "5G".
# --------------------------------------------------------------------------
D03 = dict(name="03_phutho-viettel-5g-2025", kind="result", year=2025, records=[
    R("khoảng «800 trạm", "trạm 5G Viettel đầu tư, xây dựng và phát sóng tại tỉnh Phú Thọ", "~", 800, **CNT, iid=BTS),
    R("lên gần «1.000 trạm", "tổng số trạm 5G trên địa bàn", "~", 1000, **CNT, iid=BTS),
    R("phủ sóng «100% các khu", "mạng 5G phủ sóng các khu đô thị, khu công nghiệp và trung tâm các phường, xã", "=",
      100),
    R("tối thiểu «20.000 trạm", "trạm 5G Viettel cam kết triển khai trên toàn quốc", ">=", 20000, **CNT, kind=TGT,
      iid=BTS),
    R("tổng số «22.758 trạm", "trạm 5G đã được lắp đặt và đưa vào sử dụng", "=", 22758, **CNT, iid=BTS),
    R("sẽ đạt «30.000 trạm", "tổng số trạm 5G của Viettel", ">=", 30000, **CNT, kind=TGT, iid=BTS),
    R("phủ sóng «90% khu vực", "phủ sóng khu vực ngoài trời", ">=", 90, kind=TGT, iid=G5),
    R("và «70% khu vực", "phủ sóng khu vực trong nhà", ">=", 70, kind=TGT, iid=G5),
])

# --------------------------------------------------------------------------
# 04 Hà Tĩnh, the provincial police's chip ID cards (kienthuc.net.vn, date
# 2023-05 → 2023). "cho 100% công dân đủ điều kiện" twice (the lead and the
# letter's text): results (=), society.chip_id_cards_share (applications taken
# for the chip card; a judgement). "với 13/13 Công an cấp huyện, 216/216 Công an
# cấp xã": one sentence splitting its values by level → two count records with
# scopes "cấp huyện" and "cấp xã" (a judgement: the levels name the units
# counted). Near-precision text: dates "12/5", "10/5/2023" and the
# denominators "/13", "/216" are not quantities.
# --------------------------------------------------------------------------
D04 = dict(name="04_hatinh-congan-cccd-2023-precision", kind="result", year=2023, records=[
    R("điện tử cho «100% công dân đủ điều kiện trên toàn tỉnh.",
      "công dân đủ điều kiện được thu nhận hồ sơ cấp Căn cước gắn chip điện tử", "=", 100, iid=CHIP),
    R("điện tử cho «100% công dân đủ điều kiện trên toàn tỉnh với",
      "công dân đủ điều kiện được thu nhận hồ sơ cấp Căn cước gắn chip điện tử", "=", 100, iid=CHIP),
    R("với «13/13 Công an", "Công an hoàn thành việc thu nhận hồ sơ cấp Căn cước gắn chip điện tử", "=", 13, **CNT,
      scope="cấp huyện"),
    R("huyện, «216/216 Công an", "Công an hoàn thành việc thu nhận hồ sơ cấp Căn cước gắn chip điện tử", "=", 216,
      **CNT, scope="cấp xã"),
])

# --------------------------------------------------------------------------
# 05 National, health-insurance visits with the chip ID card, reported by the
# police (thanhnien.vn, date 2023-06 → 2023). "12.275/13.047 cơ sở KCB" (a
# count, =) and its "(đạt 94,08%)" (society.chip_id_health_insurance_share).
# "18,5 triệu công dân" (=). Thanh Hóa "hơn 3 triệu người (chiếm 16,48%)" and
# Kiên Giang "33.541 công dân (chiếm 0,18%)": counts and shares of the
# national total, each with `place`. "(24,7 tỉ đồng so với năm 2021)": money
# saved against 2021, read as a difference against an earlier year → left out
# (a judgement; "tỉ" is also a spelling the checks' magnitude words lack).
# Not quantities: "gần 1 năm" (a duration).
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-kcb-bang-cccd-2023", kind="result", year=2023, records=[
    R("đã có «12.275/13.047", "cơ sở KCB trên cả nước triển khai CCCD gắn chip tích hợp BHYT", "=", 12275, **CNT),
    R("(đạt «94,08%)", "cơ sở KCB trên cả nước triển khai CCCD gắn chip tích hợp BHYT", "=", 94.08, iid=KCB),
    R("với «18,5 triệu công dân", "công dân sử dụng CCCD đi KCB trên toàn quốc", "=", 18.5e6, **CNT),
    R("nhiều nhất với hơn «3 triệu người", "công dân sử dụng thẻ CCCD để KCB", ">", 3e6, **CNT, place="Thanh Hóa"),
    R("(chiếm «16,48%)", "công dân sử dụng thẻ CCCD để KCB", "=", 16.48, place="Thanh Hóa"),
    R("ít nhất với «33.541 công dân", "công dân sử dụng thẻ CCCD để KCB", "=", 33541, **CNT, place="Kiên Giang"),
    R("(chiếm «0,18%)", "công dân sử dụng thẻ CCCD để KCB", "=", 0.18, place="Kiên Giang"),
])

# --------------------------------------------------------------------------
# 06 National, the Ministry of Public Security's population database (plo.vn,
# date 2021-06 → 2021). Results: "hơn 100 triệu phiếu DC01 (đạt 99,6%)", "rà
# soát, làm sạch (đạt 92,9%)" (data.clean_population_data_share), "hơn 35
# triệu công dân (trong đó trẻ sơ sinh hơn 6 triệu)" (a count and its part,
# each its own subject). Targets (dự kiến ... sẽ): "khoảng 90% số định danh cá
# nhân" (~), "kết nối đến 25 tỉnh, TP" and "kết nối với 63 tỉnh, TP" (counts,
# >=), all of 2021. Not quantities: "9-6", "7-6", "18-6", "15-6", "7-2021".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-bocongan-so-dinh-danh-2021", kind="result", year=2021, records=[
    R("thu được hơn «100 triệu phiếu", "phiếu DC01 toàn quốc đã thu được", ">", 100e6, **CNT),
    R("(đạt «99,6%)", "phiếu DC01 toàn quốc đã thu được", "=", 99.6),
    R("(đạt «92,9%)", "rà soát, làm sạch", "=", 92.9, iid="data.clean_population_data_share"),
    R("có hơn «35 triệu công dân", "công dân đã được cấp số định danh cá nhân", ">", 35e6, **CNT),
    R("sơ sinh hơn «6 triệu", "trẻ sơ sinh đã được cấp số định danh cá nhân", ">", 6e6, **CNT),
    R("cấp khoảng «90% số", "số định danh cá nhân cho công dân trên cả nước", "~", 90, kind=TGT),
    R("kết nối đến «25 tỉnh", "kết nối, chia sẻ CSDLQGDC xuống địa phương tỉnh, TP", ">=", 25, **CNT, kind=TGT),
    R("kết nối với «63 tỉnh", "hoàn thành việc kết nối CSDLQGDC tỉnh, TP trên toàn quốc", ">=", 63, **CNT, kind=TGT),
])

# --------------------------------------------------------------------------
# 07 Bình Dương, the provincial police's "chiến dịch 60 ngày" (vietnamnet.vn,
# no date shown; "Nghị quyết 50/NQ-CP ngày 8/4/2023", "trước ngày 31/7/2023"
# → 2023). "được Bộ Công an giao nhiệm vụ ... đảm bảo 100% người dân ... được
# cấp căn cước công dân": a task set → target (>=). "cho 100% công dân trên
# địa bàn toàn tỉnh" and "cho 100% số công dân đủ điều kiện có mặt": results.
# All three society.chip_id_cards_share. "1,98 triệu thẻ CCCD" (=), "3 đơn vị
# công an cấp xã" (=, a count), "‘Top 10” đơn vị công an cấp huyện" (rank <=).
# Not quantities: "60 ngày", "39 ngày", "70 ngày" (durations), "50/NQ-CP",
# "8/4/2023", "22/5", "31/7/2023", "Đề án 06".
# --------------------------------------------------------------------------
D07 = dict(name="07_binhduong-congan-chien-dich-60-ngay-2023", kind="result", year=2023, records=[
    R("và đảm bảo «100% người dân", "người dân trong độ tuổi đủ điều kiện được cấp căn cước công dân (CCCD)", ">=", 100,
      kind=TGT, iid=CHIP),
    R("gắn chip cho «100% công dân trên", "công dân trên địa bàn toàn tỉnh được thu nhận hồ sơ cấp CCCD gắn chip", "=",
      100, iid=CHIP),
    R("cấp «1,98 triệu thẻ", "thẻ CCCD các đơn vị đã tiến hành cấp", "=", 1.98e6, **CNT),
    R("nhận cho «100% số công dân", "số công dân đủ điều kiện có mặt trên địa bàn tỉnh Bình Dương hoàn thành thu nhận",
      "=", 100, iid=CHIP),
    R("Dương có «3 đơn vị", "đơn vị công an cấp xã lọt danh sách các xã đầu tiên trong toàn quốc hoàn thành cấp CCCD",
      "=", 3, **CNT),
    R("‘Top «10”", "đơn vị công an cấp huyện đầu tiên trên toàn quốc hoàn thành nhiệm vụ cấp CCCD", "<=", 10, **RANK),
])

# --------------------------------------------------------------------------
# 08 Ninh Bình, the Department of Agriculture's QR traceability stamps
# (vietnamnet.vn, no date shown, no year named → year null). "26 sản phẩm OCOP
# cấp tỉnh" and "2 cơ sở sản xuất rau Vietgap": counts, =. No id
# (econ.traceable_products_share is a share). "hàng chục đơn vị" has no digit.
# --------------------------------------------------------------------------
D08 = dict(name="08_ninhbinh-sonn-tem-qr-ocop", kind="result", year=None, records=[
    R("trong đó có «26 sản phẩm", "sản phẩm OCOP cấp tỉnh được hỗ trợ dán tem QR Code", "=", 26, **CNT),
    R("đối với «2 cơ sở", "cơ sở sản xuất rau Vietgap được hỗ trợ dán tem QR Code", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 09 National, police of communes completing chip ID cards (dantri.com.vn,
# date 2023-04 → 2023). Precision text. "phát động phong trào thi đua ...
# trước ngày 31/7 hoàn thành chỉ tiêu cấp 100% căn cước công dân": a target
# (>=, 2023). "9 công an cấp xã ... cấp đạt 100% thẻ": a count and a result;
# "15 đơn vị công an cấp xã hoàn thành cấp 100% ...": a count and a result.
# Shares society.chip_id_cards_share. "khen thưởng đối với công an 9 xã nêu
# trên": the same nine repeated as the object of an award → left out (a
# judgement). Not quantities: "31/7", "14/4", "27/3", "Đề án 06",
# "2022-2025", "2030".
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-congan-xa-cccd-2023-precision", kind="result", year=2023, records=[
    R("chỉ tiêu cấp «100% căn cước", "căn cước công dân gắn chip điện tử", ">=", 100, kind=TGT, iid=CHIP),
    R("tiếp tục có «9 công an", "công an cấp xã đạt thành tích xuất sắc trong duy trì dữ liệu dân cư", "=", 9, **CNT),
    R("cấp đạt «100% thẻ", "thẻ căn cước công dân gắn chip điện tử cho công dân thường trú trên địa bàn", "=", 100,
      iid=CHIP),
    R("có «15 đơn vị", "đơn vị công an cấp xã hoàn thành cấp căn cước công dân gắn chip điện tử", "=", 15, **CNT),
    R("hoàn thành cấp «100% căn cước công dân gắn chip điện tử cho công dân thường trú trên địa bàn (",
      "căn cước công dân gắn chip điện tử cho công dân thường trú trên địa bàn", "=", 100, iid=CHIP),
])

# --------------------------------------------------------------------------
# 10 Viettel nationwide, 5G (sggp.org.vn, date 2026-01; "Năm 2025" → 2025).
# Results: "23.500 trạm 5G" (=), "tổng số hơn 30.000 trạm" (>), "phủ sóng 90%
# diện tích ngoài trời và 70% diện tích trong nhà" (=, infra.fiveg_coverage_share),
# "sử dụng 100% sản phẩm do Viettel phát triển" (=, a share reached; a
# judgement). Target: "Chính phủ đặt mục tiêu đến năm 2030 “phủ sóng 5G đạt
# 99% dân số”" (>=, 2030, infra.fiveg_coverage_share). Not quantities: "11
# nhóm công nghệ chiến lược" (the parts of a list), "22-12-2024", "Nghị quyết
# 57", "5G", "6G".
# --------------------------------------------------------------------------
D10 = dict(name="10_viettel-5g-toan-quoc-2025", kind="result", year=2025, records=[
    R("triển khai được «23.500 trạm", "trạm 5G Viettel đã triển khai trên toàn quốc", "=", 23500, **CNT, iid=BTS),
    R("tổng số hơn «30.000 trạm", "mạng lưới 5G của Viettel tổng số trạm", ">", 30000, **CNT, iid=BTS),
    R("phủ sóng «90% diện tích", "phủ sóng diện tích ngoài trời", "=", 90, iid=G5),
    R("và «70% diện tích", "phủ sóng diện tích trong nhà toàn quốc", "=", 70, iid=G5),
    R("đạt «99% dân số", "phủ sóng 5G dân số", ">=", 99, kind=TGT, year=2030, iid=G5),
    R("sử dụng «100% sản phẩm", "hệ thống trên mạng lưới sử dụng sản phẩm do Viettel phát triển", "=", 100),
])

# --------------------------------------------------------------------------
# 11 Hà Nội's Department of Education, digital school records (tapchigiaoduc.
# edu.vn, no date shown; "Tính đến ngày 20/4/2024" → 2024). Results: three
# "100%" (schools equipped with computers on the internet:
# society.schools_internet_share, a judgement; pupils' records with an ID;
# teachers with IT skills) and "60% số giáo viên, nhân viên ... chữ ký số cá
# nhân" (no id: teachers are a part of the officials the catalogue counts; a
# judgement). "Theo kế hoạch, ... năm học 2023-2024 tại 100% các trường tiểu
# học": a target of 2024 (school year's end), society.schools_digital_records_share.
# Thành phố Hồ Chí Minh (`place`): "gần 133.000 học sinh lớp 1" (a result, ~,
# 2024) and "Trong năm học 2024 – 2025, ... tiếp tục áp dụng ... ở 128.000
# học sinh" (a plan for the coming school year → target >=, 2025; a
# judgement). Not quantities: "04/CT-TTg", "20/4/2024", "lớp 1, 2, 3 và 4"
# (grade names), the school years.
# --------------------------------------------------------------------------
D11 = dict(name="11_hanoi-sogddt-hoc-ba-so-2024", kind="result", year=2024, records=[
    R("Tại Hà Nội, «100% các trường", "trường tiểu học đã được trang bị đầy đủ máy tính kết nối internet", "=", 100,
      iid="society.schools_internet_share"),
    R("đào tạo. «100% hồ sơ", "hồ sơ học sinh đã được gắn mã số định danh duy nhất", "=", 100),
    R("bạ số. «100% giáo viên", "giáo viên, nhân viên đều có kinh nghiệm, trình độ công nghệ thông tin", "=", 100),
    R("20/4/2024, «60% số", "số giáo viên, nhân viên ở các trường tiểu học đã được trang bị chữ ký số cá nhân", "=", 60),
    R("2023-2024 tại «100% các trường", "thí điểm học bạ số được áp dụng các trường tiểu học trên địa bàn thành phố",
      ">=", 100, kind=TGT, iid="society.schools_digital_records_share"),
    R("cho gần «133.000 học sinh", "học sinh lớp 1 triển khai thí điểm học bạ số", "~", 133000, **CNT,
      place="Thành phố Hồ Chí Minh"),
    R("học bạ số ở «128.000 học sinh", "áp dụng thí điểm học bạ số học sinh", ">=", 128000, **CNT, kind=TGT, year=2025,
      place="Thành phố Hồ Chí Minh"),
])

# --------------------------------------------------------------------------
# 12 National, electronic medical records (pld.net.vn, no date shown; "Đến
# giữa tháng 8/2023" → 2023). Precision text: one quantity, "khoảng
# 50/1.300 cơ sở y tế" (a count, ~); "8/2023" and "hạng I" are not quantities.
# No id (a count, the catalogue's hospitals' EMR indicator is a share).
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-benh-an-dien-tu-2023-precision", kind="result", year=2023, records=[
    R("khoảng «50/1.300", "cơ sở y tế chính thức công bố chuyển từ bệnh án giấy sang bệnh án điện tử", "~", 50, **CNT),
])

# --------------------------------------------------------------------------
# 13 Viettel's year 2023 (a copy on live.tour-time.com of a report of
# Viettel's 2023 review; no date shown; "Trong năm 2023" → 2023). "khoảng 5
# triệu khách hàng" Mobile Money (~) and "73% khách hàng ở nông thôn ..." (=);
# "Doanh thu nước ngoài của Viettel tăng trưởng 20,5%" and "Viettel đạt tăng
# trưởng doanh thu 5,4%": growth rates stated as the indicator (kept, as
# set47's 12 "ước đạt tăng trưởng 22,4%"); "top 5 quốc gia đầu tiên làm chủ
# công nghệ 5G" (rank <=). Not quantities: "6 lĩnh vực nền tảng" (the parts of
# an ecosystem), "7 năm liên tiếp" (a duration), "gấp 5 lần trung bình ngành"
# (a comparison with others), "5G".
# --------------------------------------------------------------------------
D13 = dict(name="13_viettel-ket-qua-2023", kind="result", year=2023, records=[
    R("khoảng «5 triệu khách", "khách hàng sử dụng dịch vụ Mobile Money", "~", 5e6, **CNT),
    R("trong đó «73% khách hàng", "khách hàng Mobile Money ở nông thôn, miền núi, vùng sâu, vùng xa, biên giới, hải đảo",
      "=", 73),
    R("tăng trưởng «20,5%", "Doanh thu nước ngoài của Viettel tăng trưởng", "=", 20.5),
    R("vào top «5 quốc gia", "quốc gia đầu tiên làm chủ công nghệ 5G", "<=", 5, **RANK),
    R("doanh thu «5,4%", "Viettel tăng trưởng doanh thu", "=", 5.4),
])

# --------------------------------------------------------------------------
# 14 National, electronic medical records (vneconomy.vn, date 2025-09 → 2025).
# "630 cơ sở y tế" (=), "84/125 bệnh viện công tuyến tỉnh hạng 1 ... chiếm
# khoảng 70%" (a count, then a share ~, society.hospitals_emr_share: a group of
# hospitals keeps the id), "140/399 bệnh viện" private (=). Not quantities:
# "30/9", "24/9", "30/9/2025", "Phiên họp lần thứ 4", "3 nội dung", "Đề án 06".
# --------------------------------------------------------------------------
D14 = dict(name="14_ca-nuoc-benh-an-dien-tu-2025", kind="result", year=2025, records=[
    R("đã có «630 cơ sở", "cơ sở y tế trong toàn quốc sử dụng các bệnh án điện tử, không sử dụng bệnh án giấy", "=",
      630, **CNT),
    R("giấy; «84/125", "bệnh viện công tuyến tỉnh hạng 1 đã triển khai bệnh án điện tử", "=", 84, **CNT),
    R("chiếm khoảng «70%", "bệnh viện công tuyến tỉnh hạng 1 đã triển khai bệnh án điện tử", "~", 70,
      iid="society.hospitals_emr_share"),
    R("đã có «140/399", "bệnh viện tư nhân triển khai bệnh án điện tử", "=", 140, **CNT),
])

# --------------------------------------------------------------------------
# 15 National, the Ministry of Health's year 2025 (cafef.vn, date 2026-02;
# "năm 2025" → 2025). "12 CSDL chuyên ngành được nâng cấp" (=), "khoảng
# 1210/1650 bệnh viện" (~), "hơn 34 triệu sổ sức khỏe điện tử" ("Đến hết
# tháng 1/2026" → 2026, >), the subheading "100% cơ sở khám chữa bệnh BHYT
# bằng CCCD gắn chip" (=, 2025 from the document, society.chip_id_health_insurance_share).
# Not quantities: "102/2025/NĐ-CP", "13/5/2025", "13/2025/TT-BYT",
# "02-KH/BCDDTWW", "19/6/2025", "1/2026".
# --------------------------------------------------------------------------
D15 = dict(name="15_ca-nuoc-boyte-ket-qua-2025", kind="result", year=2025, records=[
    R("giao, có «12 CSDL", "CSDL chuyên ngành được nâng cấp, hoàn thiện, kết nối với CSDL tổng hợp quốc gia", "=", 12,
      **CNT),
    R("khoảng «1210/1650", "bệnh viện công và tư công bố triển khai hồ sơ bệnh án điện tử", "~", 1210, **CNT),
    R("hơn «34 triệu sổ", "sổ sức khỏe điện tử của người dân trên ứng dụng VNeID", ">", 34e6, **CNT, year=2026),
    R("\n«100% cơ sở khám", "cơ sở khám chữa bệnh BHYT bằng CCCD gắn chip", "=", 100, iid=KCB),
])

# --------------------------------------------------------------------------
# 16 National, the Ministry of Health's plan for electronic health records
# (viettimes.vn tag page; no date shown; the title printed twice, one printing
# cut). Precision text: one target, "Đến năm 2025, 95% người dân ... có hồ sơ
# sức khỏe điện tử" (>=, 2025, society.electronic_health_records_share). The
# document's own year is not named (the minister's name dates it to 2019) →
# the record's year is the target's own.
# --------------------------------------------------------------------------
D16 = dict(name="16_ca-nuoc-ho-so-suc-khoe-precision", kind="target", year=2025, records=[
    R("2025, «95% người", "người dân trên toàn quốc có hồ sơ sức khỏe điện tử", ">=", 95,
      iid="society.electronic_health_records_share"),
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
