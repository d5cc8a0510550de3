#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set172).

Copied from set171's builder (itself from set165's, set163's, set161's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece of
the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a change against an earlier value);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set171, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, ECO, HR, INFRA, CNT  # noqa: E402

# --------------------------------------------------------------------------
# 01 Cà Mau, the province's plan carrying out the national data strategy to 2030, as the
# province's legal-education portal summarises it (pbgdpl.camau.gov.vn; cut: the photo caption
# "Ảnh minh hoạ (nguồn: báo điện tử Chính phủ)" with its blank line; no byline; the excerpt ends in
# "có nhu cầu kết"). Targets; year null: the excerpt names no year (the horizon 2030 stands only in
# the page's address and title, not in the text; a judgement, as the spec's "null when nothing in
# the text says"). Pillar null: no heading. "Các nền tảng điện toán đám mây của tỉnh và các nền
# tảng ứng dụng trên thiết bị di động đảm bảo sẵn sàng đáp ứng 100% nhu cầu lưu trữ, thu thập, kết
# nối, chia sẻ dữ liệu, ..." (a bare 100% in a target: >=; id null), "100% các cơ sở dữ liệu quốc
# gia trong danh mục ..., triển khai hoàn thành việc số hóa, cập nhật và đưa vào sử dụng hiệu quả"
# (>=, data.national_databases_completed_share; a judgement: completed and in use). The sentence
# cut by the excerpt ("Các cơ sở dữ liệu dùng chung và chuyên ngành ... có nhu cầu kết") states no
# number. No other number.
# --------------------------------------------------------------------------
D01 = dict(name="01_camau-chien-luoc-du-lieu-muc-tieu", kind="target", year=None, records=[
    R("đáp ứng «100% nhu cầu", "Các nền tảng điện toán đám mây của tỉnh và các nền tảng ứng dụng trên thiết bị di động đảm bảo sẵn sàng đáp ứng nhu cầu lưu trữ, thu thập, kết nối, chia sẻ dữ liệu",
      ">=", 100),
    R("«100% các cơ sở dữ liệu quốc gia", "các cơ sở dữ liệu quốc gia trong danh mục cơ sở dữ liệu quốc gia, triển khai hoàn thành việc số hóa, cập nhật và đưa vào sử dụng hiệu quả",
      ">=", 100, iid="data.national_databases_completed_share"),
])

# --------------------------------------------------------------------------
# 02 Thái Nguyên, the opening of the provincial Data Centre (Trung tâm Dữ liệu tỉnh) on 13/3/2026
# (dientuungdung.vn; the crawler's stamp " date 2026-03-13" kept on the first line as returned; no
# cut; the excerpt ends in "dữ liệu hiể"). One result of 2026 (the stamp): "Đến nay, kho dữ liệu
# của tỉnh đã tích hợp 42 cơ sở dữ liệu" (=, count; id null: the catalogue counts databases built,
# data.shared_databases_count, and these are databases integrated into the warehouse; a judgement).
# Pillar null (no heading). Not quantities: the stamp; "C-ThaiNguyen" (a name).
# --------------------------------------------------------------------------
D02 = dict(name="02_thainguyen-trung-tam-du-lieu-2026", kind="result", year=2026, records=[
    R("tích hợp «42 cơ sở", "kho dữ liệu của tỉnh đã tích hợp cơ sở dữ liệu", "=", 42, **CNT),
])

# --------------------------------------------------------------------------
# 03 Thanh Hóa, solutions for building databases for comprehensive digital transformation
# (baothanhhoa.vn; the crawler's stamp " date 2025-11-12" kept on the first line with the title,
# as returned; no cut: the line "Phòng Kinh tế xã Hậu Lộc phối hợp ... trên địa bàn." reads as the
# photo's caption but is a sentence of the page and stays (no "Ảnh:" mark; a judgement); the
# excerpt ends in "(bao gồm: đất "). One target: "mục tiêu xây dựng 12 CSDL trọng yếu" (a bare
# number in a target: >=, count, data.shared_databases_count). Year 2025: the sentence names no
# year; the plan it details (Kế hoạch 204/KH-UBND of 23/9/2025) and the stamp give 2025 (spec:
# inferred from the document). Pillar null. Not quantities: "57-NQ/TW", "22/12/2024", "214/NQ-CP",
# "23/7/2025", "204/KH-UBND", "23/9/2025" (document numbers and dates), the stamp.
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-tao-lap-du-lieu-2025", kind="target", year=2025, records=[
    R("xây dựng «12 CSDL", "xây dựng CSDL trọng yếu", ">=", 12, **CNT, iid="data.shared_databases_count"),
])

