#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set47).

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
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T, RES  # noqa: E402


MBS = dict(unit="other", unit_text="Mb/s")
TB100 = dict(unit="other", unit_text="thuê bao/100 dân")

DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
KM = dict(unit="other", unit_text="km")
MAY100 = dict(unit="other", unit_text="máy/100 dân")

# --------------------------------------------------------------------------
# 01 Phú Thọ, the Department of Science and Technology's review of 2025
# (baophutho.vn, date 2025-12; "Năm 2025, ..." → results of 2025, "đạt X" in
# a result → =). "kinh tế số chiếm 22% GRDP": a result share, =. Pillar: the
# 5G sentence opens with "Hạ tầng số, viễn thông được mở rộng với ..." (the
# sentence's own lead names hạ tầng số) → digital_infrastructure for that
# sentence only; every other sentence names no pillar → null. "chỉ số PII ...
# đạt 41,10 điểm (xếp 15/34 tỉnh, thành)": an index value (unit other "điểm")
# and a rank result (=, 15). "Chỉ số chuyển đổi số cấp tỉnh đạt 0,71%": the
# provincial DTI value printed with "%" (a typo for 0,71): recorded as
# written, unit "%", value 0.71, no id (dti.provincial_score is unit other;
# a judgement). Ids: econ.digital_economy_gdp_share,
# egov.full_online_services_share, hr.civil_servants_basic_digital_skills_share
# ("làm chủ kỹ năng số", scope null: cấp tỉnh is part of the subject; a
# judgement), infra.fiveg_coverage_share is coverage of the population/area,
# here of commune centres and industrial parks → no id (a judgement).
# Not quantities: "91 nhiệm vụ KH&CN" (a count of tasks), "5G" (a name),
# "31/12", "2025", "2026", "15/34"'s denominator "34", "nhóm dẫn đầu" (no number).
# --------------------------------------------------------------------------
D01 = dict(name="01_phutho-khcn-tong-ket-2025", kind="result", year=2025, records=[
    R("kinh tế số chiếm «22% GRDP", "kinh tế số chiếm GRDP", "=", 22, iid="econ.digital_economy_gdp_share"),
    R("toàn trình đạt «100%", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "=", 100,
      iid="egov.full_online_services_share"),
    R("độ phủ 5G đến «100% trung tâm", "Hạ tầng số, viễn thông được mở rộng với độ phủ 5G đến trung tâm xã/phường",
      "=", 100, pillar=INFRA),
    R("phường và «100% khu công nghiệp", "độ phủ 5G đến khu công nghiệp đang hoạt động trên địa bàn tỉnh", "=", 100,
      pillar=INFRA),
    R("PII của tỉnh đạt «41,10 điểm", "chỉ số PII của tỉnh", "=", 41.1, **DIEM),
    R("(xếp «15/34", "chỉ số PII của tỉnh xếp tỉnh, thành", "=", 15, **RANK),
    R("quản lý điều hành đạt «92%", "Tỷ lệ cán bộ, công chức cấp tỉnh làm chủ kỹ năng số, ứng dụng công nghệ trong "
      "quản lý điều hành", "=", 92, iid="hr.civil_servants_basic_digital_skills_share"),
    R("cấp tỉnh đạt «0,71%", "Chỉ số chuyển đổi số cấp tỉnh", "=", 0.71),
])

