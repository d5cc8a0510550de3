#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set44).

Copied from set43's builder (itself from set41's, set39's, set37's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (220
entries; see README). As in set10-set43, the id is given in the record itself (`iid=`).

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
OTHER = dict(unit="other", unit_text=None)

# --------------------------------------------------------------------------
# 01 Quảng Ninh, electronic medical records and health records (tothethao.com,
# a copy of a Quảng Ninh page; no date and no year in the excerpt: "Hiện",
# "Đến nay" → year null). The first line "Định hướng bệnh viện không giấy tờ"
# is a heading naming no pillar → null. The "4 đơn vị y tế" recognised for
# electronic medical records (a count; society.hospitals_emr_share is a share →
# no id) and "hơn 96% dân số" with an electronic health record (op >;
# society.electronic_health_records_share).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangninh-benh-an-dien-tu", kind="result", year=None, records=[
    R("có «4 đơn vị", "đơn vị y tế được công nhận thực hiện bệnh án điện tử trong khám chữa bệnh", "=", 4, **CNT),
    R("với hơn «96% dân số", "dân số trên địa bàn tỉnh có hồ sơ quản lý sức khỏe điện tử", ">", 96,
      iid="society.electronic_health_records_share"),
])

# --------------------------------------------------------------------------
# 02 Khánh Hòa, cashless hospital fees (88tysobongda.com, a copy of a Khánh Hòa
# page; the address holds a date of 2024, the excerpt shows none → no date line).
# "Năm 2023, 18/18 cơ sở khám chữa bệnh": the numerator 18, a count of 2023 (no
# id: society.cashless_hospital_fees_share is a share). Not quantities: "từ 400
# - 500 bệnh nhân" (the daily patients of one hospital's clinic: a workload, not
# an indicator reached; a judgement), "3 phương thức" (kinds of method, like
# solutions), the denominator "/18". Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_khanhhoa-vien-phi-khong-tien-mat-2023", kind="result", year=2023, records=[
    R("Năm 2023, «18/18 cơ sở", "cơ sở khám chữa bệnh đã triển khai thu viện phí không dùng tiền mặt", "=", 18, **CNT),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, electronic health records and health data (baomoi.net.vn, no date
# line; "đến hết năm 2025" → the document's year 2025, also for the title and
# "Đến thời điểm hiện tại"; a judgement). The title's "97%" and the body's two
# "97%": each statement a record (society.electronic_health_records_share);
# "100% bệnh viện công lập ... kết nối liên thông dữ liệu khám, chữa bệnh"
# (society.health_data_interconnection_share: facilities exchanging data);
# "99,9% hồ sơ được liên thông" (records, not facilities → no id); "hơn 8,4
# triệu người dân" (op >, a count → no id); "81% hồ sơ đã được chuẩn hóa dữ
# liệu với cơ sở dữ liệu quốc gia về dân cư" (health records matched, not
# data.clean_population_data_share → no id). No heading → pillar null.
# --------------------------------------------------------------------------
HSSK = "người dân được tạo lập hồ sơ sức khỏe điện tử"
D03 = dict(name="03_hanoi-ho-so-suc-khoe-dien-tu-2025", kind="result", year=2025, records=[
    R("«97% người dân Hà Nội", "người dân Hà Nội được lập hồ sơ sức khỏe điện tử", "=", 97,
      iid="society.electronic_health_records_share"),
    R("đã có «97% người dân Thủ đô", "người dân Thủ đô được lập hồ sơ sức khỏe điện tử", "=", 97,
      iid="society.electronic_health_records_share"),
    R("2025, «100% bệnh viện", "bệnh viện công lập của Hà Nội đã kết nối liên thông dữ liệu khám, chữa bệnh", "=", 100,
      iid="society.health_data_interconnection_share"),
    R("với «99,9% hồ sơ", "hồ sơ được liên thông thành công", "=", 99.9),
    R("với hơn «8,4 triệu", HSSK, ">", 8.4e6, **CNT),
    R("điện tử đạt «97%,", HSSK, "=", 97, iid="society.electronic_health_records_share"),
    R("có «81% hồ sơ", "hồ sơ đã được chuẩn hóa dữ liệu với cơ sở dữ liệu quốc gia về dân cư", "=", 81),
])

# --------------------------------------------------------------------------
# 04 Lào Cai, plan 220/KH-UBND on digital health (thuonghieucongluan.com.vn, no
# date line; "phấn đấu đến năm 2025" → targets of 2025; bare numbers → >=; "đạt
# trên 30%" → >). No heading → pillar null. The work-file targets split by
# level, "90% hồ sơ công việc tại Sở Y tế, các đơn vị y tế tỉnh; 80% hồ sơ công
# việc của cơ quan quản lý y tế huyện, thị xã, thành phố": two records, scopes as
# written (a judgement: the levels are named by their bodies). Ids: systems with
# an approved security level (security.systems_level_approved_share), full
# online services (egov.full_online_services_share), internal operations on a
# platform (egov.internal_operations_digitised_share), work files online
# (egov.work_records_online_share), health records
# (society.electronic_health_records_share), adults using telehealth
# (society.telehealth_use_share). Not quantities: "220/KH-UBND", "năm
# 2023-2024" (a period of the pilot).
# --------------------------------------------------------------------------
WR04 = "hồ sơ công việc được xử lý trên môi trường mạng"
D04 = dict(name="04_laocai-ke-hoach-y-te-so-2025", kind="target", year=2025, records=[
    R("Có «100% hệ thống", "hệ thống thông tin y tế được xây dựng hồ sơ cấp độ an toàn thông tin, đảm bảo an toàn thông tin, "
      "an ninh mạng theo hồ sơ cấp độ an toàn thông tin được phê duyệt", ">=", 100,
      iid="security.systems_level_approved_share"),
    R("«100% thủ tục hành chính (TTHC) lĩnh vực y tế", "thủ tục hành chính (TTHC) lĩnh vực y tế đủ điều kiện theo quy định của "
      "pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình", ">=", 100,
      iid="egov.full_online_services_share"),
    R("«100% hoạt động chỉ đạo", "hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan nhà nước được thực hiện trên nền "
      "tảng quản trị tổng thể, thống nhất", ">=", 100, iid="egov.internal_operations_digitised_share"),
    R("thống nhất; «90% hồ sơ", WR04, ">=", 90, scope="Sở Y tế, các đơn vị y tế tỉnh",
      iid="egov.work_records_online_share"),
    R("tỉnh; «80% hồ sơ", WR04, ">=", 80, scope="cơ quan quản lý y tế huyện, thị xã, thành phố",
      iid="egov.work_records_online_share"),
    R("trong đó «90% người dân", "người dân có hồ sơ sức khỏe điện tử", ">=", 90,
      iid="society.electronic_health_records_share"),
    R("đạt trên «30%", "Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa", ">", 30,
      iid="society.telehealth_use_share"),
])

# --------------------------------------------------------------------------
# 05 Ministry of Health, targets of digital health for 2025 (m.viettimes.vn, no
# date line; "Mục tiêu mà ngành y tế đặt ra đến năm 2025 là:" → targets of
# 2025; bare numbers and "Duy trì 100%" → >=). The lead-in names no pillar →
# null. National, no place. Work files split by level as in 04: scopes "Bộ Y
# tế, Sở Y tế" and "cơ quan quản lý y tế quận/huyện" (a judgement). Ids as in
# 04, with egov.authenticated_users_share, egov.online_reporting_share,
# egov.electronic_records_kept_share; none for AI use by agencies and for
# officials given a digital identity. Not quantities: "157-NQ/BCSĐ", "3/2/2023",
# "năm 2030".
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-y-te-so-muc-tieu-2025", kind="target", year=2025, records=[
    R("«100% cơ quan nhà nước ứng dụng", "cơ quan nhà nước ứng dụng trí tuệ nhân tạo", ">=", 100),
    R("«100% hệ thống thông tin y tế", "hệ thống thông tin y tế được đảm bảo an toàn thông tin, an ninh mạng theo hồ sơ cấp độ "
      "an toàn thông tin được phê duyệt", ">=", 100, iid="security.systems_level_approved_share"),
    R("Duy trì «100% dịch vụ", "dịch vụ công trực tuyến toàn trình đối với các thủ tục hành chính đủ điều kiện", ">=", 100,
      iid="egov.full_online_services_share"),
    R("«100% công chức", "công chức được gắn định danh số trong xử lý công việc", ">=", 100),
    R("«100% người dân và doanh nghiệp", "người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực "
      "thông suốt, hợp nhất trên tất cả các hệ thống của các cấp chính quyền", ">=", 100,
      iid="egov.authenticated_users_share"),
    R("«100% công tác báo cáo", "công tác báo cáo được thực hiện trên hệ thống thông tin báo cáo quốc gia", ">=", 100,
      iid="egov.online_reporting_share"),
    R("«100% hồ sơ được tạo", "hồ sơ được tạo, lưu giữ, chia sẻ dữ liệu điện tử theo quy định", ">=", 100,
      iid="egov.electronic_records_kept_share"),
    R("«100% hoạt động chỉ đạo", "hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan nhà nước được thực hiện trên nền "
      "tảng quản trị tổng thể, thống nhất", ">=", 100, iid="egov.internal_operations_digitised_share"),
    R("«90% hồ sơ công việc", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90, scope="Bộ Y tế, Sở Y tế",
      iid="egov.work_records_online_share"),
    R("«80% hồ sơ công việc", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80,
      scope="cơ quan quản lý y tế quận/huyện", iid="egov.work_records_online_share"),
])

