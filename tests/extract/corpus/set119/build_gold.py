#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set119).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (241
entries; see README). As in set10-set69, the id is given in the record itself (`iid=`).

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

# --------------------------------------------------------------------------
# 01 Gia Lai, the "trợ lý ảo" MyGPTs for departments and communes
# (baogialai.com.vn, stamp `date 2025-12` → 2025). Results, counts: the lead's
# "toàn bộ 135 xã, phường" (the platform extended to them), "19 sở, ngành và
# 135 xã, phường được cấp tài khoản" (two records, each its own subject; the
# 135 stated twice is recorded twice), "thí điểm tại 17 sở, ngành" (from April
# 2025 → 2025). No catalogue id (the catalogue has no count of bodies using a
# virtual assistant). The heading "Hiệu quả ngay giai đoạn thí điểm" names no
# pillar → null. Not quantities: "tháng 4-2025".
# --------------------------------------------------------------------------
D01 = dict(name="01_gialai-tro-ly-ao-mygpts-135-xa-2025", kind="result", year=2025, records=[
    R("đến toàn bộ «135 xã", "xã, phường được mở rộng nền tảng “trợ lý ảo” MyGPTs", "=", 135, **CNT),
    R("toàn tỉnh có «19 sở", "sở, ngành được cấp tài khoản để khai thác nền tảng Chatbot AI dựa trên MyGPTs",
      "=", 19, **CNT),
    R("sở, ngành và «135 xã", "xã, phường được cấp tài khoản để khai thác nền tảng Chatbot AI dựa trên MyGPTs",
      "=", 135, **CNT),
    R("thí điểm tại «17 sở", "sở, ngành được đưa vào thí điểm nền tảng “trợ lý ảo”", "=", 17, **CNT),
])

# --------------------------------------------------------------------------
# 02 Hưng Yên, the pilot virtual assistant for officials (viettimes.vn, stamp
# `date 2025-10` → 2025). A precision text: one quantity, the lead's "Trợ lý ảo
# giúp cán bộ rút ngắn 50% thời gian xử lý công việc" (recorded as a result,
# =, %: the page states it as what the assistant does, not as an aim, and it is
# a reduction the tool brings, not a change of a measured value against an
# earlier year; a judgement). No id. Pillar null. Not quantities: "24/7" twice
# (the hours of service; the heading "Trợ lý riêng 24/7"), "29/10".
# --------------------------------------------------------------------------
D02 = dict(name="02_hungyen-tro-ly-ao-cbcc-2025-precision", kind="result", year=2025, records=[
    R("rút ngắn «50% thời gian", "thời gian xử lý công việc của cán bộ được Trợ lý ảo rút ngắn", "=", 50),
])

# --------------------------------------------------------------------------
# 03 The national data strategy at the National Data Centre, Quyết định
# 1751/QĐ-TTg (vneconomy.vn, stamp `date 2025-08`). Targets of 2030 ("Theo đó,
# đến năm 2030, ..."; the heading's and the last sentence's 100% take the
# list's year). The heading "100% CƠ SỞ DỮ LIỆU QUỐC GIA, CƠ SỞ DỮ LIỆU CHUYÊN
# NGÀNH KẾT NỐI, TÍCH HỢP" states a quantity itself (recorded, as a repeated
# statement is) and names the data pillar's topic → digital_data for it and
# the two sentences under it. "ít nhất ba trung tâm dữ liệu quốc gia": the
# number is a word, no digits → no record (a judgement; listed in README).
# Ids: null (data.national_databases_completed_share counts the national
# databases completed for e-government; these are national and sector
# databases synchronised with the aggregate database, and citizens' data; a
# judgement). Not quantities: "1751/QĐ-TTg", "18/8/2025".
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-chien-luoc-du-lieu-ttdlqg-2030", kind="target", year=2030, records=[
    R("«100% CƠ SỞ", "CƠ SỞ DỮ LIỆU QUỐC GIA, CƠ SỞ DỮ LIỆU CHUYÊN NGÀNH KẾT NỐI, TÍCH HỢP", ">=", 100,
      pillar=DATA),
    R("năm 2030, «100% các", "các cơ sở dữ liệu quốc gia, các cơ sở dữ liệu chuyên ngành kết nối, tích hợp, chia sẻ "
      "đồng bộ với Cơ sở dữ liệu tổng hợp quốc gia", ">=", 100, pillar=DATA),
    R("«100% dữ liệu", "dữ liệu liên quan đến công dân Việt Nam và người nước ngoài sinh sống, "
      "có hoạt động tại Việt Nam được đồng bộ về Cơ sở dữ liệu tổng hợp quốc gia", ">=", 100, pillar=DATA),
])

