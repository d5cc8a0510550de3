#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set46).

Copied from set45's builder (itself from set43's, set41's, ... and the seeds'). Each record is
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
from goldkit import R, GOV, ECO, SOC, CNT, RANK, T, RES  # noqa: E402


EIDN = "society.eid_accounts_activated_count"
EIDS = "society.eid_users_share"
CHIP = "society.chip_id_cards_share"

# --------------------------------------------------------------------------
# 01 Gia Lai, police report on the VNeID and digital-signature drive (baogialai.com.vn, stamp
# date 2025-03; "tính đến ngày 22-3" → results of 2025; a result's "đạt X" → =). Pillar null.
# Counts: "58 địa phương cấp xã chưa phát sinh số liệu khởi tạo chữ ký số", "704.828 tài khoản"
# (society.eid_accounts_activated_count), "19/218" and "8/218" (the numerator, as earlier sets'
# "06/48 thôn"), "199", "210", "22" communes; the three districts' "5/14 xã", "5/14 xã", "5/17
# xã" (place = the district, scope null: a breakdown by place, not by level). Shares: "40,8% so
# với tổng số công dân thường trú" (society.eid_users_share: residents with an activated
# account), "73,3% so với chỉ tiêu đề ra" and "25,07% so với chỉ tiêu đề ra" (a completion
# ratio against the target, a level, not a change against it: recorded, no id; a judgement),
# "11,17%" (health cards and records on VNeID, no id), Hà Đông's "5,3%" and "1,27%" (place).
# Hà Đông's "109 tài khoản" is a count (id kept, place). Not quantities: "tăng 8.221 tài
# khoản", "tăng 7.096 trường hợp" (changes against before the drive); the thresholds that
# define a group "(dưới 50% chỉ tiêu)", "đạt trên 50%", "dưới 50%", "dưới 10%" (NOT); the
# denominators "/218", "/14", "/17", "/2.068 chỉ tiêu giao/5.908 công dân thường trú"; the
# cut "(21 " at the excerpt's end (its noun is lost); "22-3", "mức 2".
# --------------------------------------------------------------------------
D01 = dict(name="01_gialai-vneid-chu-ky-so-2025", kind="result", year=2025, records=[
    R("Trong đó, «58 địa phương", "địa phương cấp xã chưa phát sinh số liệu khởi tạo chữ ký số", "=", 58, **CNT),
    R("kích hoạt «704.828 tài khoản", "toàn tỉnh kích hoạt tài khoản VNeID mức 2", "=", 704828, **CNT, iid=EIDN),
    R("đạt tỷ lệ «40,8%", "tài khoản VNeID mức 2 kích hoạt so với tổng số công dân thường trú", "=", 40.8, iid=EIDS),
    R("đạt «73,3% so", "tài khoản VNeID mức 2 kích hoạt so với chỉ tiêu đề ra", "=", 73.3),
    R("Có «19/218", "địa phương hoàn thành chỉ tiêu giao", "=", 19, **CNT),
    R("giao; «199 địa phương", "địa phương còn lại chưa hoàn thành", "=", 199, **CNT),
    R("với tỷ lệ «5,3%", "tỷ lệ kích hoạt tài khoản VNeID mức 2 thấp nhất là xã Hà Đông", "=", 5.3, place="Hà Đông"),
    R("kích hoạt «109 tài khoản", "toàn xã mới kích hoạt tài khoản", "=", 109, **CNT, place="Hà Đông", iid=EIDN),
    R("Kông Chro («5/14", "cấp xã có tỷ lệ kích hoạt tài khoản VNeID mức 2 thấp", "=", 5, **CNT, place="Kông Chro"),
    R("Chư Păh («5/14", "cấp xã có tỷ lệ kích hoạt tài khoản VNeID mức 2 thấp", "=", 5, **CNT, place="Chư Păh"),
    R("Đak Đoa («5/17", "cấp xã có tỷ lệ kích hoạt tài khoản VNeID mức 2 thấp", "=", 5, **CNT, place="Đak Đoa"),
    R("tích hợp «192.763 thẻ", "toàn tỉnh tích hợp thẻ Bảo hiểm y tế trên ứng dụng VNeID", "=", 192763, **CNT),
    R("y tế, «131.398 Sổ", "Sổ sức khỏe điện tử trên ứng dụng VNeID", "=", 131398, **CNT),
    R("đạt tỷ lệ «11,17%", "tích hợp thẻ Bảo hiểm y tế, Sổ sức khỏe điện tử trên ứng dụng VNeID trên tổng số công dân "
      "thường trú", "=", 11.17),
    R("đạt «25,07%", "tích hợp thẻ Bảo hiểm y tế, Sổ sức khỏe điện tử so với chỉ tiêu đề ra", "=", 25.07),
    R("Có «8/218", "địa phương có tỷ lệ tích hợp đạt so với chỉ tiêu giao", "=", 8, **CNT),
    R("giao; «210 địa phương", "địa phương còn lại có tỷ lệ tích hợp", "=", 210, **CNT),
    R("có «22 địa phương", "địa phương cấp xã có tỷ lệ thực hiện", "=", 22, **CNT),
    R("mới đạt «1,27%", "tỷ lệ tích hợp thấp nhất là xã Hà Đông", "=", 1.27, place="Hà Đông"),
], NOT=["thấp (dưới «50% chỉ tiêu)", "đạt trên «50% so với chỉ tiêu giao", "lại dưới «50%", "thực hiện dưới «10%"])

