#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set277).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record (none in
this set: no percentage here is a completion against a plan). Each record carries
`indicator_id_gold` (ignored by the scorer), decided against muctieu/catalog/data/indicators.yaml
(`iid=`; see README).

Theme: provinces' digital-transformation results for 2025 and plans for 2026 after the July 2025
merger. Eleven texts, five of them "precision" texts (document headers, sizes of the merged
provinces, dates) with no record.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T, INFRA  # noqa: E402

ONLINE = "egov.online_applications_share"
FULL = "egov.full_online_services_share"
TT = "tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình trên tổng số hồ sơ giải quyết thủ tục hành chính"
TON = dict(unit="other", unit_text="tấn")
DONG = dict(unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 Phú Thọ (merged from Phú Thọ, Vĩnh Phúc and Hòa Bình), "Chuyển đổi số - Nhanh hơn, hiệu quả
# hơn, gần dân hơn", February 2026 (baophutho.vn; the stamp " date 2026-02-20" written as the first
# line; cut: the photo caption "Công dân lấy số thứ tự ... xã Phù Ninh." with the blank line after
# it; the excerpt ends in "60 máy ch"). Year 2026 (the stamp's; the text names no year). Results:
# "Tỷ lệ hồ sơ nộp trực tuyến của tỉnh duy trì ở mức 90 - 93%" (between); "Gần 1,5 triệu văn bản
# điện tử" and "gần 30.000 tài khoản" (~, counts); "Hạ tầng số được quan tâm đầu tư với hệ thống dữ
# liệu tập trung, 60 máy ch" (=, count; the number is whole though the word is cut; pillar
# digital_infrastructure: the sentence opens by naming hạ tầng số, as earlier sets' "Hạ tầng số được
# quan tâm đầu tư với 100% ..."; a judgement). Other pillars null (the headings "Nhanh hơn trong xử
# lý" name no pillar). Not quantities: the stamp. Ids: ONLINE; egov.electronic_documents_count (sent
# and received over the national axis); egov.document_system_users_count; the servers null (the
# catalogue's data-centre servers count is of a data centre; a judgement).
# --------------------------------------------------------------------------
D01 = dict(name="01_phutho-cds-nhanh-hon-gan-dan-2026", kind="result", year=2026, records=[
    R("mức «90 - 93%", "Tỷ lệ hồ sơ nộp trực tuyến của tỉnh", "between", 90, value_max=93, iid=ONLINE),
    R("Gần «1,5 triệu", "văn bản điện tử được gửi - nhận qua trục liên thông văn bản quốc gia", "~", 1.5e6,
      **CNT, iid="egov.electronic_documents_count"),
    R("gần «30.000 tài khoản", "tài khoản đang sử dụng hệ thống quản lý văn bản", "~", 30000, **CNT,
      iid="egov.document_system_users_count"),
    R("tập trung, «60 máy ch", "máy ch của hệ thống dữ liệu tập trung", "=", 60, **CNT, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 02 National, the share of full-process online dossiers in June 2025, the provinces' block far
# below the 2025 target (lite.baomoi.com; nothing cut; no byline, no stamp; the excerpt ends in
# "không đạt mụ"). Year 2025 ("tháng 6/2025"). Results: the title's "đạt 39,5%", "là 39,51%",
# "mới chỉ đạt 39,5%" (=); "khối bộ, ngành là 51,19%, còn khối tỉnh, thành phố mới chỉ đạt 15,21%"
# (a split by level: scopes "khối bộ, ngành" and "khối tỉnh, thành phố", as earlier sets' "khối bộ,
# ngành ... khối tỉnh, thành"); "Có tới 14/15 bộ, cơ quan ngang bộ ... và 100% các tỉnh, thành phố
# trực thuộc Trung ương không đạt mụ[c tiêu]" (a count, then a share, of units missing the target;
# results). Targets: "mục tiêu cần đạt vào cuối năm 2025 là 80%" and "so với mục tiêu 80% cần đạt
# được vào cuối năm 2025" (>=, 2025; the second a restatement, recorded as stated). Pillar null.
# Not quantities: "tháng 6/2025", "tháng 6" (dates), "Đề án 06" (a name), the denominator "/15".
# Ids: ONLINE for the shares of dossiers (the catalogue's wording "tỷ lệ hồ sơ trực tuyến toàn
# trình"); null for the units missing the target.
# --------------------------------------------------------------------------
D02 = dict(name="02_canuoc-ho-so-toan-trinh-thang6-2025", kind="result", year=2025, records=[
    R("cả nước đạt «39,5%\n", "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình của cả nước", "=", 39.5, iid=ONLINE),
    R("cả nước là «39,51%", TT + " của cả nước", "=", 39.51, iid=ONLINE),
    R("năm 2025 là «80%", "mục tiêu " + TT, ">=", 80, **T, iid=ONLINE),
    R("mới chỉ đạt «39,5% vẫn", "tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình trung bình cả nước", "=", 39.5,
      iid=ONLINE),
    R("mục tiêu «80% cần", "mục tiêu tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình", ">=", 80, **T, iid=ONLINE),
    R("ngành là «51,19%", "tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình", "=", 51.19, scope="khối bộ, ngành",
      iid=ONLINE),
    R("mới chỉ đạt «15,21%", "tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình", "=", 15.21,
      scope="khối tỉnh, thành phố", iid=ONLINE),
    R("Có tới «14/15 bộ", "bộ, cơ quan ngang bộ (có cung cấp dịch vụ công) không đạt mục tiêu", "=", 14, **CNT),
    R("và «100% các tỉnh", "các tỉnh, thành phố trực thuộc Trung ương không đạt mục tiêu", "=", 100),
])

# --------------------------------------------------------------------------
# 03 National, synchronising data for the two-level local government, August 2025 (ngaynay.vn; the
# stamp " date 2025-08-09" written as the first line; nothing cut; the excerpt ends in "khai thác dữ
# li"). One record: the Government's target "đến cuối năm 2025 có 80% thủ tục hành chính được giải
# quyết trực tuyến toàn trình" (target, >=: a bare number; 2025). Pillar null. Not quantities: "2
# cấp" (a name of the model). Id FULL (a share of procedures, not of dossiers; a judgement).
# --------------------------------------------------------------------------
D03 = dict(name="03_canuoc-dong-bo-du-lieu-chinh-quyen-2-cap-2025", kind="result", year=2025, records=[
    R("có «80% thủ tục", "thủ tục hành chính được giải quyết trực tuyến toàn trình", ">=", 80, **T, iid=FULL),
])

# --------------------------------------------------------------------------
# 04 National, Decision 1565/QĐ-TTg's plan for full-process online services: at least 95% satisfied
# in 2026, July 2025 (ictvietnam.vn; cut: the section label "Chuyển đổi số" with the blank line after
# it, the byline "QA 19/07/2025 18:35" with its blank line, written as the first line `date
# 2025-07-19`, and the image name "dvctt.jpg" with its blank line; the excerpt ends in "mức độ h").
# One record: the title's "Năm 2026, đạt tối thiểu 95% người dân đánh giá hài lòng khi sử dụng dịch
# vụ công trực tuyến" (target, >=, 2026). Pillar null. Not quantities: "1565/QĐ-TTg" (a document).
# Id egov.satisfaction_share (satisfaction with online services, the nearest; a judgement).
# --------------------------------------------------------------------------
D04 = dict(name="04_canuoc-dvctt-hai-long-2026", kind="target", year=2026, records=[
    R("tối thiểu «95% người", "người dân đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến", ">=", 95,
      iid="egov.satisfaction_share"),
])

# --------------------------------------------------------------------------
# 05 An Giang (merged with Kiên Giang), the 2025 results before the 2026 tasks (angiang.gov.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "tiếp tục đ"). Year 2025 ("Năm 2025, ..."). Results,
# socio-economic as earlier sets recorded them ("thu ngân sách", "lượt khách", GRDP growth):
# "tốc độ tăng trưởng GRDP của tỉnh đạt trên 8%" (>); "sản lượng lúa trên 8,8 triệu tấn", "thủy sản
# hơn 1,6 triệu tấn" (>, other, "tấn"); "trên 24 triệu lượt khách" (>, count); "thu ngân sách nhà
# nước trên địa bàn đạt trên 25.000 tỷ đồng" (>, other, "đồng", 2.5e13). Pillar null. Not
# quantities: "24/26 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch" (a count of targets met, as
# earlier sets' "24/26 chỉ tiêu", "23/34 mục tiêu"). No ids (not digital-transformation indicators).
# --------------------------------------------------------------------------
D05 = dict(name="05_angiang-ket-qua-2025-nhiem-vu-2026", kind="result", year=2025, records=[
    R("đạt trên «8%", "tốc độ tăng trưởng GRDP của tỉnh", ">", 8),
    R("lúa trên «8,8 triệu", "sản lượng lúa", ">", 8.8e6, **TON),
    R("thủy sản hơn «1,6 triệu", "sản lượng thủy sản", ">", 1.6e6, **TON),
    R("trên «24 triệu lượt", "lượt khách du lịch", ">", 24e6, **CNT),
    R("đạt trên «25.000 tỷ", "thu ngân sách nhà nước trên địa bàn", ">", 25000e9, **DONG),
])

# --------------------------------------------------------------------------
# 06 Gia Lai (merged with Bình Định), the first of the province's ten events of 2025 (baogialai.com.vn;
# cut: the photo caption "Lễ công bố ... Ảnh: Hồng Phúc" with the blank line after it; no byline, no
# stamp; the excerpt ends in "phát t"). A precision text, no record: "Ngày 1-7-2025", "Năm 2025"
# (dates), "21.576 km²", "3,5 triệu người" (the merged province's size, not a target or result, as
# earlier sets' "diện tích 9.888km², dân số khoảng 5 triệu"), "lớn thứ hai cả nước" (the area's place,
# a fact of size), "1." (a list label), "2 cấp" (a name).
# --------------------------------------------------------------------------
D06 = dict(name="06_gialai-su-kien-hop-nhat-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 07 Ninh Bình (merged from Hà Nam, Nam Định and Ninh Bình), the digital economy after the merger, July
# 2025 (diendandoanhnghiep.vn, print view; cut: the section label "Công nghệ" with its blank line, the
# byline "Lan Vũ 11/07/2025 09:28" with its blank line, written as `date 2025-07-11`, and the image
# name "1(4).jpg"; the caption under it is kept; the excerpt ends in "vào thương "). No record: "tốc
# độ tăng trưởng 2 con số" (double-digit growth: a count of digits, no value; a judgement), the stamp.
# --------------------------------------------------------------------------
D07 = dict(name="07_ninhbinh-kinh-te-so-sau-sap-nhap-2025", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 08 Phú Thọ, digital transformation in administration after the merger (baophutho.vn; cut: the photo
# caption split over two lines "Chuyển đổi số hiện đã có mặt ... từ giao dịch" / "thương mại hằng
# ngày...." with the blank line after each; no byline, no stamp; the excerpt ends in "dịch vụ công
# sa"). A precision text, no record: "hơn 9.000 km2", "hơn 4 triệu người" (the merged province's
# size), "3 tỉnh cũ" (the provinces merged), "năm 2024" (a date), "phần lớn" (no number).
# --------------------------------------------------------------------------
D08 = dict(name="08_phutho-dot-pha-cds-hanh-chinh-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 09 Ninh Bình, Plan 13/KH-UBND for science, technology, innovation and digital transformation and
# the 2026 budget (hethongphapluat.com; cut: the site label "Hệ thống pháp luật" with its blank line;
# the excerpt ends in "phát "). A precision text, no record: "13/KH-UBND", "3233/BKHCN-KHTC",
# "57-NQ/TW" (documents), "25 tháng 7 năm 2025", "18/7/2025", "năm 2026", "2021-2025" (dates), the
# note mark "[1]", the list labels "A.", "I.", "1.".
# --------------------------------------------------------------------------
D09 = dict(name="09_ninhbinh-kh13-khcn-cds-du-toan-2026-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 10 Đồng Nai, Decision 1003/QĐ-UBND approving the digital-transformation scheme 2025-2030, March 2025
# (nhansu.vn; nothing cut; the excerpt ends in "PH"). A precision text, no record: the document's
# numbers ("1003/QĐ-UBND", "34/CT-TTg", "07/TTr-SoKHCN"), its dates ("31/03/2025", "19 tháng 2 năm
# 2025", "29 tháng 6 năm 2006", ...), "2025-2030", the article and part labels ("Điều 1.", "PHẦN I").
# --------------------------------------------------------------------------
D10 = dict(name="10_dongnai-qd1003-de-an-cds-2025-2030-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Hưng Yên (merged with Thái Bình), Decision 2352/QĐ-UBND approving the province's digital
# architecture framework, December 2025 (nhansu.vn; nothing cut; the excerpt ends in "(Phiên bản 1").
# A precision text, no record: the documents' numbers and dates ("2352/QĐ-UBND", "749/QĐ-TTg",
# "2629/QĐ-TTg", "175/NQ-CP", "194/2025/NĐ-CP", "3090/QĐ-BKHCN", "2439/QĐ-TTg", "29/12/2025", ...),
# "năm 2025", "năm 2030" (in a programme's name), "Phiên bản 1" (a version).
# --------------------------------------------------------------------------
D11 = dict(name="11_hungyen-qd2352-khung-kien-truc-so-2025-precision", kind="target", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, HERE / "gold")