# --------------------------------------------------------------------------
# 04 Phú Thọ, AI virtual assistants at the public-service centres
# (vietnamnet.vn, no date shown; "Đến ngày 24/9/2025" → 2025 for all).
# Results, counts: "tại 9 đơn vị, gồm: Trung tâm Phục vụ hành chính tỉnh Phú
# Thọ tại 3 khu vực ...; 6 Trung tâm Phục vụ hành chính các xã, phường": one
# record per number (a breakdown by kind of unit, scope null, as the spec's
# "4.977 trạm (1.290 trạm 2G; ...)"); "68 máy tính phục vụ cán bộ và 16 máy
# tính dành cho công dân" (two records). No ids. Pillar null. Not quantities:
# "749/QĐ-TTg năm 2020", "đến năm 2025, định hướng đến năm 2030" (a name),
# "Nghị quyết 57", "24/9/2025".
# --------------------------------------------------------------------------
D04 = dict(name="04_phutho-tro-ly-ao-ai-9-don-vi-2025", kind="result", year=2025, records=[
    R("công tại «9 đơn vị", "đơn vị thí điểm trợ lý ảo AI trong giải quyết thủ tục hành chính công", "=", 9, **CNT),
    R("Phú Thọ tại «3 khu vực", "khu vực của Trung tâm Phục vụ hành chính tỉnh Phú Thọ thí điểm trợ lý ảo AI",
      "=", 3, **CNT),
    R("Hòa Bình; «6 Trung tâm", "Trung tâm Phục vụ hành chính các xã, phường thí điểm trợ lý ảo AI", "=", 6, **CNT),
    R("cài đặt trên «68 máy tính", "máy tính phục vụ cán bộ được cài đặt hệ thống trợ lý ảo AI", "=", 68, **CNT),
    R("cán bộ và «16 máy tính", "máy tính dành cho công dân được cài đặt hệ thống trợ lý ảo AI", "=", 16, **CNT),
])

# --------------------------------------------------------------------------
# 05 The "90 ngày đêm" campaign to clean the land database, national page
# (thoibaotaichinhvietnam.vn, no date shown; the campaign "từ ngày 1/9 đến
# 30/11/2025" → 2025). Results with a `place` (a national page naming cities):
# TP. Hồ Chí Minh's merged database "với 4.771.634 thửa đất" (count); TP. Huế's
# "hơn 1,12 triệu thửa đất" (>, 1.12e6), "573.000 thửa đất đã đầy đủ các thành
# phần dữ liệu" (=) and "đạt 51,4% số thửa đất hoàn thành xây dựng cơ sở dữ liệu
# địa chính" (=, %). Ids null (the catalogue's data.land_records_digitised_share
# is the share of cadastral records put into the database; Huế's 51,4% is the
# share of complete parcels among those built; a judgement). Pillar null. Not
# quantities: "90 ngày đêm" (twice; the campaign's name and length), "1/9",
# "30/11/2025", "515/KH-BCA-BNN&MT", "hơn 1 tháng", "3 địa phương trước sáp
# nhập" (the merged provinces, not a value of the transformation; a judgement).
# --------------------------------------------------------------------------
D05 = dict(name="05_tphcm-hue-lam-sach-du-lieu-dat-dai-2025", kind="result", year=2025, records=[
    R("thống nhất với «4.771.634 thửa", "thửa đất trong cơ sở dữ liệu đất đai hợp nhất của TP. Hồ Chí Minh", "=",
      4771634, **CNT, place="TP. Hồ Chí Minh"),
    R("với hơn «1,12 triệu", "thửa đất trong cơ sở dữ liệu đất đai vận hành trên Hệ thống thông tin quản lý đất đai",
      ">", 1.12e6, **CNT, place="TP. Huế"),
    R("trong đó có «573.000 thửa", "thửa đất đã đầy đủ các thành phần dữ liệu theo quy chuẩn", "=", 573000, **CNT,
      place="TP. Huế"),
    R("đạt «51,4%", "số thửa đất hoàn thành xây dựng cơ sở dữ liệu địa chính", "=", 51.4, place="TP. Huế"),
])