# --------------------------------------------------------------------------
# 02 Thiệu Hóa commune (Thanh Hóa), "Bình dân học vụ số" (baothanhhoa.vn, stamp 2026-01; "Đến
# nay" → results of 2026, the stamp's year; a judgement, as the contract's stamp rule). Pillar
# null. "25.736/36.845 người dân ... có tài khoản định danh điện tử VNeID mức độ 2": the count
# (society.eid_accounts_activated_count; "/36.845" the denominator), "đạt 69,85%"
# (society.eid_users_share). "100% hồ sơ hành chính ... trên hệ thống một cửa điện tử" (no id);
# "trên 85% hộ kinh doanh sử dụng thanh toán điện tử" (op >; econ.merchants_cashless_share);
# "nhóm zalo ... ở 100% thôn, khu phố" (no id). The 2026 paragraph: "duy trì vị trí nằm trong
# nhóm ... dẫn đầu tỉnh" names no number; "100% cán bộ, công chức, viên chức và người lao động
# trong k" is cut inside its subject: a target of 2026 (>=), recorded with the subject as far
# as it goes, no id.
# --------------------------------------------------------------------------
D02 = dict(name="02_thieuhoa-binh-dan-hoc-vu-so", kind="result", year=2026, records=[
    R("có «25.736/36.845", "người dân trong độ tuổi trưởng thành có tài khoản định danh điện tử VNeID mức độ 2", "=",
      25736, **CNT, iid=EIDN),
    R("đạt «69,85%", "người dân trong độ tuổi trưởng thành có tài khoản định danh điện tử VNeID mức độ 2", "=", 69.85,
      iid=EIDS),
    R("69,85%; «100% hồ sơ", "hồ sơ hành chính được tiếp nhận, xử lý và trả kết quả trên hệ thống một cửa điện tử",
      "=", 100),
    R("trên «85% hộ", "hộ kinh doanh sử dụng thanh toán điện tử", ">", 85, iid="econ.merchants_cashless_share"),
    R("ở «100% thôn", "triển khai nhóm zalo thông tin hành chính ở thôn, khu phố", "=", 100),
    R("VNeID; «100% cán bộ", "cán bộ, công chức, viên chức và người lao động", ">=", 100, **T),
])