# --------------------------------------------------------------------------
# 04 Đà Nẵng, 5G coverage in 2025 (baodanang.vn; the crawler's stamp " date 2025-08-23" kept on
# the first line with the category "Khoa học - Công nghệ" and the title, as returned; cut: the
# photo caption "Các doanh nghiệp viễn thông ... Trong ảnh: ... Ảnh: MAI QUẾ" with one blank line
# (the run of blank lines after it stays as returned); the excerpt ends in "phủ sóng ch"). The
# city's target "đến hết năm 2025, 100% khu vực dân cư thành phố sẽ được phủ sóng 5G" (>=, 2025,
# infra.fiveg_coverage_share; pillar null: it stands in the lead, above any heading). Under the
# sub-heading "Nâng cấp, mở rộng mạng lưới" (the mobile network: a topic of hạ tầng số, as the
# spec's "mạng viễn thông"; a judgement) → digital_infrastructure: the result "lưu lượng 5G
# chiếm 30% tổng lưu lượng 4G và 5G" (=, 2025: MobiFone's project of 7/3-23/5/2025; id null).
# NOT: "tổng lưu lượng data tăng 20%" and "tỷ lệ nghẽn mạng 4G cải thiện hơn 90%" (a result's
# change against an earlier value). Not quantities: "giai đoạn 1 - 2025" (a phase's name), "7/3",
# "23/5/2025" (dates), "trước hạn 3 tuần" (ahead of a deadline), "4G", "5G" (names), the stamp.
# --------------------------------------------------------------------------
D04 = dict(name="04_danang-phu-song-5g-2025", kind="target", year=2025, records=[
    R("2025, «100% khu vực dân cư", "khu vực dân cư thành phố được phủ sóng 5G", ">=", 100,
      iid="infra.fiveg_coverage_share"),
    R("chiếm «30% tổng lưu lượng", "lưu lượng 5G chiếm tổng lưu lượng 4G và 5G", "=", 30,
      kind="result", pillar=INFRA),
], NOT=["data tăng «20%", "cải thiện hơn «90%"])

# --------------------------------------------------------------------------
# 05 Phú Thọ, digital infrastructure after the merger of Phú Thọ, Vĩnh Phúc and Hòa Bình
# (vjst.vn, the print page; no cut; no byline; the excerpt ends in "tài liệu một các"). Results
# without a year: "Đến nay" on an undated page ("đến năm 2030" is the strategy's horizon, not the
# year of the results; a judgement). Pillar digital_infrastructure: the sub-heading "Hạ tầng số
# sau hợp nhất tỉnh" names hạ tầng số and stands above both records (a paragraph break, no new
# heading; the heading decides for the certificates too). "Tỷ lệ cư dân sở hữu thiết bị di động
# thông minh vượt quá 90%" (>: "vượt quá"; id null: residents, not the catalogue's adults or
# households), "Hơn 3.800 chứng chỉ điện tử bảo mật đã được phân phối cho các cơ quan và cá nhân
# trong hệ thống chính trị" (>, count, egov.digital_certificates_issued_count). Not quantities:
# "2030", "hai cấp hành chính", "ba tỉnh cũ" (the merged provinces), "4G", "5G".
# --------------------------------------------------------------------------
D05 = dict(name="05_phutho-ha-tang-so-sau-hop-nhat", kind="result", year=None, records=[
    R("vượt quá «90%", "Tỷ lệ cư dân sở hữu thiết bị di động thông minh", ">", 90, pillar=INFRA),
    R("Hơn «3.800 chứng chỉ", "chứng chỉ điện tử bảo mật đã được phân phối cho các cơ quan và cá nhân trong hệ thống chính trị",
      ">", 3800, **CNT, pillar=INFRA, iid="egov.digital_certificates_issued_count"),
])