# --------------------------------------------------------------------------
# 02 Thành phố Huế, the Department of Science and Technology's results of
# 2025 (huengaynay.vn, date 2025-12; "Năm 2025, ..." → 2025). Counts of firms
# and organisations: "hỗ trợ thành lập mới 5 ..., 3 ..., nâng tổng số lên 11
# ... và 32 ...": four counts, =. "từ vị trí thứ 13 năm 2024 lên Top 5":
# two ranks: the place of 2024 (=, 13, year 2024: a value stated for its own
# year, not the change itself) and the group of 2025 (<=, 5); "đạt Top 10
# tỉnh/thành phố ..." (<=, 10). "Tổng điểm phục vụ bưu chính ... 265 điểm",
# "166 điểm": counts (points of service are things counted, "điểm" is their
# noun, not a score). "nhóm 5 địa phương dẫn đầu ... (DTI)" (<=, 5,
# dti.provincial_rank, year 2025 from the document) and "riêng năm 2024
# vươn lên vị thứ 2" (=, 2, 2024, dti.provincial_rank). Pillar: null
# throughout ("về lĩnh vực KH&CN" names no pillar; "Bưu chính, viễn thông
# tiếp tục phát triển." is a sentence of its own, not a lead-in of the next
# ones; a judgement). Ids: infra.fiveg_coverage_share; the 100% of villages
# covered by mobile and fixed broadband joins two networks → no id (as set45's
# 02); the rest no catalogue indicator (S&T firms and organisations, research
# transfer, PII, postal and public-service agent points).
# Not quantities: "5G" (name), "2024"/"2025" as years.
# --------------------------------------------------------------------------
D02 = dict(name="02_hue-khcn-ket-qua-2025", kind="result", year=2025, records=[
    R("thành lập mới «5 doanh nghiệp", "doanh nghiệp KH&CN được hỗ trợ thành lập mới", "=", 5, **CNT),
    R("KH&CN, «3 tổ chức", "tổ chức KH&CN được hỗ trợ thành lập mới", "=", 3, **CNT),
    R("tổng số lên «11 doanh nghiệp", "tổng số doanh nghiệp KH&CN trên địa bàn thành phố", "=", 11, **CNT),
    R("doanh nghiệp và «32 tổ chức", "tổng số tổ chức KH&CN trên địa bàn thành phố", "=", 32, **CNT),
    R("nhiệm vụ KH&CN đạt «76%", "Tỷ lệ chuyển giao ứng dụng kết quả nghiên cứu đối với các nhiệm vụ KH&CN", "=", 76),
    R("trong đó «2 kết quả", "kết quả được thương mại hóa", "=", 2, **CNT),
    R("từ vị trí thứ «13 năm 2024", "Bộ Chỉ số Đổi mới sáng tạo cấp địa phương (PII)", "=", 13, **RANK, year=2024),
    R("lên Top «5 địa phương", "Bộ Chỉ số Đổi mới sáng tạo cấp địa phương (PII) địa phương dẫn đầu cả nước", "<=", 5,
      **RANK),
    R("đạt Top «10 tỉnh", "tỉnh/thành phố đã có nhiều thành tích, đóng góp tích cực trong công tác xây dựng và phát "
      "triển hệ sinh thái khởi nghiệp sáng tạo quốc gia", "<=", 10, **RANK),
    R("thành phố «265 điểm", "Tổng điểm phục vụ bưu chính trên địa bàn thành phố", "=", 265, **CNT),
    R("thành phố «166 điểm", "tổng số điểm đại lý dịch vụ công trên địa bàn thành phố", "=", 166, **CNT),
    R("và cố định đạt «100%", "Tỷ lệ thôn, bản được phủ băng rộng di động và cố định", "=", 100),
    R("trên địa bàn đạt «60%", "tỷ lệ phủ sóng 5G trên địa bàn", "=", 60, iid="infra.fiveg_coverage_share"),
    R("vị trí nhóm «5 địa phương", "địa phương dẫn đầu cả nước về Chỉ số chuyển đổi số (DTI)", "<=", 5, **RANK,
      iid="dti.provincial_rank"),
    R("vươn lên vị thứ «2 trên", "Chỉ số chuyển đổi số (DTI) trên cả nước", "=", 2, **RANK, year=2024,
      iid="dti.provincial_rank"),
])