# --------------------------------------------------------------------------
# 03 Sóc Trăng, the provincial party secretary on digital transformation (nhandan.vn, no date
# shown; "tính đến tháng 9/2023" → results of 2023). Pillar null throughout: no heading; the
# paragraph opening "Kinh tế số của tỉnh bước đầu phát triển, ..." is a statement, not a
# lead-in to a list (a judgement). "có 4/13 chế độ báo cáo ... đã được kết nối" (count 4, "/13"
# the denominator; egov.online_reporting_share is a share, so no id); "đến 100% số cơ quan
# hành chính", "100% dịch vụ công trực tuyến toàn trình đã cung cấp trên Hệ thống" (no id: the
# services offered on the system, not the share of procedures offered as full-process ones);
# "ước đạt hơn 7% GRDP" (a result, op >; econ.digital_economy_gdp_share), "phấn đấu đến năm
# 2025 đạt 20% GRDP" (target of 2025, same id); e-invoices "tại 100% số doanh nghiệp, tổ chức
# và hộ, cá nhân kinh doanh" (econ.e_invoice_enterprises_share). Not quantities: "07-NQ/TU",
# "2025", "2030", "9/2023".
# --------------------------------------------------------------------------
D03 = dict(name="03_soctrang-chinh-quyen-so-2023", kind="result", year=2023, records=[
    R("có «4/13 chế độ", "chế độ báo cáo định kỳ và báo cáo thống kê về kinh tế-xã hội đã được kết nối, chia sẻ dữ "
      "liệu trên hệ thống thông tin báo cáo của tỉnh", "=", 4, **CNT),
    R("triển khai đến «100% số", "Hệ thống một cửa điện tử và dịch vụ công trực tuyến đã triển khai đến số cơ quan "
      "hành chính trên địa bàn tỉnh", "=", 100),
    R("và «100% dịch vụ", "dịch vụ công trực tuyến toàn trình đã cung cấp trên Hệ thống thông tin giải quyết thủ tục "
      "hành chính của tỉnh", "=", 100),
    R("ước đạt hơn «7% GRDP", "tỷ trọng kinh tế số", ">", 7, iid="econ.digital_economy_gdp_share"),
    R("đạt «20% GRDP", "tỷ trọng kinh tế số", ">=", 20, **T, year=2025, iid="econ.digital_economy_gdp_share"),
    R("tại «100% số doanh nghiệp", "Hóa đơn điện tử đã được triển khai thực hiện tại số doanh nghiệp, tổ chức và hộ, "
      "cá nhân kinh doanh theo phương pháp kê khai", "=", 100, iid="econ.e_invoice_enterprises_share"),
])

# --------------------------------------------------------------------------
# 04 Kon Tum, cashless payment after two years of its plan 877/KH-UBND (cafef.vn, stamp
# 2024-03). Results: "có 85 máy" ATMs (present tense → 2024, the stamp's year), "năm 2023 là
# 4,3 triệu món" (count 4300000, 2023), "giá trị gần 7.500 tỷ đồng" (money: other "đồng",
# op ~, 7.5e12, 2023). No id, pillar null. Not quantities: "giảm gần 1 triệu món và giảm
# 2.500 tỷ" (changes against the year before), "hơn 2 năm" (a duration), "1813/QĐ-TTg",
# "877/KH-UBND", dates, "2021-2025".
# --------------------------------------------------------------------------
D04 = dict(name="04_kontum-ttkdtm-2023", kind="result", year=2024, records=[
    R("có «85 máy", "Hệ thống máy ATM trên địa bàn tỉnh", "=", 85, **CNT),
    R("là «4,3 triệu món", "Số lượng giao dịch tại máy ATM năm 2023", "=", 4300000, **CNT, year=2023),
    R("gần «7.500 tỷ đồng", "giá trị giao dịch tại máy ATM", "~", 7.5e12, unit="other", unit_text="đồng", year=2023),
])