# --------------------------------------------------------------------------
# 06 Lào Cai, the provincial plan for breakthroughs in science and technology, innovation and
# digital transformation 2025-2030 (doingoailaocai.vn; no cut; no byline; the excerpt ends in
# "hoạt động đổi mớ"). Targets of 2030 (the sub-heading "19 chỉ tiêu đến năm 2030"). Pillars from
# the lead-ins: "Kinh tế số và chuyển đổi số:" names one pillar (kinh tế số; "chuyển đổi số" is
# none) → digital_economy for its list; "Phát triển nguồn nhân lực:" → digital_human_resources (the
# plan's human resources for digital transformation; a judgement). "Phát triển hạ tầng số:" opens a
# list with no number. Economy: "Kinh tế số đóng góp tối thiểu 20% vào GRDP" (>=,
# econ.digital_economy_gdp_share), "100% doanh nghiệp đang hoạt động ứng dụng khoa học, công nghệ,
# công nghệ số ..." (>=; id null), "80% giao dịch không dùng tiền mặt ..." (>=,
# econ.cashless_transactions_share). Human resources: "Tối thiểu 50% lao động được trang bị kỹ năng
# số cơ bản" (>=, hr.workforce_basic_digital_skills_share) "và 20% có kỹ năng số chuyên sâu" (>=,
# the labour force's advanced skills; id null); "100% cán bộ, công chức, viên chức và 80% người dân
# nông thôn, 100% người dân đô thị, 100% doanh nghiệp được đào tạo về khoa học, công nghệ, đổi mới
# sáng tạo và chuyển đổi số": one predicate shared by four subjects; civil servants and firms are
# subjects of their own (scope null; hr.civil_servants_dx_trained_share for the first, id null for
# the firms), the rural and urban people one measure split by population group (scopes "nông
# thôn", "đô thị", the spec's thành thị / nông thôn; id null: trained in S&T, innovation and DX, not
# the catalogue's basic digital skills; a judgement). Not quantities: "19 chỉ tiêu" (the count of
# the plan's targets, like a count of tasks), "2025-2030", "2045", "2030", "5G", "6G" (names).
# --------------------------------------------------------------------------
TRAIN = "được đào tạo về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
D06 = dict(name="06_laocai-khcn-cds-chi-tieu-2030", kind="target", year=2030, records=[
    R("tối thiểu «20% vào GRDP", "Kinh tế số đóng góp vào GRDP của tỉnh", ">=", 20, pillar=ECO,
      iid="econ.digital_economy_gdp_share"),
    R("tỉnh; «100% doanh nghiệp đang", "doanh nghiệp đang hoạt động ứng dụng khoa học, công nghệ, công nghệ số trong sản xuất, kinh doanh và quản trị",
      ">=", 100, pillar=ECO),
    R("quản trị; «80% giao dịch", "giao dịch không dùng tiền mặt trong các hoạt động kinh tế - xã hội", ">=", 80, pillar=ECO,
      iid="econ.cashless_transactions_share"),
    R("Tối thiểu «50% lao động", "lao động được trang bị kỹ năng số cơ bản", ">=", 50, pillar=HR,
      iid="hr.workforce_basic_digital_skills_share"),
    R("và «20% có kỹ năng", "lao động có kỹ năng số chuyên sâu", ">=", 20, pillar=HR),
    R("chuyên sâu; «100% cán bộ", "cán bộ, công chức, viên chức " + TRAIN, ">=", 100, pillar=HR,
      iid="hr.civil_servants_dx_trained_share"),
    R("và «80% người dân nông thôn", "người dân " + TRAIN, ">=", 80, pillar=HR, scope="nông thôn"),
    R("«100% người dân đô thị", "người dân " + TRAIN, ">=", 100, pillar=HR, scope="đô thị"),
    R("«100% doanh nghiệp được đào tạo", "doanh nghiệp " + TRAIN, ">=", 100, pillar=HR),
])

# --------------------------------------------------------------------------
# 07 Hà Nội, the city police's AI cameras (amp.vtcnews.vn; the crawler's stamp " date 2025-10-23"
# and the agency's tag "(VTC News) -" on the first line, kept as returned; cut: the photo caption
# "Phòng CSGT Hà Nội lắp đặt camera AI tại nút giao Phạm Hùng - Khuất Duy Tiến." with one blank
# line; the excerpt ends in "an nin"). One target: "Theo kế hoạch, 1.873 camera AI của Công an TP
# Hà Nội vận hành từ tháng 12/2025" (a planned number with no comparator: >=, count, 2025,
# city.surveillance_cameras_count). Pillar null. Not quantities: "quay quét 360 độ" and "ở khoảng
# cách xa 500-700m" (the device's features: its rotation and its range, no indicator of the city's
# transformation; a judgement), "23/10", "12/2025" (dates), the stamp.
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-camera-ai-2025", kind="target", year=2025, records=[
    R("kế hoạch, «1.873 camera", "camera AI của Công an TP Hà Nội vận hành", ">=", 1873, **CNT,
      iid="city.surveillance_cameras_count"),
])

# --------------------------------------------------------------------------
# 08 Hưng Yên, Nghĩa Trụ commune's AI kiosk and chatbot for administrative procedures (dantri.com.vn;
# the crawler's stamp " date 2025-12-31" kept on the first line with the title, as returned; no
# cut; the excerpt ends in "củng cố niề"). Results of 2025 (17/12-26/12, the stamp). "đã có 250 hồ
# sơ trực tuyến được nộp qua Kiosk" (=, count, egov.online_applications_count), "Thời gian nộp hồ
# sơ trung bình chỉ 1,4 phút/hồ sơ" (=, other, unit_text "phút/hồ sơ"; id null). Not quantities:
# "so với 5-10 phút trước đây" (the undated earlier value the result is compared with, no result
# of its own; a judgement), "24/7" (hours of service), "30/12", "17/12", "26/12" (dates), the stamp.
# --------------------------------------------------------------------------
D08 = dict(name="08_hungyen-nghiatru-kiosk-ai-2025", kind="result", year=2025, records=[
    R("đã có «250 hồ sơ", "hồ sơ trực tuyến được nộp qua Kiosk", "=", 250, **CNT,
      iid="egov.online_applications_count"),
    R("chỉ «1,4 phút", "Thời gian nộp hồ sơ trung bình", "=", 1.4, unit="other", unit_text="phút/hồ sơ"),
])