# --------------------------------------------------------------------------
# 03 Tuyên Quang, the province's DTI of its departments, districts and
# communes for 2023 (baotuyenquang.com.vn, no date; "năm 2023" → 2023).
# Points "407,64 điểm": index values, unit other "điểm" (contract), =.
# Places written as digits: "xếp thứ 2 và 3 lần lượt là Sở Tài chính ...,
# Sở Kế hoạch và Đầu tư ..." → two ranks (=); "xếp thứ 2", "xếp thứ 3" of
# the districts; "lần lượt xếp thứ 2 và 3" of the communes. First places
# written as words ("đứng đầu", "đứng thứ nhất") and last places have no
# rank record (no digit). Each sentence is about one group (departments,
# districts, communes), no split inside a sentence → scope null. No id: the
# DTI of departments, districts and communes is no catalogue indicator
# (dti.provincial_score and dti.provincial_rank are the provinces' own).
# Pillar null. Not quantities: "23-5" (a date).
# --------------------------------------------------------------------------
D03 = dict(name="03_tuyenquang-dti-so-huyen-xa-2023", kind="result", year=2023, records=[
    R("UBND tỉnh với «407,64 điểm", "Sở Tư pháp đứng đầu trong khối cơ quan chuyên môn, cơ quan quản lý Nhà nước "
      "thuộc UBND tỉnh", "=", 407.64, **DIEM),
    R("xếp thứ «2 và 3 lần lượt là Sở", "xếp thứ Sở Tài chính", "=", 2, **RANK),
    R("xếp thứ 2 và «3 lần lượt là Sở", "xếp thứ Sở Kế hoạch và Đầu tư", "=", 3, **RANK),
    R("Sở Tài chính với «379,34 điểm", "Sở Tài chính", "=", 379.34, **DIEM),
    R("Đầu tư với «377,09 điểm", "Sở Kế hoạch và Đầu tư", "=", 377.09, **DIEM),
    R("Môi trường với «264,36 điểm", "Xếp hạng cuối cùng trong nhóm các cơ quan là Sở Tài nguyên và Môi trường", "=",
      264.36, **DIEM),
    R("đứng đầu với «513,65 điểm", "TP Tuyên Quang là địa phương đứng đầu", "=", 513.65, **DIEM),
    R("Yên Sơn xếp thứ «2", "huyện Yên Sơn xếp thứ", "=", 2, **RANK),
    R("thứ 2 với «508,17 điểm", "huyện Yên Sơn", "=", 508.17, **DIEM),
    R("Sơn Dương xếp thứ «3", "Sơn Dương xếp thứ", "=", 3, **RANK),
    R("thứ 3 với «507,79 điểm", "Sơn Dương", "=", 507.79, **DIEM),
    R("Na Hang «434,21 điểm", "Xếp cuối cùng là huyện Na Hang", "=", 434.21, **DIEM),
    R("thứ nhất với «304,31 điểm", "Xã Tràng Đà (TP Tuyên Quang) đứng thứ nhất", "=", 304.31, **DIEM),
    R("Quang) «292,51 điểm", "phường Hưng Thành (TP Tuyên Quang)", "=", 292.51, **DIEM),
    R("Bình) «279,48 điểm", "xã Bình An (Lâm Bình)", "=", 279.48, **DIEM),
    R("xếp thứ «2 và 3. Đứng", "phường Hưng Thành (TP Tuyên Quang) xếp thứ", "=", 2, **RANK),
    R("xếp thứ 2 và «3. Đứng", "xã Bình An (Lâm Bình) xếp thứ", "=", 3, **RANK),
    R("Na Hang) «100,44 điểm", "Đứng cuối trong là xã Thượng Giáp (Na Hang)", "=", 100.44, **DIEM),
])