# --------------------------------------------------------------------------
# 05 Hà Nội, e-ID accounts for all officials in May 2023 (sggp.org.vn, stamp 2023-05). The
# city's demand "hoàn thành 100% thủ tục cấp CCCD gắn chip và đăng ký, kích hoạt thành công tài
# khoản định danh điện tử ... trong tháng 5-2023" is a target of 2023 (>=; one number for two
# procedures: no id). Results "tính đến 8-5": "hơn 4,2 triệu tài khoản" received (op >, no
# id), "hơn 1,4 triệu tài khoản ... kích hoạt thành công" (op >;
# society.eid_accounts_activated_count), "đạt tỷ lệ 33,7%" (activated among received: no id).
# Not quantities: "mức 1", "mức 2", "Đề án 06", "8-5", "5-2023". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-vneid-2023", kind="result", year=2023, records=[
    R("hoàn thành «100% thủ tục", "cán bộ, đảng viên, công chức, viên chức, người lao động trong đơn vị hoàn thành thủ "
      "tục cấp CCCD gắn chip và đăng ký, kích hoạt thành công tài khoản định danh điện tử trên ứng dụng VNeID", ">=",
      100, **T),
    R("thu nhận hơn «4,2 triệu", "Hà Nội đã thu nhận tài khoản định danh điện tử", ">", 4200000, **CNT),
    R("và hơn «1,4 triệu", "tài khoản định danh điện tử kích hoạt thành công", ">", 1400000, **CNT, iid=EIDN),
    R("đạt tỷ lệ «33,7%", "tài khoản định danh điện tử kích hoạt thành công, đạt tỷ lệ", "=", 33.7),
])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh, chip ID applications taken from all eligible citizens (dantri.com.vn, stamp
# 2023-05). Results of 2023: "cho 100% công dân" (society.chip_id_cards_share), "1.130.342 công
# dân đủ điều kiện" (count, no id), "13/13 đơn vị công an cấp huyện; 216/216 đơn vị công an cấp
# xã hoàn thành chỉ tiêu" (one measure split by level: scopes "cấp huyện", "cấp xã"; "/13",
# "/216" denominators), "địa phương thứ 2 trên toàn quốc ... hoàn thành" (rank =, no id) and the
# quote's "cho 100% công dân đủ điều kiện" (chip_id_cards_share). Not quantities: "vượt tiến độ
# trước 10 ngày", "trước 50 ngày" (a result against the schedule, like "vượt chỉ tiêu"),
# "12/5", "Đề án 06". Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-cccd-dantri-2023", kind="result", year=2023, records=[
    R("gắn chip cho «100% công dân.", "thu nhận hồ sơ cấp Căn cước công dân (CCCD) gắn chip cho công dân", "=", 100,
      iid=CHIP),
    R("cho «1.130.342 công dân", "thu nhận hồ sơ cấp CCCD gắn chip cho công dân đủ điều kiện", "=", 1130342, **CNT),
    R("với «13/13 đơn vị", "đơn vị công an hoàn thành chỉ tiêu", "=", 13, **CNT, scope="cấp huyện"),
    R("huyện; «216/216 đơn vị", "đơn vị công an hoàn thành chỉ tiêu", "=", 216, **CNT, scope="cấp xã"),
    R("địa phương thứ «2 trên", "địa phương trên toàn quốc hoàn thành việc thu nhận hồ sơ cấp CCCD", "=", 2, **RANK),
    R("CCCD cho «100% công dân đủ điều kiện có mặt", "thu nhận hồ sơ cấp CCCD cho công dân đủ điều kiện có mặt trên "
      "địa bàn", "=", 100, iid=CHIP),
])