# --------------------------------------------------------------------------
# 06 Hải Dương, education and Đề án 06 (game.rgbet01.com, a copy of a Hải
# Dương page on a betting-named site; its first characters run together as
# printed; no date line; "năm 2023", "đến ngày 12/10" → 2023). Students
# registered for the graduation exam with a chip ID card, 100% (a group of the
# population: society.chip_id_cards_share, a judgement); records of students
# "trên 476.000" and of staff and teachers "trên 29.000" connected to the
# population database (op >, counts; no id); "đều đạt tỷ lệ hơn 97%": one
# value stated once for both → one record (op >; no id). Pillar null. Not
# quantities: "569/KH-UBND", "7/3/2022", "2022-2025", "năm 2030", "(Đề án
# 06)" (a name), "3 nhiệm vụ" (tasks, spec), "lớp 12", "lớp 10, lớp 11",
# "học kỳ I", "2 hệ thống" (the two systems named).
# --------------------------------------------------------------------------
D06 = dict(name="06_haiduong-giao-duc-de-an-06-2023", kind="result", year=2023, records=[
    R("đã có «100% số học sinh", "số học sinh đăng ký dự thi tốt nghiệp THPT có căn cước công dân gắn chip", "=", 100,
      iid="society.chip_id_cards_share"),
    R("có trên «476.000 hồ sơ", "hồ sơ của học sinh đã hoàn thành kết nối, đồng bộ với cơ sở dữ liệu quốc gia về dân cư",
      ">", 476000, **CNT),
    R("và trên «29.000 hồ sơ", "hồ sơ của cán bộ, giáo viên đã hoàn thành kết nối, đồng bộ với cơ sở dữ liệu quốc gia về dân "
      "cư", ">", 29000, **CNT),
    R("tỷ lệ hơn «97%", "hồ sơ của học sinh và của cán bộ, giáo viên đã hoàn thành kết nối, đồng bộ với cơ sở dữ liệu quốc "
      "gia về dân cư", ">", 97),
])