# --------------------------------------------------------------------------
# 09 Phú Thọ, the Ministry of Public Security's survey of the shared information systems before the
# merger of Phú Thọ, Vĩnh Phúc and Hòa Bình (dantri.com.vn; the crawler's stamp " date 2025-06" kept
# on the first line as returned; cut: the photo caption "Thượng tướng Nguyễn Văn Long, ... (Ảnh:
# Công an Phú Thọ)." with one blank line; the excerpt ends in "đã tích hợp trên"). Targets of 2025
# (the deadlines 28/6 and 30/6 of the stamp's year): "phấn đấu đến ngày 28/6 hoàn thành cập nhật
# 100% thủ tục hành chính thuộc thẩm quyền giải quyết của địa phương, đồng bộ trên ..." (>=; id
# null), "Trước ngày 30/6, địa phương sẽ cung cấp 25 dịch vụ công trực tuyến toàn trình" (>=,
# count, egov.full_online_services_count). Pillar null. Not quantities: "2 cấp" (twice, the levels
# of local government), "3 tỉnh" (twice, the merged provinces), "26/6", "28/6", "30/6" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_phutho-he-thong-dung-chung-2025", kind="target", year=2025, records=[
    R("cập nhật «100% thủ tục", "thủ tục hành chính thuộc thẩm quyền giải quyết của địa phương hoàn thành cập nhật, đồng bộ trên các hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh",
      ">=", 100),
    R("cung cấp «25 dịch vụ", "dịch vụ công trực tuyến toàn trình đã tích hợp trên", ">=", 25, **CNT,
      iid="egov.full_online_services_count"),
])

# --------------------------------------------------------------------------
# 10 Thái Nguyên, the memorandum on investing in a provincial data centre of at least 20 MW
# (nongnghiepmoitruong.vn; cut: the widget line "| Hotline: 0983.970.780", the byline "Thứ Năm
# 19/06/2025 , 18:29 (GMT+7)" (→ "date 2025-06-19") and the photo caption "Lễ ký kết Biên bản ghi
# nhớ ... Ảnh: TNGOP." printed twice, each with one blank line; the excerpt ends in "phát triể").
# The planned capacity "Trung tâm Dữ liệu tỉnh có công suất tối thiểu 20MW" stated in the lead and
# again in the body: a record at each place (as set171's 04), target (a plan's figure), >=
# ("tối thiểu"), other, unit_text "MW", year 2025 (the date line; no year of completion is named);
# id null. Pillar null. Not quantities: "với 2 doanh nghiệp" (the parties to the memorandum),
# "19/6" (a date), "địa phương thứ hai tại miền Bắc" (written in words).
# --------------------------------------------------------------------------
D10 = dict(name="10_thainguyen-trung-tam-du-lieu-20mw-2025", kind="target", year=2025, records=[
    R("tối thiểu «20MW với", "Trung tâm Dữ liệu tỉnh có công suất", ">=", 20, unit="other", unit_text="MW"),
    R("tối thiểu «20MW, được", "Trung tâm Dữ liệu tỉnh Thái Nguyên có công suất", ">=", 20, unit="other", unit_text="MW"),
])

# --------------------------------------------------------------------------
# 11 Kon Tum, the provincial plan carrying out the national AI strategy (Quyết định 127/QĐ-TTg) for
# 2025-2030 (skhdt.kontum.gov.vn; no cut; the excerpt ends in "phát tri", inside the general aims).
# A precision text: grounds, purposes and general aims, no quantity. Not quantities: "127/QĐ-TTg"
# (three times), "26 tháng 01 năm 2021" (a date), "2030" (twice), "2025-2030", the list numbers
# "1.", "2." and "I.", "II.".
# --------------------------------------------------------------------------
D11 = dict(name="11_kontum-ke-hoach-ai-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Cần Thơ, plan 193/KH-UBND of 15/12/2025 on online, data-driven direction and administration
# (pbgdpl.cantho.gov.vn; no cut; the excerpt ends in "trên địa bàn thành phố và c"). A precision
# text: the plan's date, number, horizons and general aims, no quantity. Not quantities:
# "15/12/2025", "193/KH-UBND", "năm 2025", "2030" (twice), "1012/QĐ-TTg", "20 tháng 9 năm 2024",
# "2024 - 2025", the list number "1.".
# --------------------------------------------------------------------------
D12 = dict(name="12_cantho-193-du-lieu-precision", kind="target", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