# --------------------------------------------------------------------------
# 06 The national data-sharing platform and online applications up to June
# 2025, national page (baomoi.net.vn, no date shown; "tính đến hết tháng
# 6/2025" → 2025). Results: "630 triệu giao dịch" (count, 6.3e8), "đạt 73% kế
# hoạch năm" (=, %: the share of the year's planned transactions reached, a
# value of its own, not a change against the plan such as "vượt chỉ tiêu 6%"; a
# judgement), "khoảng 3,6 triệu giao dịch" a day (~), "Tỷ lệ hồ sơ trực tuyến
# toàn trình ... đạt 39,51%" (scope null), "trong đó khối bộ đạt 51,19%, khối
# tỉnh đạt 15,21%" (a split by level: scopes "khối bộ", "khối tỉnh"; the
# split keeps the id egov.online_applications_share, whose wordings include
# "tỷ lệ hồ sơ trực tuyến toàn trình"), "25 doanh nghiệp cung cấp dịch vụ chứng
# thực chữ ký số công cộng" and "20 triệu chứng thư đã được cấp" (counts; no
# id: egov.digital_certificates_issued_count counts the official ("chuyên
# dùng") certificates, these are public ones). The national platform's
# transactions have no id (data.lgsp_transactions_count is a province's LGSP).
# Pillar null. Not quantities: "tháng 6/2025" twice.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-nen-tang-chia-se-du-lieu-6-2025", kind="result", year=2025, records=[
    R("ghi nhận «630 triệu", "giao dịch được nền tảng tích hợp và chia sẻ dữ liệu quốc gia ghi nhận", "=", 630e6,
      **CNT),
    R("đạt «73% kế hoạch", "giao dịch của nền tảng tích hợp và chia sẻ dữ liệu quốc gia đạt kế hoạch năm",
      "=", 73),
    R("có khoảng «3,6 triệu", "giao dịch dữ liệu số được thực hiện trung bình mỗi ngày", "~", 3.6e6, **CNT),
    R("đã đạt «39,51%", "Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính (TTHC)",
      "=", 39.51, iid="egov.online_applications_share"),
    R("khối bộ đạt «51,19%", "Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính",
      "=", 51.19, scope="khối bộ", iid="egov.online_applications_share"),
    R("khối tỉnh đạt «15,21%", "Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính",
      "=", 15.21, scope="khối tỉnh", iid="egov.online_applications_share"),
    R("cấp phép cho «25 doanh", "doanh nghiệp cung cấp dịch vụ chứng thực chữ ký số công cộng được cấp phép", "=",
      25, **CNT),
    R("với «20 triệu", "chứng thư đã được cấp", "=", 20e6, **CNT),
])