# --------------------------------------------------------------------------
# 07 Bình Phước, cashless tuition (binhphuoc.gov.vn, no date line). One
# target, a school's "mục tiêu 100% trường học đóng học phí qua quét mã QR"
# (bare → >=; society.cashless_school_fees_share); its year: "năm học này",
# unnamed → null (a judgement; "Từ năm học 2022-2023" dates the province's
# start, not the target). The excerpt ends "tỷ lệ phụ huynh sử dụng " before
# its number. Not quantities: "1.400 học sinh" (a school's size), "5 khối
# lớp", "2022-2023". Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_binhphuoc-hoc-phi-qr", kind="target", year=None, records=[
    R("mục tiêu «100% trường", "trường học đóng học phí qua quét mã QR", ">=", 100,
      iid="society.cashless_school_fees_share"),
])

# --------------------------------------------------------------------------
# 08 Trà Vinh, farm households on e-commerce platforms (doanhnghiepkinhtexanh.vn,
# no date line; "đến cuối năm 2021" → targets of 2021, also for the training
# targets of the same plan). "50% số hộ sản xuất nông nghiệp ... tham gia bán
# hàng trên sàn" (bare → >=; econ.farm_households_ecommerce_accounts_share);
# "khoảng 70%", "khoảng 60%" of these households trained (op ~; no id: digital
# skills of farm households, packing and delivery). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_travinh-nong-dan-len-san-2021", kind="target", year=2021, records=[
    R("2021, «50% số hộ", "số hộ sản xuất nông nghiệp trên địa bàn tỉnh tham gia bán hàng trên sàn thương mại điện tử", ">=",
      50, iid="econ.farm_households_ecommerce_accounts_share"),
    R("cho khoảng «70% số hộ", "đào tạo, tập huấn về kỹ năng số và kỹ năng hoạt động trên không gian mạng cho số hộ này", "~",
      70),
    R("cho khoảng «60% số hộ", "đào tạo, tập huấn, hướng dẫn thực hiện quy trình đóng gói, kết nối, giao nhận cho số hộ", "~",
      60),
])