# --------------------------------------------------------------------------
# 07 Hà Tĩnh, the same event (tienphong.vn, stamp 2023-05). Results of 2023: "tỉnh thứ 2 trên
# cả nước hoàn thành" and "tỉnh thứ 2 cả nước hoàn thành" (rank =, no id); "hoàn thành 100%
# chỉ tiêu cấp CCCD" (completion of the target: no id, as 01's "so với chỉ tiêu"); "cho 100%
# công dân đủ điều kiện" twice (society.chip_id_cards_share); "1.128.438 thẻ" (count, no id).
# Not quantities: "vượt tiến độ trước 10 ngày", "10/5", "10/5/2023", "12/5", "Đề án 06".
# --------------------------------------------------------------------------
D07 = dict(name="07_hatinh-cccd-tienphong-2023", kind="result", year=2023, records=[
    R("là tỉnh thứ «2 trên cả nước", "tỉnh trên cả nước hoàn thành chỉ tiêu cấp Căn cước công dân (CCCD) gắn chíp", "=",
      2, **RANK),
    R("hoàn thành «100% chỉ tiêu", "chỉ tiêu cấp Căn cước công dân (CCCD) gắn chíp điện tử cho công dân", "=", 100),
    R("hồ sơ cấp CCCD cho «100% công dân đủ điều kiện, vượt", "thu nhận hồ sơ cấp CCCD cho công dân đủ điều kiện", "=",
      100, iid=CHIP),
    R("điện tử cho «100% công dân đủ điều kiện trên", "thu nhận hồ sơ cấp CCCD gắn chip điện tử cho công dân đủ điều "
      "kiện trên toàn tỉnh", "=", 100, iid=CHIP),
    R("với «1.128.438 thẻ", "thẻ căn cước công dân", "=", 1128438, **CNT),
    R("là tỉnh thứ «2 cả nước", "tỉnh cả nước hoàn thành chỉ tiêu cấp CCCD gắn chíp điện tử cho công dân", "=", 2,
      **RANK),
])

# --------------------------------------------------------------------------
# 08 Hà Tĩnh, seven communes done with chip IDs (baohatinh.vn, stamp 2023-04; results of
# 2023). Counts of communes: the title's "7 xã", "thêm 6 xã khác", "6 xã khác ... vừa hoàn
# thành", "đã có 7 xã", "cho 6 đơn vị" (no id: society.communes_dx_completed_count counts
# communes done with digital transformation, not with chip IDs). Shares: "cho 100% người dân
# trong độ tuổi" twice and "cho 100% công dân đủ độ" (society.chip_id_cards_share). "là 1 trong
# 6 xã đầu tiên trong cả nước": a group rank (<= 6, as "nằm trong tốp 10"), anchored at "6";
# the "1" of "1 trong" is "one of", no quantity. Not quantities: "8/4", "quý II/2023". The two
# photo captions (each with a "100%") were cut as page furniture. Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_hatinh-7-xa-cccd-2023", kind="result", year=2023, records=[
    R("date 2023-04\n«7 xã ở", "xã ở Hà Tĩnh hoàn thành cấp căn cước công dân", "=", 7, **CNT),
    R("thêm «6 xã khác", "xã khác “về đích” nhiệm vụ này", "=", 6, **CNT),
    R("Theo đó, «6 xã khác", "xã khác trên địa bàn Hà Tĩnh vừa hoàn thành cấp CCCD gắn chip", "=", 6, **CNT),
    R("gắn chip cho «100% người dân trong độ tuổi, gồm", "cấp CCCD gắn chip cho người dân trong độ tuổi", "=", 100,
      iid=CHIP),
    R("đã có «7 xã", "xã “về đích” trong triển khai thực hiện cấp CCCD", "=", 7, **CNT),
    R("cho «6 đơn vị", "đơn vị vừa hoàn thành cấp CCCD gắn chip", "=", 6, **CNT),
    R("gắn chip cho «100% người dân trong độ tuổi.\n", "cấp CCCD gắn chip cho người dân trong độ tuổi", "=", 100,
      iid=CHIP),
    R("1 trong «6 xã đầu tiên", "xã đầu tiên trong cả nước hoàn thiện việc cấp CCCD", "<=", 6, **RANK,
      place="Thạch Kênh"),
    R("CCCD cho «100% công dân đủ độ", "cấp CCCD cho công dân đủ độ", "=", 100, place="Thạch Kênh", iid=CHIP),
])

