#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set7).

Adapted from /work/shared/eval/gold/build_gold.py. Each record is written by
hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must
occur exactly once in the text; the anchor is where « stands. `start`/`end`
(the clause that states the quantity) are computed as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left
without a record (percentages that are not quantities under the contract,
e.g. "đạt 79% mục tiêu", "tăng 2,84% so với năm 2022"); check_gold.py
verifies that every percentage has a record or a NOT entry.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, clause_span, num_out, locate  # noqa: E402
from goldkit import GOV, ECO, SOC, INFRA, HR  # noqa: E402  (the shorthand every builder shares)

DATA = "digital_data"


HSCV = "hồ sơ công việc được xử lý trên môi trường mạng"
DIEM = dict(unit="other", unit_text="điểm")

# --------------------------------------------------------------------------
# 01 Long An, news on the programme's targets to 2025; all targets, no
# heading or lead-in naming a pillar.
# --------------------------------------------------------------------------
D01 = dict(name="01_longan-muc-tieu-2025", kind="target", year=2025, records=[
    # "Theo đó, mục tiêu đến năm 2025, có 100% ..." ("mức độ 3, 4" are levels, not quantities)
    R("có «100% thủ tục hành chính", "thủ tục hành chính đáp ứng yêu cầu triển khai dịch vụ công trực tuyến mức độ 3, 4", ">=", 100),
    R("; «80% dịch vụ công trực tuyến mức độ 4", "dịch vụ công trực tuyến mức độ 4", ">=", 80),
    R("; «90% hồ sơ công việc tại cấp tỉnh", HSCV, ">=", 90, scope="cấp tỉnh"),
    R("«80% hồ sơ công việc tại cấp huyện", HSCV, ">=", 80, scope="cấp huyện"),
    R("«60% hồ sơ công việc tại cấp xã", HSCV, ">=", 60, scope="cấp xã"),
    R("; «100% cơ quan nhà nước từ cấp tỉnh", "cơ quan nhà nước từ cấp tỉnh đến cấp huyện xây dựng và triển khai hệ thống thông tin, cơ sở dữ liệu chuyên ngành", ">=", 100),
    # "Phấn đấu đạt 20% tỷ trọng kinh tế số ..."
    R("đạt «20% tỷ trọng kinh tế số", "tỷ trọng kinh tế số đóng góp vào GRDP của tỉnh", ">=", 20),
    R("; «90% doanh nghiệp ứng dụng", "doanh nghiệp ứng dụng công nghệ thông tin trong hoạt động sản xuất kinh doanh", ">=", 90),
    R("; «70% doanh nghiệp cung cấp", "doanh nghiệp cung cấp dịch vụ tiếp cận và tham gia vào các hoạt động giao dịch điện tử trên môi trường mạng", ">=", 70),
    R("; «50% người dùng smartphone", "người dùng smartphone được tiếp cận với các dịch vụ chính quyền điện tử, dịch vụ đô thị thông minh", ">=", 50),
    R("; «50% người dân có tài khoản", "người dân có tài khoản tham gia vào hoạt động thanh toán điện tử", ">=", 50),
])

# --------------------------------------------------------------------------
# 02 Đồng Tháp, news 2023-10: ranking targets, DTI 2022 ranks, results of
# the agriculture sector to 09/2023.
# --------------------------------------------------------------------------
RES23 = dict(kind="result", year=2023)
D02 = dict(name="02_dongthap-ket-qua-2023", kind="result", year=2023, records=[
    # first paragraph: targets for 2025 and 2030
    R("nằm trong top «25 và", "tỉnh, thành phố có chỉ số chuyển đổi số tốt nhất của cả nước", "<=", 25, unit="rank", kind="target", year=2025),
    R("nằm trong top «20 tỉnh", "tỉnh, thành phố có chỉ số chuyển đổi số tốt nhất của cả nước", "<=", 20, unit="rank", kind="target", year=2030),
    # "năm 2022 Đồng Tháp đứng thứ 39/63 ... và đứng thứ 9/13 ..." ("tăng 10 hạng": a change, no record)
    R("đứng thứ «39/63", "chỉ số chuyển đổi số, tỉnh, thành phố trên cả nước", "=", 39, unit="rank", year=2022),
    R("đứng thứ «9/13", "chỉ số chuyển đổi số, tỉnh, thành phố khu vực Đồng bằng sông Cửu Long", "=", 9, unit="rank", year=2022),
    # "Lĩnh vực Nông nghiệp" (not a pillar heading); results to 09/2023
    R("lắp đặt «06 Trạm", "Trạm quan trắc nước", "=", 6, unit="count"),
    R("«15 Trạm giám sát", "Trạm giám sát côn trùng sử dụng công nghệ IoT, AI", "=", 15, unit="count"),
    R("vận hành «28 phần mềm", "phần mềm/CSDL đang duy trì vận hành", "=", 28, unit="count"),
    R("có «19 phần mềm", "phần mềm/CSDL do các đơn vị thuộc trung ương triển khai", "=", 19, unit="count"),
    R("«09 phần mềm", "phần mềm/CSDL do Sở Nông nghiệp", "=", 9, unit="count"),
])