# --------------------------------------------------------------------------
# 09 Lạng Sơn, digital stores of farmers (doanhnghiepvn.vn, no date line; "ngày
# 11/8/2021", "2/7/2021" → 2021). Results: "4.500 cửa hàng số, gian hàng số"; in
# the pilot, "1.062 hộ gia đình" with a digital store and "301 hộ gia đình"
# with an e-payment account. Target: "mục tiêu đạt 45.000 gian hàng số" (→ >=;
# no year stated → the document's 2021, a judgement). Counts, no id
# (econ.households_digital_store_share is a share). The section label "Kinh tế
# số" above the title was cut as page furniture → pillar null. Not quantities:
# "15 ngày" (a period), "gấp 5 lần" (a change against an earlier value), "2 sàn
# thương mại điện tử Postmart, Vỏ Sò" (the two platforms named), dates.
# --------------------------------------------------------------------------
D09 = dict(name="09_langson-cua-hang-so-2021", kind="result", year=2021, records=[
    R("phát triển «4.500 cửa hàng", "Lạng Sơn đã hỗ trợ nông dân phát triển cửa hàng số, gian hàng số trên thương mại điện tử "
      "(TMĐT)", "=", 4500, **CNT),
    R("mục tiêu đạt «45.000 gian", "gian hàng số", ">=", 45000, **CNT, kind="target"),
    R("đạt được «1.062 hộ", "hộ gia đình mở cửa hàng số để tự bán các sản phẩm nông sản của mình", "=", 1062, **CNT),
    R("có «301 hộ", "hộ gia đình đã mở tài khoản thanh toán điện tử", "=", 301, **CNT),
])

# --------------------------------------------------------------------------
# 10 Farm households on e-commerce, national and Lạng Sơn (vtv8.vtv.vn, no date
# line; "từ nay đến hết năm 2021" → 2021). Targets: the plan's "toàn bộ 13
# triệu hộ" (bare → >=) and "5 triệu hộ" by the end of 2021 (→ >=). Results of
# Lạng Sơn after one month: "gần 21.000 cửa hàng số" (op ~) and "hơn 4.000 loại
# hàng hóa" put online (op >; econ.ecommerce_products_count, a judgement),
# each with place "Lạng Sơn" (a national page). Not quantities: "hơn 20 đơn
# hàng" a day of one farmer (an anecdote, not an indicator; a judgement), "2
# doanh nghiệp bưu chính" (two firms named), "1 tháng" (periods), "1034" (a
# decision's number). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-ho-nong-nghiep-len-san-2021", kind="result", year=2021, records=[
    R("toàn bộ «13 triệu hộ", "kế hoạch đưa toàn bộ hộ sản xuất nông nghiệp, hộ kinh doanh cá thể lên sàn thương mại điện tử",
      ">=", 13e6, **CNT, kind="target"),
    R("có gần «21.000 cửa hàng", "cửa hàng số", "~", 21000, **CNT, place="Lạng Sơn"),
    R("và hơn «4.000 loại", "loại hàng hóa được đưa lên Internet", ">", 4000, **CNT, place="Lạng Sơn",
      iid="econ.ecommerce_products_count"),
    R("sẽ có «5 triệu hộ", "hộ hoàn thành việc đưa hàng hóa lên thương mại điện tử", ">=", 5e6, **CNT, kind="target"),
])

# --------------------------------------------------------------------------
# 11 Nghệ An, growing-area codes (nongnghiephuuco.vn, no date line; "Tính đến
# đầu năm 2025" → 2025). "118 mã số vùng trồng nội địa" (a count) and their
# area "hơn 913 ha" (op >, unit other "ha"). No id (econ.traceable_products_share
# is a share of products). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_nghean-ma-so-vung-trong-2025", kind="result", year=2025, records=[
    R("cấp «118 mã số", "toàn tỉnh Nghệ An đã được cấp mã số vùng trồng nội địa", "=", 118, **CNT),
    R("diện tích hơn «913 ha", "tổng diện tích mã số vùng trồng nội địa", ">", 913, unit="other", unit_text="ha"),
])