# --------------------------------------------------------------------------
# 04 Đồng Tháp, the Department of Information and Communications' review of
# 2024 (stttt.dongthap.gov.vn, no date; "Trong năm 2024" → 2024). Pillar:
# "kết quả nổi bật trong các lĩnh vực như: Hạ tầng bưu chính được nâng cấp
# ..." opens the paragraph's list of postal and telecom results (postal
# network as hạ tầng số, as set45's 03; the clause "hạ tầng viễn thông được
# mở rộng" names the topic itself) → digital_infrastructure on all six, a
# judgement. "16 doanh nghiệp" (postal firms), "271 điểm phục vụ", "bán kính
# bình quân 1,95 km" (unit other "km"), "100% xã có điểm bưu chính"
# (infra.postal_points_communes_share), "gần 4.600 trạm BTS" (~,
# infra.bts_stations_count), "hơn 202.000 thuê bao 2G sang 4G" (>, no id).
# Not quantities: "2G", "4G" (names), "24/12". The excerpt ends in "phát tr".
# --------------------------------------------------------------------------
D04 = dict(name="04_dongthap-stttt-tong-ket-2024", kind="result", year=2024, records=[
    R("hiện có «16 doanh nghiệp", "doanh nghiệp bưu chính", "=", 16, **CNT, pillar=INFRA),
    R("doanh nghiệp, «271 điểm", "điểm phục vụ", "=", 271, **CNT, pillar=INFRA),
    R("bình quân «1,95 km", "bán kính bình quân", "=", 1.95, **KM, pillar=INFRA),
    R("km và «100% xã", "xã có điểm bưu chính", "=", 100, pillar=INFRA, iid="infra.postal_points_communes_share"),
    R("với gần «4.600 trạm BTS", "hạ tầng viễn thông được mở rộng với trạm BTS", "~", 4600, **CNT, pillar=INFRA,
      iid="infra.bts_stations_count"),
    R("đổi hơn «202.000 thuê bao", "hỗ trợ chuyển đổi thuê bao 2G sang 4G", ">", 202000, **CNT, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 05 Bắc Kạn, the Department of Information and Communications' results of
# 2024 (baobackan.vn, no date; "Năm 2024, ..." → 2024; "Đến nay" in the
# paragraph after takes 2024 too). Commune radio: "đạt 100%" (no id: any
# commune radio station) and "99% đài truyền thanh cấp xã ... ứng dụng CNTT -
# VT" (infra.smart_radio_communes_share, a judgement: stations of communes
# that are IT-telecom ones). Money: "69,3 tỷ đồng", "706 triệu đồng", "50,3
# tỷ đồng", "12,5 tỷ đồng" (unit other "đồng", no id: postal and telecom
# service revenue and tax paid are not the ICT industry's revenue). Each
# "tăng X% so với năm 2023" is a change against an earlier value (NOT).
# Ids: egov.full_online_services_share (66,4%), egov.online_applications_share
# (76,7%), egov.online_payment_share (50%). Pillar null.
# Not quantities: "CNTT - VT", "2023"/"2025" as years.
# --------------------------------------------------------------------------
D05 = dict(name="05_backan-stttt-ket-qua-2024", kind="result", year=2024, records=[
    R("truyền thanh cơ sở đạt «100%", "tỷ lệ xã, phường, thị trấn có đài truyền thanh cơ sở", "=", 100),
    R("trong đó «99% đài", "đài truyền thanh cấp xã trên địa bàn là đài truyền thanh ứng dụng CNTT - VT", "=", 99,
      iid="infra.smart_radio_communes_share"),
    R("đạt «69,3 tỷ đồng", "Doanh thu dịch vụ bưu chính", "=", 69.3e9, **DONG),
    R("ngân sách «706 triệu đồng", "dịch vụ bưu chính nộp ngân sách", "=", 706e6, **DONG),
    R("đạt «50,3 tỷ đồng", "Doanh thu dịch vụ viễn thông", "=", 50.3e9, **DONG),
    R("ngân sách «12,5 tỷ đồng", "dịch vụ viễn thông nộp ngân sách", "=", 12.5e9, **DONG),
    R("toàn trình đạt «66,4%", "tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình", "=", 66.4,
      iid="egov.full_online_services_share"),
    R("thủ tục hành chính đạt «76,7%", "Tỷ lệ hồ sơ phát sinh trực tuyến trên tổng số hồ sơ thủ tục hành chính", "=",
      76.7, iid="egov.online_applications_share"),
    R("quốc gia đạt «50%", "tỷ lệ thanh toán hồ sơ thủ tục hành chính trực tuyến trên Cổng Dịch vụ công quốc gia",
      "=", 50, iid="egov.online_payment_share"),
], NOT=["tăng «18%", "tăng «1,5%", "tăng «6,7%", "tăng «38%", "tăng «29,4%", "tăng «44,2%"])

# --------------------------------------------------------------------------
# 06 Quảng Ngãi, the Department of Information and Communications' year
# reviewed at its staff conference (chuyendoiso.quangngai.gov.vn, no date;
# "Năm qua" and "6 tháng đầu năm" name no year → year null). "cấp tỉnh đạt
# khoảng 80%, cấp huyện đạt khoảng 64%, cấp xã trên 96%": a split by level
# → three records, scopes "cấp tỉnh", "cấp huyện", "cấp xã", ops ~, ~, >; no
# id ("tỷ lệ dịch vụ công trực tuyến" does not say whether services or
# applications are counted; a judgement). "duy trì top 5 cả nước" (<=, 5)
# about online payment via the national portal (the sentence goes on to it;
# a judgement on the wording); "vị trí thứ nhất" in words → no record.
# "hơn 300 hệ thống thông tin" approved for security levels (count, >; no id:
# security.systems_level_approved_share is a share), "đứng thứ 3/63" (=, 3),
# "03 đợt diễn tập" (count 3, security.incident_drills_count). "gần 60 ứng
# dụng, CSDL, hệ thống thông tin" (~) and "20 hệ thống được kết nối" (=):
# counts, no id. Pillar: null throughout (the paragraphs open with sentences
# of their own, "Hạ tầng số tiếp tục được đẩy mạnh ...", "Công tác an toàn
# thông tin mạng luôn được đảm bảo", which lead no list; a judgement).
# The excerpt ends in "an toàn thông t".
# --------------------------------------------------------------------------
D06 = dict(name="06_quangngai-stttt-hoi-nghi", kind="result", year=None, records=[
    R("khai thác gần «60 ứng dụng", "Đầu tư, khai thác ứng dụng, CSDL, hệ thống thông tin", "~", 60, **CNT),
    R("thông tin; «20 hệ thống", "hệ thống được kết nối, khai thác dữ liệu quốc gia, CSDL Bộ, ngành", "=", 20, **CNT),
    R("cấp tỉnh đạt khoảng «80%", "tỷ lệ dịch vụ công trực tuyến", "~", 80, scope="cấp tỉnh"),
    R("cấp huyện đạt khoảng «64%", "tỷ lệ dịch vụ công trực tuyến", "~", 64, scope="cấp huyện"),
    R("cấp xã trên «96%", "tỷ lệ dịch vụ công trực tuyến", ">", 96, scope="cấp xã"),
    R("duy trì top «5 cả nước", "Quảng Ngãi luôn duy trì cả nước thanh toán trực tuyến qua Cổng dịch vụ công quốc gia",
      "<=", 5, **RANK),
    R("cho hơn «300 hệ thống", "phê duyệt cấp độ an toàn thông tin cho hệ thống thông tin", ">", 300, **CNT),
    R("đứng thứ «3/63", "phê duyệt cấp độ an toàn thông tin đứng thứ tỉnh, thành", "=", 3, **RANK),
    R("tổ chức «03 đợt", "đợt diễn tập thực chiến an toàn thông t", "=", 3, **CNT,
      iid="security.incident_drills_count"),
])

# --------------------------------------------------------------------------
# 07 Bà Rịa - Vũng Tàu, the Department of Information and Communications'
# results of 2023 (baobariavungtau.com.vn, date 2024-01; "Trong năm 2023" →
# 2023). "hoàn thành 35/39 chỉ tiêu": a count of a plan's targets met, not
# a quantity (like counts of tasks; a judgement). "của 26 cơ quan, đơn vị"
# describes the aim of the IOC's data store ("hướng đến hình thành kho dữ
# liệu ... của 26 cơ quan"): neither a value reached nor a target set → no
# record (a judgement). "2 ứng dụng" put into operation: a count result.
# Pillar: "Về lĩnh vực bưu chính, viễn thông," is a lead-in naming a topic of
# hạ tầng số (viễn thông) for its paragraph → digital_infrastructure on its
# four sentences, including the security-level share (the lead-in decides).
# Per-100 densities "đạt 140 thuê bao", "100 thuê bao": unit other
# "thuê bao/100 dân" (as set45), no id (all phone subscriptions; "internet"
# not said to be fixed or mobile broadband). "93,55% so với 80% yêu cầu đặt
# ra": the result (=) and the requirement of 2023 (a target, >=), both
# security.systems_level_approved_share. Each "(tăng X% so với năm 2022)" is
# a change (NOT). Not quantities: "29/1", "/100 dân" (denominators).
# --------------------------------------------------------------------------
D07 = dict(name="07_bariavungtau-stttt-2023", kind="result", year=2023, records=[
    R("chính thức «2 ứng dụng", "ứng dụng cho các thiết bị thông minh phục vụ chính quyền và người dân, DN đưa vào "
      "vận hành chính thức", "=", 2, **CNT),
    R("doanh thu hơn «2.500 tỷ đồng", "bưu chính, viễn thông tổng doanh thu", ">", 2500e9, **DONG, pillar=INFRA),
    R("dân đạt «140 thuê bao", "Mật độ điện thoại/100 dân", "=", 140, **TB100, pillar=INFRA),
    R("dân đạt «100 thuê bao", "Mật độ internet/100 dân", "=", 100, **TB100, pillar=INFRA),
    R("an toàn đạt «93,55%", "Tỷ lệ hệ thống thông tin của cơ quan nhà nước hoàn thành phê duyệt cấp độ an toàn", "=",
      93.55, pillar=INFRA, iid="security.systems_level_approved_share"),
    R("so với «80% yêu cầu", "Tỷ lệ hệ thống thông tin của cơ quan nhà nước hoàn thành phê duyệt cấp độ an toàn yêu "
      "cầu đặt ra", ">=", 80, kind="target", pillar=INFRA, iid="security.systems_level_approved_share"),
], NOT=["tăng «11,5%", "tăng «1,43%", "tăng «0,95%"])

# --------------------------------------------------------------------------
# 08 Lào Cai, the Department of Information and Communications' review of
# 2023 (laocaitv.vn, the byline "22:13 05-01-2024" cut and kept as date
# 2024-01; "năm 2023" → 2023). "hoàn thành vượt mức 5 chỉ tiêu, 5 chỉ tiêu đạt
# 100% kế hoạch": counts of targets met and a standing against the plan, not
# quantities (NOT for the 100%; a judgement). Pillar: "Lĩnh vực công nghệ
# thông tin, chuyển đổi số ..." names no pillar → null; "Lĩnh vực bưu chính,
# viễn thông, hạ tầng viễn thông, internet phát triển rộng khắp với ..." is
# the lead of its own sentence → digital_infrastructure on its four numbers.
# Ids: egov.full_online_services_share (100% of eligible procedures),
# egov.national_portal_integrated_services_count (1.323),
# egov.national_portal_integrated_share (73%), infra.bts_stations_count
# ("gần 2.000", ~), infra.mobile_village_coverage_share (99% of village
# centres); no id: procedures with financial obligations on the national
# portal, BTS sites, transmission routes. Not quantities: "3G, 4G", "Đề án
# 06" (names), "05/1", "Tối thiểu 10 chữ" (cut with the comment box).
# --------------------------------------------------------------------------
D08 = dict(name="08_laocai-stttt-tong-ket-2023", kind="result", year=2023, records=[
    R("nổi bật; «100% thủ tục", "thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến "
      "toàn trình", "=", 100, iid="egov.full_online_services_share"),
    R("tích hợp «1.323 dịch vụ", "dịch vụ công tích hợp lên Cổng Dịch vụ công quốc gia", "=", 1323, **CNT,
      iid="egov.national_portal_integrated_services_count"),
    R("quốc gia, đạt «73%", "Tỉnh đã triển khai tích hợp dịch vụ công lên Cổng Dịch vụ công quốc gia", "=", 73,
      iid="egov.national_portal_integrated_share"),
    R("đạt 73%; «100% thủ tục", "thủ tục hành chính có yêu cầu nghĩa vụ tài chính được cung cấp trên Cổng Dịch vụ "
      "công quốc gia", "=", 100),
    R("với gần «2.000 trạm BTS", "Lĩnh vực bưu chính, viễn thông, hạ tầng viễn thông, internet phát triển rộng khắp "
      "với trạm BTS", "~", 2000, **CNT, pillar=INFRA, iid="infra.bts_stations_count"),
    R("tại «1.336 vị trí", "trạm BTS lắp đặt tại vị trí", "=", 1336, **CNT, pillar=INFRA),
    R("vị trí, «956 tuyến", "tuyến truyền dẫn", "=", 956, **CNT, pillar=INFRA),
    R("dẫn, «99% trung tâm", "trung tâm thôn, tổ dân phố được phủ sóng di động 3G, 4G", "=", 99, pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
], NOT=["chỉ tiêu đạt «100% kế hoạch"])

# --------------------------------------------------------------------------
# 09 Thanh Hóa, information and communications in 2023 (a copy of the
# provincial party site's page on dcsth.hanhchinhcong.net, no date; "Trong
# năm 2023" → 2023). "ước đạt" in a result → = (contract). Subscribers:
# total 2.980.000 (no id: fixed and mobile together), the bracket's 25.000
# fixed (no id) and 2.955.000 mobile (infra.mobile_subscriptions_count),
# Internet 2.450.000 (infra.internet_subscriptions_count, a judgement: the
# catalogue's "thuê bao Internet băng rộng"). Densities "81,50 máy/100 dân"
# and "66,77 thuê bao/100 dân": unit other with the unit as written, no id
# (phone density of all lines; Internet density not split). "tăng X% so với
# cùng kỳ", "vượt X% so với kế hoạch": changes against an earlier value or a
# plan (NOT). Pillar null (the paragraph opens with "Các chỉ tiêu dịch vụ bưu
# chính, viễn thông, công nghệ thông tin, báo chí, ..." naming several fields).
# --------------------------------------------------------------------------
D09 = dict(name="09_thanhhoa-thong-tin-truyen-thong-2023", kind="result", year=2023, records=[
    R("ước đạt «2.980.000 thuê bao", "Tổng số thuê bao trên toàn mạng", "=", 2980000, **CNT),
    R("có «25.000 thuê bao cố định", "thuê bao cố định", "=", 25000, **CNT),
    R("; «2.955.000 thuê bao di động", "thuê bao di động", "=", 2955000, **CNT,
      iid="infra.mobile_subscriptions_count"),
    R("điện thoại đạt «81,50 máy/100 dân", "mật độ thuê bao điện thoại", "=", 81.5, **MAY100),
    R("ước đạt «2.450.000 thuê bao", "Tổng số thuê bao Internet trên toàn mạng", "=", 2450000, **CNT,
      iid="infra.internet_subscriptions_count"),
    R("mật độ «66,77 thuê bao/100 dân", "mật độ thuê bao Internet", "=", 66.77, **TB100),
], NOT=["tăng «4,44%", "vượt «0,13%", "tăng «6,33%", "vượt «0,83%"])

# --------------------------------------------------------------------------
# 10 Ngân Sơn district (Bắc Kạn), mid-year review of 2024 at the district
# council (baobackan.vn, date 2024-07): a precision check. Every percentage
# is a result's standing against the plan or an earlier value: "tăng 0,8% so
# với kế hoạch", "vượt 12% so với kế hoạch", "đạt 150% so với kế hoạch",
# "tăng 14% so với cùng kỳ năm 2023", "Chỉ tiêu tuyển quân đạt 100% kế
# hoạch" → not quantities under the contract ("vượt 6% so với kế hoạch",
# "tăng 33% so với ..."; "đạt X% kế hoạch" read the same way, a judgement).
# No gold record. Not quantities either: "6 tháng" (periods), "2023", "2024".
# --------------------------------------------------------------------------
D10 = dict(name="10_nganson-so-ket-6-thang-2024-precision", kind="result", year=2024, records=[], NOT=[
    "tăng «0,8%", "vượt «12%", "đạt «150%", "tăng «14%", "đạt «100% kế hoạch",
])

# --------------------------------------------------------------------------
# 11 The PAR INDEX 2023 of ministries and provinces (dantoctongiao.vietnamnet.vn,
# no date; "năm 2023" → 2023). Values "đạt 89,95%" etc.: results (=, unit %),
# no id (rank.par_index is the provinces' rank; no catalogue entry holds the
# PAR value). Ranks "Xếp vị trí thứ 2 là TP Hải Phòng", "xếp thứ 3/4/5": =,
# rank.par_index, with `place`. Places other than the text's (it is national)
# carried in `place` for provinces. "Hải Phòng đạt kết quả chỉ số >90%": a
# result >, 90, year 2023 (the fourth year running includes 2023). Not
# quantities: the survey's "hơn 89.000 phiếu", "39.765 phiếu", "49.458 phiếu"
# (the method's sample, like an event's participants; a judgement); "thấp hơn
# 11,92% so với đơn vị dẫn đầu", "(+5,83%)", "(-5,31%)" (differences against
# other values, NOT); "10/17 đơn vị có PAR INDEX 2023 tăng", "7 bộ có kết quả
# ... giảm" (counts of units by the direction of their change against 2022;
# a judgement); "6 lần đứng đầu" since 2012 (a tally of past places, no
# indicator of a year; a judgement); "năm thứ 4" (ordinal); "17/4", "2012".
# Sóc Trăng's "(81,70%, xế" is cut after the value; recorded.
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-par-index-2023", kind="result", year=2023, records=[
    R("PAR INDEX 2023, đạt «89,95%", "Bộ Tư pháp dẫn đầu bảng PAR INDEX 2023", "=", 89.95),
    R("PAR INDEX 2023 đạt «78,03%", "Bộ Công Thương đứng cuối bảng xếp hạng với kết quả PAR INDEX 2023", "=", 78.03),
    R("kết quả đạt «92,18%", "Chỉ số Cải cách hành chính năm 2023 Quảng Ninh tiếp tục dẫn đầu bảng xếp hạng", "=",
      92.18, place="Quảng Ninh"),
    R("Xếp vị trí thứ «2 là", "Xếp vị trí TP Hải Phòng Chỉ số Cải cách hành chính", "=", 2, **RANK,
      place="Hải Phòng", iid="rank.par_index"),
    R("Hải Phòng, đạt «91,87%", "TP Hải Phòng Chỉ số Cải cách hành chính", "=", 91.87, place="Hải Phòng"),
    R("kết quả chỉ số >«90%", "Hải Phòng đạt kết quả chỉ số", ">", 90, place="Hải Phòng"),
    R("Hà Nội («91,43%", "Hà Nội kết quả cải cách hành chính", "=", 91.43, place="Hà Nội"),
    R("xếp thứ «3)", "Hà Nội xếp thứ", "=", 3, **RANK, place="Hà Nội", iid="rank.par_index"),
    R("Bắc Giang («91,16%", "Bắc Giang kết quả cải cách hành chính", "=", 91.16, place="Bắc Giang"),
    R("xếp thứ «4)", "Bắc Giang xếp thứ", "=", 4, **RANK, place="Bắc Giang", iid="rank.par_index"),
    R("Vũng Tàu («91,03%", "Bà Rịa - Vũng Tàu kết quả cải cách hành chính", "=", 91.03, place="Bà Rịa - Vũng Tàu"),
    R("xếp thứ «5)", "Bà Rịa - Vũng Tàu xếp thứ", "=", 5, **RANK, place="Bà Rịa - Vũng Tàu", iid="rank.par_index"),
    R("An Giang, đạt «81,32%", "Đứng cuối bảng xếp hạng cấp tỉnh là An Giang", "=", 81.32, place="An Giang"),
    R("Sóc Trăng («81,70%", "kết quả PAR INDEX 2023 khá thấp Sóc Trăng", "=", 81.7, place="Sóc Trăng"),
], NOT=["thấp hơn «11,92%", "(+«5,83%)", "(-«5,31%)"])

# --------------------------------------------------------------------------
# 12 National mid-year review of 2024 (Ủy ban Quốc gia về chuyển đổi số),
# as reported by baoninhthuan.com.vn (no date; "sơ kết 6 tháng đầu năm 2024"
# → 2024). Pillar: "Dịch vụ công trực tuyến, tỷ lệ hồ sơ ..." opens its
# sentence with a topic of chính quyền số (spec) → digital_government on the
# 42%; "Kinh tế số 6 tháng đầu năm ước đạt tăng trưởng 22,4% và tỷ trọng kinh
# tế số trong GDP ..." opens with the pillar's name → digital_economy on both
# (a judgement, as 01's "Hạ tầng số, viễn thông ..."); the other sentences
# name none → null. "ước đạt tăng trưởng 22,4%": the growth rate is itself
# the indicator (econ.digital_economy_growth), recorded; "tăng trưởng 26% so
# với cùng kỳ năm 2023" qualifies the revenue as a change against the same
# period → NOT (a judgement). Ids: egov.online_applications_share (full-
# process online applications counted as applications processed online; a
# judgement), econ.digital_economy_gdp_share, econ.ict_industry_revenue
# ("Doanh thu lĩnh vực công nghệ thông tin (kinh tế số ICT)", 1.928.311 tỷ
# đồng = 1.928311e15). Counts of provinces "63 tỉnh, thành" and "15/63 địa
# phương" issuing policies: results, no id. Not quantities: "Đề án 06", "10/7".
# --------------------------------------------------------------------------
D12 = dict(name="12_ninhthuan-so-ket-6-thang-2024", kind="result", year=2024, records=[
    R("cả nước đạt «42%", "Dịch vụ công trực tuyến, tỷ lệ hồ sơ trực tuyến toàn trình cả nước", "=", 42, pillar=GOV,
      iid="egov.online_applications_share"),
    R("Có «63 tỉnh", "tỉnh, thành đã ban hành chính sách giảm, miễn phí, lệ phí sử dụng dịch vụ công trực tuyến", "=",
      63, **CNT),
    R("trực tuyến; «15/63", "địa phương đã ban hành chính sách giảm thời gian để khuyến khích người dân sử dụng dịch "
      "vụ công trực tuyến", "=", 15, **CNT),
    R("ước đạt tăng trưởng «22,4%", "Kinh tế số 6 tháng đầu năm tăng trưởng", "=", 22.4, pillar=ECO,
      iid="econ.digital_economy_growth"),
    R("trong GDP ước đạt «18,3%", "tỷ trọng kinh tế số trong GDP", "=", 18.3, pillar=ECO,
      iid="econ.digital_economy_gdp_share"),
    R("ước đạt «1.928.311 tỷ đồng", "Doanh thu lĩnh vực công nghệ thông tin (kinh tế số ICT)", "=", 1928311e9, **DONG,
      iid="econ.ict_industry_revenue"),
], NOT=["tăng trưởng «26%"])

# --------------------------------------------------------------------------
# 13 National information and communications, first half of 2023, as printed
# on the An Lão district (Hải Phòng) site (anlao.anlao.haiphong.gov.vn, no
# date; "Trong 6 tháng đầu năm 2023" → 2023). "ước đạt hơn 1,6 triệu tỷ đồng"
# (>, 1.6e15 đồng: two magnitude words multiplied) and "45.405 tỷ đồng" (=):
# money, no id (the whole sector's revenue and taxes). "đạt 39,6% so với kế
# hoạch", "đạt 43,66% so với kế hoạch", "đạt 90,66% kế hoạch": standings
# against the plan (NOT, as 10). "tỷ lệ dịch vụ công trực tuyến toàn trình đủ
# điều kiện ước đạt 90,66%" (=) and its "(mục tiêu năm 2023 là 100%)" (a
# target, >=, 2023): both egov.full_online_services_share. "80/83 Bộ, tỉnh"
# and "63/63 địa phương": counts of bodies that issued lists and resolutions
# (=, no id). Pillar null. Not quantities: "19/6/2023", "42/2022/NĐ-CP".
# --------------------------------------------------------------------------
D13 = dict(name="13_anlao-ca-nuoc-6-thang-2023", kind="result", year=2023, records=[
    R("ước đạt hơn «1,6 triệu tỷ đồng", "Doanh thu toàn ngành Thông tin và Truyền thông", ">", 1.6e15, **DONG),
    R("ước đạt «45.405 tỷ đồng", "Nộp ngân sách nhà nước", "=", 45405e9, **DONG),
    R("đủ điều kiện ước đạt «90,66%", "tỷ lệ dịch vụ công trực tuyến toàn trình đủ điều kiện", "=", 90.66,
      iid="egov.full_online_services_share"),
    R("năm 2023 là «100%", "tỷ lệ dịch vụ công trực tuyến toàn trình đủ điều kiện", ">=", 100, kind="target",
      iid="egov.full_online_services_share"),
    R("Hiện có «80/83", "Bộ, tỉnh đã ban hành danh mục dịch vụ công trực tuyến toàn trình, một phần", "=", 80, **CNT),
    R("chưa ban hành). «63/63", "địa phương đã ban hành Nghị quyết, Chỉ thị về chuyển đổi số, kế hoạch/đề án về chuyển "
      "đổi số và kiện toàn, thành lập Ban Chỉ đạo về chuyển đổi số", "=", 63, **CNT),
], NOT=["đạt «39,6%", "đạt «43,66%", "đạt «90,66% kế hoạch"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