# --------------------------------------------------------------------------
# 07 Thừa Thiên Huế, applications in 2022 and the AI chatbot workshop
# (baothuathienhue.vn, no date shown; "năm 2022" for the results). One sentence
# split by level: "trung tâm tiếp nhận 86.420 hồ sơ, 60,5% thực hiện trực
# tuyến; cấp huyện tiếp nhận 141.831 hồ sơ, 29,3% trực tuyến; cấp xã tiếp nhận
# 151.678 hồ sơ, 6% trực tuyến": six records, scopes "trung tâm" (the
# province's public-administration centre, as written), "cấp huyện", "cấp xã";
# the shares egov.online_applications_share (a split keeps the id), the counts
# of all applications received no id. "Tỷ lệ hồ sơ nộp trực tuyến tính bình
# quân trên toàn tỉnh chỉ đạt khoảng gần 30%" (~, 2022). The Government's
# targets "trong năm 2023 là 60%" (>=, 2023) and "giai đoạn 2023 – 2025 là
# 80%" (>=, 2025, the period's end), both egov.online_applications_share.
# Pillar null. Not quantities: "24/2", "2023 – 2025" (the period).
# --------------------------------------------------------------------------
D07 = dict(name="07_thuathienhue-ai-chatbot-ho-so-truc-tuyen-2022", kind="result", year=2022, records=[
    R("trung tâm tiếp nhận «86.420", "hồ sơ được Trung tâm HCC tỉnh tiếp nhận", "=", 86420, **CNT,
      scope="trung tâm"),
    R("«60,5% thực hiện", "hồ sơ thực hiện trực tuyến", "=", 60.5, scope="trung tâm",
      iid="egov.online_applications_share"),
    R("cấp huyện tiếp nhận «141.831", "hồ sơ được tiếp nhận", "=", 141831, **CNT, scope="cấp huyện"),
    R("«29,3% trực tuyến", "hồ sơ trực tuyến", "=", 29.3, scope="cấp huyện", iid="egov.online_applications_share"),
    R("cấp xã tiếp nhận «151.678", "hồ sơ được tiếp nhận", "=", 151678, **CNT, scope="cấp xã"),
    R("hồ sơ, «6% trực tuyến", "hồ sơ trực tuyến", "=", 6, scope="cấp xã", iid="egov.online_applications_share"),
    R("khoảng gần «30%", "Tỷ lệ hồ sơ nộp trực tuyến tính bình quân trên toàn tỉnh", "~", 30,
      iid="egov.online_applications_share"),
    R("năm 2023 là «60%", "tỷ lệ hồ sơ trực tuyến", ">=", 60, kind="target", year=2023,
      iid="egov.online_applications_share"),
    R("2025 là «80%", "tỷ lệ hồ sơ trực tuyến", ">=", 80, kind="target", year=2025,
      iid="egov.online_applications_share"),
])

# --------------------------------------------------------------------------
# 08 Tuyên Quang, the Department of Construction's proposal to add AI and a
# chatbot to VNPT iOffice (soxaydung.tuyenquang.gov.vn, no date shown). A
# precision text: one quantity, "Kết quả dự kiến sẽ giúp giảm từ 80% đến 95%
# thời gian xử lý cho các tác vụ hành chính cốt lõi" (a target stated as a
# reduction: between 80 and 95, %). Year: nothing in the text says → null.
# No id. Pillar null (the heading "1. ĐẶT VẤN ĐỀ" comes after it and names
# none). Not quantities: the list marks "(1)", "(2)", "(3)", the heading
# number "1.".
# --------------------------------------------------------------------------
D08 = dict(name="08_tuyenquang-so-xay-dung-chatbot-ioffice-precision", kind="target", year=None, records=[
    R("giảm từ «80% đến 95%", "thời gian xử lý cho các tác vụ hành chính cốt lõi được giảm", "between", 80,
      value_max=95),
])