# --------------------------------------------------------------------------
# 12 Hải Dương and others, traceability of farm produce (vip.rgbet01.com, a copy
# on a betting-named site; its first sentence runs words together as printed;
# "Tính đến trung tuần tháng 12/2022" → 2022). Results: "3 địa phương ... đã
# hoàn thành nhiệm vụ này" (of the 4 assigned); "trên 20 công ty, hợp tác xã,
# tổ sản xuất" tracing their products (op >); "261 mã số vùng trồng phục vụ
# xuất khẩu", of which "241" for fruit trees and "20 mã s..." (the excerpt
# ends inside the word: recorded, the subject as written being the indicator,
# as set43 did with cut predicates). Counts, no id. Not quantities: "4 địa
# phương" (the localities assigned the task: a denominator of the 3, a
# judgement), "năm 2022" of the plan, "12/2022".
# --------------------------------------------------------------------------
D12 = dict(name="12_haiduong-truy-xuat-nguon-goc-2022", kind="result", year=2022, records=[
    R("có «3 địa phương", "địa phương gồm Hải Dương, Hưng Yên và Sơn La đã hoàn thành nhiệm vụ này", "=", 3, **CNT),
    R("có trên «20 công ty", "công ty, hợp tác xã, tổ sản xuất thực hiện truy xuất nguồn gốc sản phẩm trước khi đưa ra thị "
      "trường", ">", 20, **CNT),
    R("cấp được «261 mã", "toàn tỉnh Hải Dương đã xây dựng và cấp được mã số vùng trồng phục vụ xuất khẩu", "=", 261, **CNT),
    R("trong đó «241 mã", "mã số vùng trồng cây ăn quả", "=", 241, **CNT),
    R("và «20 mã s", "mã s", "=", 20, **CNT, note="the excerpt ends inside the word"),
])

# --------------------------------------------------------------------------
# 13 Bình Định, "Chợ 4.0" markets (lamdongtv.vn, no date line; "triển khai từ
# năm 2022, đến nay" → year null). One count, "10 chợ 4.0" (no id:
# econ.merchants_cashless_share is a share). Not quantities: "4.0" in the name
# "Chợ 4.0", "năm 2022" (the start). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_binhdinh-cho-4-0", kind="result", year=None, records=[
    R("đã có «10 chợ", "trên địa bàn tỉnh Bình Định đã có chợ 4.0", "=", 10, **CNT),
])

# --------------------------------------------------------------------------
# 14 Tourism and digital transformation, national figures of 2024
# (tcanninhmang.vn, no date line; "Năm 2024" → 2024). Domestic visitors "khoảng
# 110 triệu lượt", international visitors "khoảng 17,5 triệu lượt" (counts,
# op ~), revenue "khoảng 850.000 tỷ đồng" (unit other "đồng", op ~). No id.
# Not quantities: "tăng gần 39% so với năm 2023" (a change against an earlier
# value, spec), "57-NQ/TW", "22/12/2024", "3D", "360 độ" (names of
# techniques). Pillar null.
# --------------------------------------------------------------------------
D14 = dict(name="14_ca-nuoc-du-lich-so-2024", kind="result", year=2024, NOT=["tăng gần «39% so với"], records=[
    R("đạt khoảng «110 triệu", "lượng khách nội địa", "~", 110e6, **CNT),
    R("khoảng «17,5 triệu", "lượt khách quốc tế", "~", 17.5e6, **CNT),
    R("đạt khoảng «850.000 tỷ", "tổng doanh thu", "~", 850000e9, unit="other", unit_text="đồng"),
])

# --------------------------------------------------------------------------
# 15 Huế, smart tourism (amp.cand.com.vn; the byline "07:07 01/08/2025" moved
# to `date 2025-08`): a precision text with no quantity under the contract (no
# gold record): "8 di sản thế giới" and "khoảng hơn 1.000 di tích lịch sử" the
# city keeps (a description of the place, not an indicator reached; a
# judgement), "hơn 1 năm" (a period), "tháng 7/2025" (a date).
# --------------------------------------------------------------------------
D15 = dict(name="15_hue-du-lich-thong-minh-precision", kind="result", year=2025, records=[])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