# --------------------------------------------------------------------------
# 03 Đồng Nai, news on the digital economy / society plan to 2025; targets.
# --------------------------------------------------------------------------
D03 = dict(name="03_dongnai-kts-xhs-2025", kind="target", year=2025, records=[
    # headline
    R("của tỉnh đạt «20%\n", "tỉ trọng kinh tế số của tỉnh", ">=", 20),
    # "Về phát triển kinh tế số, phấn đấu đến năm 2025, ..." (the lead-in holds for its paragraph)
    R("đạt «20% GDP", "tỉ trọng kinh tế số của tỉnh", ">=", 20, pillar=ECO),
    R("tối thiểu «10%", "tỉ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10, pillar=ECO),
    R("đạt «2%", "tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động", ">=", 2, pillar=ECO),
    R("Phấn đấu «50% số xã", "số xã và các đơn vị hành chính tương đương trên địa bàn tỉnh có thương nhân thực hiện hoạt động bán hàng hóa hoặc cung ứng dịch vụ trực tuyến", ">=", 50, pillar=ECO),
    R("; «100% các đơn vị cung ứng", "các đơn vị cung ứng dịch vụ điện, nước, viễn thông, truyền hình trả tiền triển khai thu cước, phí theo hình thức không dùng tiền mặt", ">=", 100, pillar=ECO),
    # "Về phát triển xã hội số, kế hoạch đề ra các mục tiêu cơ bản đến năm 2025 như: ..."
    R("điện thoại thông minh đạt «80%", "tỷ lệ dân số trưởng thành có điện thoại thông minh", ">=", 80, pillar=SOC),
    R("cá nhân đạt trên «50%", "tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">", 50, pillar=SOC),
    R("4G/5G đạt «100%", "tỷ lệ ấp/khu phố được phủ sóng mạng di động 4G/5G", ">=", 100, pillar=SOC),
    R("sức khỏe điện tử đạt «90%", "tỷ lệ người dân có hồ sơ sức khỏe điện tử", ">=", 90, pillar=SOC),
])

# --------------------------------------------------------------------------
# 04 Cà Mau, news on the provincial resolution: targets for 2025 and 2030.
# --------------------------------------------------------------------------
D04 = dict(name="04_camau-nghi-quyet-cds", kind="target", year=2025, records=[
    R("chiếm «20% GRDP", "kinh tế số chiếm GRDP của tỉnh", ">=", 20, year=2030),
    # "Trong đó, đến năm 2025, ..."
    R("năm 2025, «100% thủ tục hành chính", "thủ tục hành chính (TTHC) đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến (DVCTT) mức độ 4", ">=", 100),
    R("mức độ 4. «100% người dân", "người dân và doanh nghiệp (DN) sử dụng DVCTT được định danh và xác thực điện tử", ">=", 100),
    R("«90% hồ sơ công việc tại cấp tỉnh", HSCV, ">=", 90, scope="cấp tỉnh"),
    R("«80% hồ sơ công việc tại cấp huyện", HSCV, ">=", 80, scope="cấp huyện"),
    R("«60% hồ sơ công việc tại cấp xã", HSCV, ">=", 60, scope="cấp xã"),
    # "Đến năm 2030, ..." (targets stated as changes are quantities)
    R("Đến năm 2030, «100% DVCTT", "DVCTT mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động", ">=", 100, year=2030),
    R("giảm «30% thời gian", "giảm thời gian giải quyết TTHC", ">=", 30, year=2030),
    R("tăng «30% dịch vụ", "tăng dịch vụ sáng tạo dựa trên dữ liệu phục vụ người dân, DN", ">=", 30, year=2030),
    R("DN. «70% hoạt động kiểm tra", "hoạt động kiểm tra, đánh giá của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý", ">=", 70, year=2030),
])

# --------------------------------------------------------------------------
# 05 Tây Ninh, DTI 2022 announcement (page 2023-07); all results.
# --------------------------------------------------------------------------
D05 = dict(name="05_tayninh-dti-2022", kind="result", year=2022, records=[
    # headline
    R("Tây Ninh xếp thứ «40/63 tỉnh, thành phố\n", "Chỉ số Chuyển đổi số", "=", 40, unit="rank"),
    # "Theo đó, Tây Ninh xếp thứ 40/63 ... với 0,5638 điểm, tăng 4 bậc so với năm 2021 (xếp thứ 44 với 0,3426 điểm)."
    R("Tây Ninh xếp thứ «40/63 tỉnh, thành phố trong", "kết quả chuyển đổi số (DTI)", "=", 40, unit="rank"),
    R("với «0,5638 điểm", "kết quả chuyển đổi số (DTI)", "=", 0.5638, **DIEM),
    R("xếp thứ «44 với", "kết quả chuyển đổi số (DTI)", "=", 44, unit="rank", year=2021),
    R("với «0,3426 điểm", "kết quả chuyển đổi số (DTI)", "=", 0.3426, year=2021, **DIEM),
    # the three pillars, each named just before its bracket
    R("xếp thứ «31/63", "thứ hạng chính quyền số", "=", 31, unit="rank", pillar=GOV),
    R("với «0,66 điểm", "điểm số chính quyền số", "=", 0.66, pillar=GOV, **DIEM),
    R("xếp thứ «33/63", "thứ hạng kinh tế số", "=", 33, unit="rank", pillar=ECO),
    R("với «0,5612 điểm", "điểm số kinh tế số", "=", 0.5612, pillar=ECO, **DIEM),
    R("xếp thứ «47/63", "xã hội số", "=", 47, unit="rank", pillar=SOC),
    R("với «0,1089 điểm", "xã hội số", "=", 0.1089, pillar=SOC, **DIEM),
    # "dưới mức 0,5 điểm": a benchmark, not a value reached: no record
])

# --------------------------------------------------------------------------
# 06 Trà Vinh, Kế hoạch 37/KH-UBND (2023), part I: results of 2022.
# "(đạt 79% mục tiêu)", "(đạt 100% mục tiêu)", "(đạt 100% so với kế hoạch)":
# a result's ratio to its own target, like "vượt chỉ tiêu 6%": no record.
# --------------------------------------------------------------------------
D06 = dict(name="06_travinh-kh37-2023", kind="result", year=2022, records=[
    # "1. Về hạ tầng kỹ thuật công nghệ thông tin:"
    R("; «100% công chức, viên chức", "công chức, viên chức trong cơ quan hành chính nhà nước được trang bị máy vi tính", "=", 100, pillar=INFRA),
    R("trên «74% người dân", "người dân sử dụng Internet", ">", 74, pillar=INFRA),
    R("trên «60% dân số", "dân số trên địa bàn tỉnh có điện thoại thông minh", ">", 60, pillar=INFRA),
    R("băng rộng đạt «59,25%", "tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng", "=", 59.25, pillar=INFRA),
    R("; «100% xã, phường, thị trấn được phủ sóng", "xã, phường, thị trấn được phủ sóng thông tin di động 4G", "=", 100, pillar=INFRA),
    # "2. Về ứng dụng công nghệ thông tin:" (the e-government chapter)
    R("«83,21% hồ sơ công việc tại cấp tỉnh", "hồ sơ công việc được xử lý trên hệ thống Quản lý văn bản và điều hành", "=", 83.21, scope="cấp tỉnh", pillar=GOV),
    R("«78,05% hồ sơ công việc tại cấp huyện", "hồ sơ công việc được xử lý trên hệ thống Quản lý văn bản và điều hành", "=", 78.05, scope="cấp huyện", pillar=GOV),
    R("«78,19% hồ sơ công việc tại cấp xã", "hồ sơ công việc được xử lý trên hệ thống Quản lý văn bản và điều hành", "=", 78.19, scope="cấp xã", pillar=GOV),
    R("; «100% báo cáo thống kê", "báo cáo thống kê về kinh tế xã hội phục vụ chỉ đạo, điều hành của UBND tỉnh, Chủ tịch UBND tỉnh được thực hiện qua hệ thống báo cáo kinh tế xã hội của UBND tỉnh", "=", 100, pillar=GOV),
    R("; «100% thủ tục hành chính (TTHC)", "thủ tục hành chính (TTHC) đủ điều kiện lên trực tuyến mức độ 4 trên Cổng dịch vụ công của tỉnh", "=", 100, pillar=GOV),
    R("; «72,52% dịch vụ công", "dịch vụ công trực tuyến có phát sinh hồ sơ", "=", 72.52, pillar=GOV),
    R("công khai «1.466 TTHC", "rà soát, công khai TTHC", "=", 1466, unit="count", pillar=GOV),
], NOT=[
    "Internet (đạt «100% mục tiêu)",
    "(đạt «79% mục tiêu)",
    "4G (đạt «100% mục tiêu)",
    "(đạt «100% so với kế hoạch)",
    "hồ sơ (đạt «100% mục tiêu)",
])

# --------------------------------------------------------------------------
# 07 Sóc Trăng, news on Nghị quyết 07-NQ/TU: targets for 2030 ("Phấn đấu
# đến năm 2030 ... Khi đó, ..."); the page excerpt ends mid-word.
# --------------------------------------------------------------------------
D07 = dict(name="07_soctrang-muc-tieu-2030", kind="target", year=2030, records=[
    R("Khi đó, «100% hồ sơ công việc", HSCV, ">=", 100, scope="cấp tỉnh"),
    R("; «90% đối với cấp huyện", HSCV, ">=", 90, scope="cấp huyện"),
    R("; «70% đối với cấp xã", HSCV, ">=", 70, scope="cấp xã"),
    R("; «70% hoạt động kiểm tra", "hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và các hệ thống thông tin của cơ quan", ">=", 70),
    # "Tỉnh phấn đấu kinh tế số chiếm 30% GRDP; ..."
    R("chiếm «30% GRDP", "kinh tế số chiếm GRDP", ">=", 30),
    R("tối thiểu «20%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 20),
    R("tối thiểu «8%", "năng suất lao động hằng năm tăng", ">=", 8),
    R("gia đình đạt «100%", "hạ tầng cáp quang đến hộ gia đình", ">=", 100),
    R("; «80% dân số có tài kho", "dân số có tài kho", ">=", 80, note="the stored excerpt ends mid-word (tài khoản ...)"),
])

# --------------------------------------------------------------------------
# 08 Cà Mau, news on results (data centre, data, platforms); no year is
# stated for the values ("đến nay"): year null.
# --------------------------------------------------------------------------
D08 = dict(name="08_camau-du-lieu-so", kind="result", year=None, records=[
    R("lên đến «135TB", "năng lực lưu trữ của Trung tâm Dữ liệu", "=", 135, unit="other", unit_text="TB"),
    # "dữ liệu số cũng không ngừng được tạo lập, đến nay đã ..."
    R("triển khai «13 cơ sở dữ liệu", "cơ sở dữ liệu (CSDL) dùng chung", "=", 13, unit="count"),
    R("và «86 tập dữ liệu mở", "tập dữ liệu mở của cơ quan Nhà nước trên địa bàn tỉnh", "=", 86, unit="count"),
    R("triển khai «69 hệ thống", "hệ thống thông tin, nền tảng số", "=", 69, unit="count"),
    R("và «3 nền tảng số", "nền tảng số có ứng dụng trí tuệ nhân tạo (AI)", "=", 3, unit="count"),
    R("kết nối «22 dịch vụ", "dịch vụ chia sẻ có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) sẵn sàng kết nối", "=", 22, unit="count"),
    R("có trên «13,7 triệu", "giao dịch dữ liệu phát sinh", ">", 13700000, unit="count"),
    # "tăng 15 dịch vụ kết nối và tăng 100% số lượng giao dịch so với năm 2022": changes, no record
], NOT=["và tăng «100% số lượng"])

# --------------------------------------------------------------------------
# 09 Kiên Giang, Kế hoạch 186/KH-UBND (24-12-2020): general aim to 2030,
# specific targets to 2025 (the excerpt ends mid-word).
# --------------------------------------------------------------------------
D09 = dict(name="09_kiengiang-kh186-2025", kind="target", year=2025, records=[
    # "1. Mục tiêu tổng quát" (2030)
    R("mô hình đến «100% các huyện", "nhân rộng mô hình đô thị thông minh đến các huyện trên địa bàn tỉnh", ">=", 100, year=2030),
    # "2.1. Mục tiêu cụ thể đến năm 2025"
    R("- «80% Dịch vụ công", "Dịch vụ công trực tuyến đạt mức độ 4 được cung cấp đa kênh, đa phương tiện truy cập, đặc biệt là thiết bị di động", ">=", 80),
    R("- «90% hồ sơ công việc tại cấp tỉnh", HSCV, ">=", 90, scope="cấp tỉnh"),
    R("; «80% hồ sơ công việc tại cấp huyện", HSCV, ">=", 80, scope="cấp huyện"),
    R("«60% hồ sơ công việc tại cấp xã", HSCV, ">=", 60, scope="cấp xã"),
    R("- «100% báo cáo định kỳ", "báo cáo định kỳ, báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của UBND tỉnh được thực hiện qua hệ thống thông tin báo cáo của tỉnh", ">=", 100),
])

# --------------------------------------------------------------------------
# 10 Bình Phước, news 2023-04: current DTI rank, 2023 targets.
# --------------------------------------------------------------------------
D10 = dict(name="10_binhphuoc-dti-muc-tieu-2023", kind="target", year=2023, records=[
    R("đứng thứ «9/63", "chỉ số chuyển đổi số (DTI)", "=", 9, unit="rank", kind="result",
      note="'hiện ... đứng thứ': no year in the text; the document's year (2023)"),
    # sub-heading
    R("«100% dân số được phủ sóng mạng di động\n", "dân số được phủ sóng mạng di động", ">=", 100),
    # "... mục tiêu cụ thể năm 2023 về hạ tầng số, Bình Phước phấn đấu ..."
    R("phấn đấu «70% dân số", "dân số trưởng thành có điện thoại thông minh", ">=", 70, pillar=INFRA),
    R("; «70% hộ gia đình", "hộ gia đình được phủ mạng internet băng thông rộng cáp quang", ">=", 70, pillar=INFRA),
    R("; «100% dân số được phủ sóng bởi", "dân số được phủ sóng bởi mạng di động", ">=", 100, pillar=INFRA),
    # "Về chính quyền số, ..."
    R("Về chính quyền số, «100% thủ tục", "thủ tục hành chính đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình", ">=", 100, pillar=GOV),
    R("(toàn trình) đạt «60%", "tỷ lệ hồ sơ thủ tục hành chính xử lý hoàn toàn trực tuyến (toàn trình)", ">=", 60, pillar=GOV),
])

# --------------------------------------------------------------------------
# 11 Bình Phước, programme "chuyển đổi số trong xây dựng nông thôn mới"
# 2022-2025: targets for 2025.
# --------------------------------------------------------------------------
D11 = dict(name="11_binhphuoc-ntm-thong-minh", kind="target", year=2025, records=[
    # "... việc phát triển chính quyền số trong xây dựng nông thôn mới ... Theo đó, ..."
    R("Theo đó, «90% hồ sơ công việc cấp tỉnh", HSCV, ">=", 90, scope="cấp tỉnh", pillar=GOV),
    R("«80% hồ sơ công việc cấp huyện", HSCV, ">=", 80, scope="cấp huyện", pillar=GOV),
    R("«60% hồ sơ công việc cấp xã", HSCV, ">=", 60, scope="cấp xã", pillar=GOV),
    # "Bên cạnh đó, phấn đấu ..." (new paragraph, no pillar; "tiêu chí số 8/15" are names)
    R("phấn đấu «100% số xã", "số xã đạt chuẩn tiêu chí số 8 về Thông tin và Truyền thông", ">=", 100),
    R("; «50% số xã đạt chuẩn tiêu chí số 8", "số xã đạt chuẩn tiêu chí số 8 về Thông tin và Truyền thông", ">=", 50),
    R("«50% số xã đạt chuẩn tiêu chí số 15", "số xã đạt chuẩn tiêu chí số 15 về Hành chính công", ">=", 50),
    R("; «100% cán bộ quản lý", "cán bộ quản lý các cấp tham gia thực hiện chương trình được tập huấn, nâng cao năng lực về chuyển đổi số", ">=", 100),
    # "Về phát triển kinh tế số ..., Bình Phước phấn đấu ít nhất ..."
    R("ít nhất «70% số xã", "số xã có hợp tác xã", ">=", 70, pillar=ECO),
    R("«70% đơn vị cấp huyện", "đơn vị cấp huyện có các mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực", ">=", 70, pillar=ECO),
    R("«50% các mô hình", "các mô hình liên kết gắn với vùng nguyên liệu có ứng dụng công nghệ số", ">=", 50, pillar=ECO),
    # "Đối với xã hội số, có ít nhất ..."
    R("ít nhất «40% đơn vị", "đơn vị (cấp xã, huyện) cung cấp ít nhất một dịch vụ thiết yếu về y tế, giáo dục, giám sát cộng đồng, an ninh trật tự, môi trường, văn hóa", ">=", 40, pillar=SOC),
    R("ít nhất «1 thôn", "triển khai xây dựng thôn/xã", ">=", 1, unit="count", pillar=SOC, note="the stored excerpt ends mid-word (thôn/xã thông minh)"),
])

# --------------------------------------------------------------------------
# 12 Bà Rịa - Vũng Tàu, news 2025-02 on the DTI 2023; results.
# --------------------------------------------------------------------------
D12 = dict(name="12_bariavungtau-dti-2023", kind="result", year=2023, records=[
    R("vào top «10 chuyển đổi số", "chuyển đổi số", "<=", 10, unit="rank"),
    R("vào Top «10 bảng xếp hạng Chỉ số", "bảng xếp hạng Chỉ số chuyển đổi số của cả nước", "<=", 10, unit="rank"),
    # "Trong đó, với 0,7353 điểm, ... thăng hạng ... 18 bậc so với năm 2022 (0,5878 điểm), ..."
    R("với «0,7353 điểm", "Chỉ số đánh giá chuyển đổi số (DTI)", "=", 0.7353, **DIEM),
    R("(«0,5878 điểm)", "Chỉ số đánh giá chuyển đổi số (DTI)", "=", 0.5878, year=2022, **DIEM),
    R("lọt vào Top «10 bảng", "bảng xếp hạng các địa phương của cả nước", "<=", 10, unit="rank"),
])

# --------------------------------------------------------------------------
# 13 Trà Vinh, provincial portal: DTI 2022 announcement; results of 2022.
# --------------------------------------------------------------------------
D13 = dict(name="13_travinh-dti-2022", kind="result", year=2022, records=[
    R("Trà Vinh xếp hạng «25/63 tỉnh, thành phố\n", "Đánh giá mức độ chuyển đổi số", "=", 25, unit="rank"),
    # ("Lượt xem: 665" is page furniture; "tăng 1 hạng", "tăng 0,1783 điẻm": changes)
    R("Trà Vinh xếp hạng «25/63 tỉnh, thành phố cả nước", "xếp hạng về chuyển đổi số", "=", 25, unit="rank"),
    R("Trà Vinh đạt «0,6077 điểm", "Chỉ số chuyển đổi số (DTI) cấp tỉnh", "=", 0.6077, **DIEM),
    R("xếp hạng thứ «25 cả nước", "Chỉ số chuyển đổi số (DTI) cấp tỉnh", "=", 25, unit="rank"),
    # "Ở 3 trụ cột chính: chính quyền số ..., kinh tế số ..., xã hội số ..."
    R("chính quyền số Trà Vinh đạt «0,6683 điểm", "chính quyền số", "=", 0.6683, pillar=GOV, **DIEM),
    R("xếp hạng thứ «29;", "chính quyền số", "=", 29, unit="rank", pillar=GOV),
    R("kinh tế số đạt «0,6647 điểm", "kinh tế số", "=", 0.6647, pillar=ECO, **DIEM),
    R("xếp thứ «27 và", "kinh tế số", "=", 27, unit="rank", pillar=ECO),
    R("xã hội số đạt «0,5991 điểm", "xã hội số", "=", 0.5991, pillar=SOC, **DIEM),
    R("xếp thứ «26.", "xã hội số", "=", 26, unit="rank", pillar=SOC),
    # "TP.HCM và Quảng Ninh lần lượt xếp thứ 2 và 3"
    R("lần lượt xếp thứ «2 và 3", "DTI cấp tỉnh", "=", 2, unit="rank", place="TP.HCM"),
    R("lần lượt xếp thứ 2 và «3", "DTI cấp tỉnh", "=", 3, unit="rank", place="Quảng Ninh"),
])

# --------------------------------------------------------------------------
# 14 Đồng Tháp, news 2025-10 on the 2025 plan for the sectoral digital
# economy; targets for 2025; no heading or lead-in naming a pillar.
# --------------------------------------------------------------------------
D14 = dict(name="14_dongthap-kinh-te-so-2025", kind="target", year=2025, records=[
    R("đạt «15% GRDP", "tỷ trọng kinh tế số", ">=", 15),
    R("tối thiểu «10%, tỷ trọng", "tỷ trọng kinh tế số trong từng ngành lĩnh vực", ">=", 10),
    R("phấn đấu trên «10%", "tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">", 10),
    R("«80% người dân từ 15 tuổi", "người dân từ 15 tuổi trở lên có tài khoản thanh toán tại ngân hàng hoặc tổ chức hợp pháp", ">=", 80),
    R("; «80% dân số trưởng thành", "dân số trưởng thành có định danh điện tử VNeID", ">=", 80),
    R("và «50% có chữ ký số", "dân số trưởng thành có chữ ký số cá nhân", ">=", 50),
    R("trên «0,7/1.000 dân", "tỷ lệ doanh nghiệp công nghệ số", ">", 0.7, unit="other", unit_text="/1.000 dân"),
])

# --------------------------------------------------------------------------
# 15 TP.HCM, news (mid-2024) on the digital economy: the 2023 share and the
# 2025 target. "tăng 2,84% so với năm 2022" and "tốc độ tăng trưởng ... 37%"
# are changes against an earlier value: no record.
# --------------------------------------------------------------------------
D15 = dict(name="15_tphcm-kinh-te-so-2023", kind="target", year=2025, records=[
    R("đạt «25% GRDP vào năm 2025", "kinh tế số đạt GRDP", ">=", 25),
    R("năm 2023 là «21,5%. Dự", "tỷ trọng kinh tế số của TP.HCM", "=", 21.5, kind="result", year=2023),
    R("đạt chỉ tiêu «25% vào", "tỷ trọng kinh tế số, chỉ tiêu", ">=", 25),
    R("năm 2023 là «21,5%, tăng", "tỉ trọng kinh tế số đóng góp vào GRDP", "=", 21.5, kind="result", year=2023),
    R("dự kiến đạt «25% vào năm 2025. Được", "tỉ trọng kinh tế số đóng góp vào GRDP", ">=", 25),
    R("với tỉ trọng «14%", "thương mại điện tử đóng góp vào GRDP, tỉ trọng", "=", 14, kind="result", year=2023,
      note="year from the sentence before (values of 2023)"),
], NOT=["tăng «2,84% so với", "ấn tượng «37%"])

# --------------------------------------------------------------------------
# 16 Bình Phước, Kế hoạch 382/KH-UBND (31/12/2024) for 2025; targets.
# ("4 mục tiệu cụ thể": a count of targets, no record)
# --------------------------------------------------------------------------
D16 = dict(name="16_binhphuoc-kh382-2025", kind="target", year=2025, records=[
    R("vào nhóm «10 địa phương", "nhóm địa phương về chuyển đổi số trên cả nước", "<=", 10, unit="rank"),
    # "- Về hạ tầng số:"
    R("Phấn đấu «100% dân số", "dân số được phủ sóng bởi mạng di động", ">=", 100, pillar=INFRA),
    R("; Trên «95% hộ gia đình", "hộ gia đình được phủ mạng internet băng thông rộng cáp quang và dân số trưởng thành có điện thoại thông minh", ">", 95, pillar=INFRA),
    # "- Về chính quyền số:"
    R("bộ, ngành) đạt «100%", "Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình", ">=", 100, pillar=GOV),
    R("hồ sơ trực tuyến đạt «100% ;", "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến", ">=", 100, pillar=GOV),
    R("(toàn trình) đạt «75%", "Tỷ lệ hồ sơ thủ tục hành chính xử lý hoàn toàn trực tuyến (toàn trình)", ">=", 75, pillar=GOV),
    R("thủ tục hành chính đạt «95%", "Tỷ lệ số hóa hồ sơ và kết quả giải quyết thủ tục hành chính", ">=", 95, pillar=GOV),
])

# --------------------------------------------------------------------------
# 17 Bình Phước, Ban Dân vận page on e-government results ("Hiện nay",
# "Đến nay"; no year in the text): results, year null.
# --------------------------------------------------------------------------
D17 = dict(name="17_binhphuoc-chinh-quyen-so-ket-qua", kind="result", year=None, records=[
    R("có «1827 dịch vụ", "dịch vụ công được kết nối Cổng Dịch vụ công Quốc gia", "=", 1827, unit="count"),
    R("trên trên «90%", "Tỷ lệ tiếp nhận hồ sơ TTHC trên môi trường điện tử", ">", 90),
    # "Đối với chứng thực điện tử: ..."
    R("được «11/11 huyện", "huyện, thị xã, thành phố triển khai chứng thực bản sao điện tử từ bản chính", "=", 11, unit="count"),
    R("và «111/111 xã", "xã, phường, thị trấn triển khai chứng thực bản sao điện tử từ bản chính", "=", 111, unit="count"),
    R("khoảng «38.555 hồ sơ", "hồ sơ chứng thực điện tử", "~", 38555, unit="count"),
    R("xếp thứ «01/63", "hồ sơ chứng thực điện tử, xếp thứ tỉnh thành", "=", 1, unit="rank"),
    # "Kết quả thanh toán phí, lệ phí trên Cổng Dịch vụ công: ..."
    R("được «58297giao dịch", "giao dịch thanh toán trực tuyến thành công", "=", 58297, unit="count"),
    R("đứng thứ «1 cả nước", "tổng số giao dịch và số tiền thanh toán trực tuyến", "=", 1, unit="rank"),
    # ("4 cấp hành chính": the levels of the system, no record) "Về Chữ ký số: ..."
    R("cấp «3.056 chứng thư", "chứng thư số của cá nhân, tổ chức từ cấp tỉnh đến cấp xã", "=", 3056, unit="count"),
    R("cá nhân «2241 chứng thư", "chứng thư cá nhân", "=", 2241, unit="count"),
    R("tổ chức «416 chứng thư", "chứng thư tổ chức", "=", 416, unit="count"),
    R("là «213 sim", "sim ký số", "=", 213, unit="count"),
    R("thu hồi «186 chứng thư", "đã thu hồi chứng thư", "=", 186, unit="count"),
])

# --------------------------------------------------------------------------
# 18 Vĩnh Long, TTXVN news on the plan to 2025 (vision 2030); targets.
# --------------------------------------------------------------------------
D18 = dict(name="18_vinhlong-kinh-te-so-2025", kind="target", year=2025, records=[
    R("khoảng «10% tổng sản phẩm", "kinh tế số đóng góp tổng sản phẩm nội địa", "~", 10),
    R("tối thiểu «10%, trong đó ưu tiên các lĩnh vực nông nghiệp, du lịch, công nghiệp chế biến.\n", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10),
    R("chiếm «10% GRDP", "kinh tế số chiếm GRDP của tỉnh", ">=", 10),
    # "Theo đó, đến năm 2025, ..."
    R("tối thiểu «10%, trong đó ưu tiên các lĩnh vực nông nghiệp, du lịch, công nghiệp chế biến. Tỉnh", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10),
    R("có «100% sản phẩm OCOP", "sản phẩm OCOP được đưa trên các sàn thương mại điện tử nội địa", ">=", 100),
    R("ít nhất «10 sản phẩm", "sản phẩm, hàng hóa ứng dụng các công nghệ số truy xuất nguồn gốc, đáp ứng tiêu chuẩn quốc gia, quốc tế", ">=", 10, unit="count"),
    # "Đến năm 2030, ..."
    R("chiếm «15% GRDP", "kinh tế số chiếm GRDP của tỉnh", ">=", 15, year=2030),
    R("ít nhất «30 sản phẩm", "sản phẩm, hàng hóa ứng dụng các công nghệ số truy xuất nguồn gốc, đáp ứng tiêu chuẩn quốc gia, quốc tế", ">=", 30, unit="count", year=2030),
])

# --------------------------------------------------------------------------
# 19 Sóc Trăng, Nhân Dân news (meeting of 4-1, 2021): situation at the end
# of 2020, targets to 2025 (the excerpt ends mid-word).
# --------------------------------------------------------------------------
RES20 = dict(kind="result", year=2020)
D19 = dict(name="19_soctrang-chinh-quyen-dien-tu-2021", kind="target", year=2025, records=[
    # "Đến cuối năm 2020, ..."
    R("hơn «2,6%", "tỷ lệ hộ nghèo chung của tỉnh", ">", 2.6, **RES20),
    R("là «8,9%", "tỷ lệ hộ cận nghèo", "=", 8.9, **RES20),
    R("có «50/80 xã", "xã được công nhận đạt chuẩn nông thôn mới", "=", 50, unit="count", **RES20),
    # "... với mục tiêu đến 2025, ..."
    R("đến 2025, «80% dịch vụ", "dịch vụ công trực tuyến", ">=", 80),
    R("«90% hồ sơ công việc tại cấp tỉnh", HSCV, ">=", 90, scope="cấp tỉnh"),
    R("«80% hồ sơ công việc tại cấp huyện", HSCV, ">=", 80, scope="cấp huyện"),
    R("«60% hồ sơ công việc tại cấp xã", HSCV, ">=", 60, scope="cấp xã"),
    R("; «100% chế độ báo cáo", "chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội của UBND các cấp được số hóa", ">=", 100),
    R("hơn «80% hộ gia đình", "Cáp quang được phủ hộ gia đình", ">", 80),
    R(", «100% đ", "Cáp quang được phủ", ">=", 100, note="the stored excerpt ends mid-word (100% đ...)"),
])

# --------------------------------------------------------------------------
# 20 Đồng Tháp, news on the Đề án (QĐ 861, 5/8/2022): targets 2025/2030.
# --------------------------------------------------------------------------
D20 = dict(name="20_dongthap-de-an-cds-2022", kind="target", year=2030, records=[
    R("nằm trong top «25 và", "tỉnh, thành có chỉ số chuyển đối số tốt nhất của cả nước", "<=", 25, unit="rank", year=2025),
    R("nằm trong top «20 tỉnh", "tỉnh, thành có chỉ số chuyển đối số tốt nhất của cả nước", "<=", 20, unit="rank"),
    # "Cụ thể, về chính quyền số: Đến năm 2030, ..."
    R("trên «90% người dân", "người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính", ">", 90, pillar=GOV),
    R("; «100% cơ quan nhà nước", "cơ quan nhà nước tham gia cung cấp dữ liệu mở, dưới định dạng máy có khả năng đọc", ">=", 100, pillar=GOV),
    R("; «100% dịch vụ công", "dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động", ">=", 100, pillar=GOV),
    R("; «100% văn bản", "văn bản được trao đổi qua môi trường mạng dưới dạng văn bản điện tử, được ký số bởi chữ ký", ">=", 100, pillar=GOV),
])

# --------------------------------------------------------------------------
# 21 Trà Vinh, Kế hoạch 122/KH-UBND (29/10/2024), part I: results of 2024.
# ("đạt 76,5% mục tiêu": a result's ratio to its target, no record)
# --------------------------------------------------------------------------
D21 = dict(name="21_travinh-kh122-2025", kind="result", year=2024, records=[
    # "1. Về hạ tầng số:"
    R("thông suốt, «100% xã", "xã, phường, thị trấn được phủ băng rộng cáp quang và sóng thông tin di động 4G", "=", 100, pillar=INFRA),
    # "2. Về dữ liệu và nền tảng số:" (names two pillars: null)
    R("«13/17 dịch vụ", "dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức tại tỉnh", "=", 13, unit="count"),
    R("; «100% CSDL", "CSDL tại Kho dữ liệu dùng chung của tỉnh sẵn sàng kết nối với hệ thống thông tin quản lý ngành, lĩnh vực phục vụ chuyển đổi số", "=", 100),
    R("; «100% cơ quan nhà nước", "cơ quan nhà nước xây dựng, phát triển CSDL chuyên ngành, lĩnh vực, tổ chức kết nối, khai thác, sử dụng hiệu quả các nền tảng số quy mô quốc gia", "=", 100),
    # "3. Về nhân lực số:"
    R("«100% cán bộ, công chức", "cán bộ, công chức, viên chức được tuyên truyền, bồi dưỡng nâng cao nhận thức về chuyển đổi số, an toàn thông tin", "=", 100, pillar=HR),
    R("; «100% thành viên", "thành viên Tổ Công nghệ số cộng đồng được phổ biến, bồi dưỡng nâng cao nhận thức về kỹ năng", "=", 100, pillar=HR),
], NOT=["đạt «76,5% mục tiêu"])

# --------------------------------------------------------------------------
# 22 Bến Tre, news on the Đề án 2020-2025 (vision 2030): budget and
# targets for the period to 2025 (the excerpt ends mid-word).
# --------------------------------------------------------------------------
D22 = dict(name="22_bentre-de-an-2020", kind="target", year=2025, records=[
    R("gần «1.300 tỷ đồng", "Tổng kinh phí thực hiện Đề án", "~", 1300e9, unit="other", unit_text="đồng",
      note="the period's budget; year of the period's end"),
    # "Theo đó, giai đoạn 2020-2025, tỉnh Bến Tre phấn đấu ..."
    R("phấn đấu «100% dịch vụ", "dịch vụ công trực tuyến đảm bảo mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động", ">=", 100),
    R("«90% hồ sơ công việc tại cấp tỉnh", HSCV, ">=", 90, scope="cấp tỉnh"),
    R("«80% hồ sơ công việc tại cấp huyện", HSCV, ">=", 80, scope="cấp huyện"),
    R("«60% hồ sơ công việc tại cấp xã", HSCV, ">=", 60, scope="cấp xã"),
    R("\n«60% dữ liệu quản lý", "dữ liệu quản lý của các cơ quan hành chính nhà nước từ cấp tỉnh đến cấp x", ">=", 60, note="the stored excerpt ends mid-word"),
])

# --------------------------------------------------------------------------
# 23 Cà Mau, news on the plan for Digital Transformation Day 2022: targets
# set from 19/9/2022 ("6 huyện, thành phố" describes the databases: no record).
# --------------------------------------------------------------------------
D23 = dict(name="23_camau-ngay-cds-2022", kind="target", year=2022, records=[
    R("đến tỉnh đạt «100%", "tỷ lệ văn bản có ký số trên iOffice của các cơ quan đơn vị từ xã đến tỉnh", ">=", 100),
    R("iOffice đạt trên «70%", "tỷ lệ văn bản xử lý hồ sơ trên iOffice", ">", 70),
    R("số hóa «100% hồ sơ", "Thực hiện số hóa hồ sơ giải quyết thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả các cấp", ">=", 100),
    R("Trên «50% không dùng tiền mặt", "không dùng tiền mặt trong Giáo dục, Y tế", ">", 50),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12,
        D13, D14, D15, D16, D17, D18, D19, D20, D21, D22, D23]


# --------------------------------------------------------------------------
# Indicator catalogue ids (added after the freeze commit 66a58df; labelled
# against muctieu/catalog/data/indicators.yaml as in the working tree on
# 2026-12-02, last commit c76b3a3 plus uncommitted additions, sha256
# 39a64078ad70f01a6ec5be6cd71802d88ee59abbc41be67443d27eb2cbdc32d8).
# One entry per gold record, in the gold file's (text) order; None when no
# catalogue entry measures the quantity.
# Labels updated on 2026-12-02 against the catalogue at commit fa8513b
# (210 entries, sha256 0e37f078b70a96c7e1660b1c09e0143c4408a8d65e114809d1c896cde588ef6c);
# see README, "Labels updated on 2026-12-02".
# --------------------------------------------------------------------------
WORK = "egov.work_records_online_share"
FULL = "egov.full_online_services_share"
GDP = "econ.digital_economy_gdp_share"
SECT = "econ.digital_economy_sector_share"
RANK = "dti.provincial_rank"
SCORE = "dti.provincial_score"
MOB = "infra.mobile_population_coverage_share"
IOT = "city.iot_monitoring_stations_count"
IDS = {
    "01_longan-muc-tieu-2025": ["egov.level3_4_online_services_share", FULL, WORK, WORK, WORK, None, GDP, None, None, None,
                                "society.adult_e_payment_account_share"],
    "02_dongthap-ket-qua-2023": [RANK, RANK, RANK, None, IOT, IOT, None, None, None],
    "03_dongnai-kts-xhs-2025": [GDP, GDP, SECT, "econ.digital_economy_workforce_share", None, None,
                                "society.adult_smartphone_share", "society.adult_digital_signature_share",
                                "infra.mobile_village_coverage_share", "society.electronic_health_records_share"],
    "04_camau-nghi-quyet-cds": [GDP, FULL, "egov.authenticated_users_share", WORK, WORK, WORK, FULL,
                                None, None, "egov.digital_inspections_share"],
    "05_tayninh-dti-2022": [RANK, RANK, SCORE, RANK, SCORE,
                            "dti.digital_government_rank", "dti.digital_government_score",
                            "dti.digital_economy_rank", "dti.digital_economy_score",
                            "dti.digital_society_rank", "dti.digital_society_score"],
    "06_travinh-kh37-2023": ["infra.civil_servants_computers_share", "infra.internet_users_share",
                             "society.adult_smartphone_share", "infra.fibre_household_coverage_share", None,
                             WORK, WORK, WORK, "egov.online_reporting_share", FULL,
                             "egov.online_services_with_applications_share", None],
    "07_soctrang-muc-tieu-2030": [WORK, WORK, WORK, "egov.digital_inspections_share", GDP, SECT,
                                  "econ.labour_productivity_growth", "infra.fibre_household_coverage_share", None],
    "08_camau-du-lieu-so": [None, "data.shared_databases_count", "data.open_datasets_count", None, None, None,
                            "data.lgsp_transactions_count"],
    "09_kiengiang-kh186-2025": [None, FULL, WORK, WORK, WORK, "egov.online_reporting_share"],
    "10_binhphuoc-dti-muc-tieu-2023": [RANK, MOB, "society.adult_smartphone_share",
                                       "infra.fibre_household_coverage_share", MOB, FULL,
                                       "egov.online_applications_share"],
    "11_binhphuoc-ntm-thong-minh": [WORK, WORK, WORK, None, None, None, "hr.civil_servants_dx_trained_share",
                                    None, None, None, None,
                                    "society.smart_rural_communes_count"],
    "12_bariavungtau-dti-2023": [RANK, RANK, SCORE, SCORE, RANK],
    "13_travinh-dti-2022": [RANK, RANK, SCORE, RANK,
                            "dti.digital_government_score", "dti.digital_government_rank",
                            "dti.digital_economy_score", "dti.digital_economy_rank",
                            "dti.digital_society_score", "dti.digital_society_rank", RANK, RANK],
    "14_dongthap-kinh-te-so-2025": [GDP, SECT, "econ.ecommerce_retail_share", "society.bank_account_15plus_share",
                                    "society.eid_users_share", "society.adult_digital_signature_share",
                                    "econ.digital_tech_enterprises_per_1000"],
    "15_tphcm-kinh-te-so-2023": [GDP, GDP, GDP, GDP, GDP, None],
    "16_binhphuoc-kh382-2025": [RANK, MOB, None, FULL, "egov.online_services_with_applications_share",
                                "egov.online_applications_share", "egov.digitised_procedure_results_share"],
    "17_binhphuoc-chinh-quyen-so-ket-qua": [None, "egov.online_applications_share", None, None, None, None,
                                            None, None, "egov.digital_certificates_issued_count",
                                            "egov.digital_certificates_issued_count",
                                            "egov.digital_certificates_issued_count",
                                            "egov.digital_certificates_issued_count", None],
    "18_vinhlong-kinh-te-so-2025": [GDP, SECT, GDP, SECT, "econ.ocop_products_ecommerce_share", None, GDP, None],
    "19_soctrang-chinh-quyen-dien-tu-2021": [None, None, None, None, WORK, WORK, WORK,
                                             "egov.online_reporting_share", "infra.fibre_household_coverage_share",
                                             None],
    "20_dongthap-de-an-cds-2022": [RANK, RANK, "egov.satisfaction_share", "data.open_data_agencies_share", FULL,
                                   "egov.electronic_documents_share"],
    "21_travinh-kh122-2025": [None, None, None, None, "hr.civil_servants_dx_trained_share", None],
    "22_bentre-de-an-2020": ["inst.dx_funding_amount", FULL, WORK, WORK, WORK, None],
    "23_camau-ngay-cds-2022": ["egov.electronic_documents_share", "egov.document_system_use_share",
                               "egov.digitised_procedure_results_share", None],
}


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
            value=num_out(r["value"]),
            value_max=num_out(r["value_max"]) if r["value_max"] is not None else None,
            unit=r["unit"],
        )
        if r["unit"] == "other":
            rec["unit_text"] = r["unit_text"]
        rec["year"] = doc["year"] if r["year"] == "default" else r["year"]
        rec["pillar"] = r["pillar"]
        if r["place"]:
            rec["place"] = r["place"]
        rec.update(anchor=anchor, start=s, end=e)
        if r["note"]:
            rec["note"] = r["note"]
        out.append(rec)
    out.sort(key=lambda x: x["anchor"])  # stable: shared anchors keep written order
    ids = IDS[doc["name"]]
    assert len(ids) == len(out), (doc["name"], len(ids), len(out))
    for rec, iid in zip(out, ids):
        note = rec.pop("note", None)
        rec["indicator_id_gold"] = iid
        if note:
            rec["note"] = note
    return out


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