# --------------------------------------------------------------------------
# 09 Đà Nẵng, Tam Kỳ ward's AI assistant for procedures (dantri.com.vn, stamp
# `date 2025-09`). A precision text with no quantity: "mã truy cập gồm 6 ký tự"
# is the length of an access code, not a value of an indicator; the aim "tăng
# tỷ lệ nộp hồ sơ trực tuyến" names no number. No records.
# --------------------------------------------------------------------------
D09 = dict(name="09_danang-tamky-tro-ly-ai-tthc-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 10 TP. Hồ Chí Minh, AI traffic cameras (vietnamnet.vn, stamp `date 2025-10`
# → 2025). Results: "31 camera tích hợp trí tuệ nhân tạo (AI) được lắp ở các
# giao lộ lớn" (count; city.surveillance_cameras_count, whose wordings include
# "camera giám sát giao thông"), "hơn 3.100 trường hợp vi phạm" (>, from
# September to early October 2025), "gần 70.000 trường hợp" (~, the first eight
# months of 2025); the violation counts have no id. Pillar null. Not
# quantities: "24/7", "tháng 9", "tháng 10/2025", "8 tháng đầu năm 2025" (a
# period), "14h13", "8/10", "hàng nghìn", "hàng chục" (no digits).
# --------------------------------------------------------------------------
D10 = dict(name="10_tphcm-camera-ai-vi-pham-2025", kind="result", year=2025, records=[
    R("bằng «31 camera", "camera tích hợp trí tuệ nhân tạo (AI) được lắp ở các giao lộ lớn", "=", 31, **CNT,
      iid="city.surveillance_cameras_count"),
    R("ghi nhận hơn «3.100 trường hợp", "trường hợp vi phạm được các camera AI ghi nhận", ">", 3100, **CNT),
    R("phát hiện gần «70.000 trường hợp", "trường hợp vi phạm được toàn hệ thống camera giao thông ở TPHCM phát hiện",
      "~", 70000, **CNT),
])

# --------------------------------------------------------------------------
# 11 Quảng Nam, digitising the civil-status books (baoquangnam.vn, stamp `date
# 2025-02` → 2025; the page's section label "Chính trị" stands on the stamp's
# line and is kept). Results: "24 xã/phường ... đạt dưới 10%" and "73
# xã/phường/thị trấn đạt dưới 50%" (counts; their "10%" and "50%" are the
# thresholds that define the groups, not values → NOT); "642.806/1.443.893 dữ
# liệu hộ tịch" (one count, 642806, data.civil_status_records_digitised_count;
# "/1.443.893" is its denominator) and "(đạt 44,5%)" (data.civil_status_
# digitised_share); "Có 4/17 huyện đã hoàn thành" (count 4; "/17" the
# denominator); "(hoàn thành 100% toàn huyện)" (=, % for the three districts
# named, data.civil_status_digitised_share); "1 xã Đại Tân đạt 90%" (=, %,
# place "Đại Tân"; the "1" names the one commune left → no record, a
# judgement); "Có 57/233 xã đã hoàn thành" (count 57) and its breakdown by
# district "14 xã ..., 12 xã ..., 10 xã ..., 16 xã ..., 2 xã ..., 1 xã ..., 1 xã
# ..., 1 xã ..." (one record per number, each with its district as `place`,
# scope null); "Quảng Nam là 1 trong 6 tỉnh chưa hoàn thành" (count 6 of the
# provinces not done, national; its "1" is membership → no record, as set69's
# "1 trong 7 chợ"). Counts of communes and districts have no id. Pillar null.
# Not quantities: "Công văn số 1173", "20 ngày", "14/2", "20/2", "11/3/2025",
# "12/3/2025".
# --------------------------------------------------------------------------
NX = "xã đã hoàn thành số hóa Sổ hộ tịch"
D11 = dict(name="11_quangnam-so-hoa-so-ho-tich-2-2025", kind="result", year=2025, records=[
    R("hiện có «24 xã", "xã/phường thực hiện số hóa Sổ hộ tịch đạt tỷ lệ rất thấp", "=", 24, **CNT),
    R("; «73 xã", "xã/phường/thị trấn thực hiện số hóa Sổ hộ tịch đạt tỷ lệ thấp", "=", 73, **CNT),
    R("số hóa «642.806", "dữ liệu hộ tịch Quảng Nam đã hoàn thành số hóa", "=", 642806, **CNT,
      iid="data.civil_status_records_digitised_count"),
    R("(đạt «44,5%", "dữ liệu hộ tịch Quảng Nam đã hoàn thành số hóa", "=", 44.5,
      iid="data.civil_status_digitised_share"),
    R("Có «4/17 huyện", "huyện đã hoàn thành số hóa Sổ hộ tịch", "=", 4, **CNT),
    R("hoàn thành «100% toàn", "dữ liệu hộ tịch hoàn thành số hóa toàn huyện (Tiên Phước, Phước Sơn, Hiệp Đức)", "=", 100,
      iid="data.civil_status_digitised_share"),
    R("Đại Tân đạt «90%", "xã Đại Tân số hóa Sổ hộ tịch", "=", 90, place="Đại Tân",
      iid="data.civil_status_digitised_share"),
    R("Có «57/233 xã", NX, "=", 57, **CNT),
    R("gồm: «14 xã", NX + " của huyện Tiên Phước", "=", 14, **CNT, place="Tiên Phước"),
    R("«12 xã của", NX + " của huyện Phước Sơn", "=", 12, **CNT, place="Phước Sơn"),
    R("«10 xã của", NX + " của huyện Hiệp Đức", "=", 10, **CNT, place="Hiệp Đức"),
    R("«16 xã của", NX + " của huyện Đại Lộc", "=", 16, **CNT, place="Đại Lộc"),
    R(", «2 xã của", NX + " của Nam Giang", "=", 2, **CNT, place="Nam Giang"),
    R("«1 xã của Tam Kỳ", NX + " của Tam Kỳ", "=", 1, **CNT, place="Tam Kỳ"),
    R("«1 xã của Đông Giang", NX + " của Đông Giang", "=", 1, **CNT, place="Đông Giang"),
    R("«1 xã của Núi Thành", NX + " của Núi Thành", "=", 1, **CNT, place="Núi Thành"),
    R("1 trong «6 tỉnh", "tỉnh chưa hoàn thành số hóa Sổ hộ tịch", "=", 6, **CNT),
], NOT=["đạt dưới «10%", "đạt dưới «50%"])

# --------------------------------------------------------------------------
# 12 TP. Hồ Chí Minh, the plan to teach AI to residents (vietbao.vn, stamp
# `date 2025-10`). Targets; the year of each: "Giai đoạn 2028-2030" and "Mục
# tiêu đến năm 2030" → 2030; the first sentence ("80% người học") and the last
# ("50% người dân") name no year and take the plan's horizon, 2030 (a
# judgement). "ít nhất 5% dân số mỗi năm" (>=), "tức khoảng hơn 600.000 người"
# (~: "khoảng" read before "hơn"; a judgement), "tiếp cận được 15% dân số"
# (bare target, >=), "khoảng 2 triệu người" (~), "xây dựng 1 nền tảng học AI
# trực tuyến" (count, >=), "80% người học phải có khả năng ứng dụng ít nhất một
# công cụ AI" (>=), "tỷ lệ 50% người dân hiểu đúng về AI" (>=). No ids (AI
# literacy is not the catalogue's basic digital skills; a judgement). Pillar
# null. Not quantities: "2028-2030", "(2-4 buổi/lớp)" (the length of a class),
# "một" (a word).
# --------------------------------------------------------------------------
D12 = dict(name="12_tphcm-ke-hoach-pho-cap-ai-2030", kind="target", year=2030, records=[
    R("yêu cầu «80% người học", "người học phải có khả năng ứng dụng ít nhất một công cụ AI vào công việc hoặc đời "
      "sống sau khi hoàn thành khóa học", ">=", 80),
    R("ít nhất «5% dân số", "dân số được Thành phố đào tạo mỗi năm", ">=", 5),
    R("khoảng hơn «600.000 người", "người được Thành phố đào tạo mỗi năm", "~", 600000, **CNT),
    R("tiếp cận được «15% dân số", "dân số được chương trình tiếp cận", ">=", 15),
    R("khoảng «2 triệu người", "người được chương trình tiếp cận tính cả hai giai đoạn", "~", 2e6, **CNT),
    R("xây dựng «1 nền tảng", "nền tảng học AI trực tuyến (MOOC)", ">=", 1, **CNT),
    R("tỷ lệ «50% người dân", "người dân hiểu đúng về AI và quan tâm đến chương trình", ">=", 50),
])

# --------------------------------------------------------------------------
# 13 Hà Nội, an AI assistant that answers which new ward a place belongs to
# (hanoimoi.vn, no date shown). A precision text with no quantity: "1-7" (a
# date), "Tổ dân phố số 13" twice (an address), "Mỹ Đình 2" twice (a name),
# "1656/NQ-UBTVQH15", "năm 2025". No records.
# --------------------------------------------------------------------------
D13 = dict(name="13_hanoi-tro-ly-ai-tra-cuu-phuong-xa-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