# --------------------------------------------------------------------------
# 09 Quảng Trị, the plan for community digital teams (vietnamnet.vn, no date shown; "bắt đầu
# từ tháng 5/2022" → targets of 2022). Targets (bare numbers → >=): districts pick "2 xã,
# phường hoặc thị trấn"; "mỗi đơn vị cấp xã thành lập 1 Tổ công nghệ số cấp xã"; "lựa chọn 2
# thôn"; "mỗi thôn thành lập 1 Tổ ... cấp thôn"; team size "cấp xã có 5 thành viên; cấp thôn
# từ 5 - 8 thành viên": one measure split by level → scopes "cấp xã" (>= 5) and "cấp thôn"
# (between 5 and 8). No id (per-unit counts and team sizes, not the catalogue's totals).
# Pillar null. Not quantities: "5/2022". The photo file name and caption were cut.
# --------------------------------------------------------------------------
D09 = dict(name="09_quangtri-to-cns-2022", kind="target", year=2022, records=[
    R("lựa chọn «2 xã, phường", "các huyện, thị xã, thành phố lựa chọn xã, phường hoặc thị trấn để thành lập các Tổ "
      "công nghệ số cộng đồng", ">=", 2, **CNT),
    R("thành lập «1 Tổ công nghệ số cấp xã", "mỗi đơn vị cấp xã thành lập Tổ công nghệ số cấp xã", ">=", 1, **CNT),
    R("lựa chọn «2 thôn", "mỗi đơn vị cấp xã lựa chọn thôn", ">=", 2, **CNT),
    R("thành lập «1 Tổ công nghệ số cộng đồng cấp thôn", "mỗi thôn thành lập Tổ công nghệ số cộng đồng cấp thôn", ">=",
      1, **CNT),
    R("có «5 thành viên", "Mỗi tổ công nghệ số cộng đồng có thành viên", ">=", 5, **CNT, scope="cấp xã"),
    R("từ «5 - 8 thành viên", "Mỗi tổ công nghệ số cộng đồng có thành viên", "between", 5, value_max=8, **CNT,
      scope="cấp thôn"),
])

# --------------------------------------------------------------------------
# 10 Huế, the Lang Xá Cồn community digital team (huengaynay.vn, no date shown; founded
# "ngày 8/8/2025" → a result of 2025). "gồm 8 thành viên" (count;
# aware.community_digital_team_members_count, the members of a team). Not quantities:
# "8/8/2025". Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_hue-to-cns-langxacon-2025", kind="result", year=2025, records=[
    R("gồm «8 thành viên", "Tổ Công nghệ số cộng đồng Lang Xá Cồn gồm thành viên", "=", 8, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 11 Cao Bằng, a feature on QR payment at stalls (vietnamnet.vn, no date): a precision check.
# A stallholder's "Có tới 70% khách hàng mua của nhà tôi không dùng tiền mặt" is his own
# estimate about his own customers in a quotation, no indicator of the province (NOT; a
# judgement). Prices "10 nghìn đồng", "10.000 đồng", "Kiot số 1", "từ 5 năm nay", "khoảng 2
# tháng trước", "Covid-19", "phát triển 4,0" (the speaker's "4.0", a name) are no quantities.
# No gold record.
# --------------------------------------------------------------------------
D11 = dict(name="11_caobang-qr-precision", kind="result", year=None, records=[], NOT=["Có tới «70% khách"])

# --------------------------------------------------------------------------
# 12 Đắk Nông provincial party site, the central plan for "Bình dân học vụ số"
# (tinhuy.daknong.gov.vn): a precision check with a date and a document number only
# ("21/3/2025", "01-KH/BCĐTW"). No gold record.
# --------------------------------------------------------------------------
D12 = dict(name="12_daknong-bdhvs-precision", kind="target", year=2025, records=[])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
