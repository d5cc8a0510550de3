#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set227).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. This set needs none: every percentage is a quantity.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).

The theme is transport going digital: vehicle registration by commune police, driving licences
renewed online, fines from camera images, ETC toll tags, electronic bus tickets, a logistics
strategy and a traffic-camera project. Pillar is null in every text: no heading or lead-in names a
pillar (the headings name transport topics, none of the spec's pillar topics).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
TCNT = dict(unit="count", kind="target")
ONLINE = "egov.online_services_count"
FULL_N = "egov.full_online_services_count"
PART_N = "egov.partial_online_services_count"
APPS = "egov.online_applications_count"

# --------------------------------------------------------------------------
# 01 Thái Nguyên, the provincial traffic police's first quarter of 2024: vehicles registered by the
# province, district and commune police, transfers, revocations, and the vehicles under management
# (baothainguyen.vn; cut: the byline "Bảo Trân 16:14, 02/04/2024", written as `date 2024-04-02`,
# and the photo caption "Công an huyện Võ Nhai thực hiện đăng ký quản lý phương tiện cho công dân."
# twice with the blank line after the second). Year 2024 ("quý I/2024"). Results, all counts. The
# title's "Trên 10 nghìn phương tiện đăng ký mới" is recorded like the body's (set69's judgement on
# titles; >, 10 nghìn = 10000). "10.183 phương tiện, bao gồm: 1.481 ô tô và 8.702 mô tô": three
# records, scope null (a breakdown by kind of vehicle). "Công an tỉnh thực hiện đăng ký mới cho 776
# phương tiện, cấp huyện là 3.500 phương tiện và cấp xã là 5.907 phương tiện": a split by level,
# scopes as written ("Công an tỉnh", "cấp huyện", "cấp xã"). Transfers, revocations, renewals and
# reissues: one record each. "1.023.084 phương tiện, bao gồm 117.900 ô tô và 905.184 mô tô": three
# records. Not quantities: "15/2022/TT-BCA" (a document), "Đề án 06" (a name), "16:14"/"02/04/2024"
# (cut). Ids null (the catalogue has no vehicle-registration indicator).
# --------------------------------------------------------------------------
D01 = dict(name="01_thainguyen-dang-ky-xe-quy-i-2024", kind="result", year=2024, records=[
    R("Trên «10 nghìn phương tiện", "phương tiện đăng ký mới", ">", 10000, **CNT),
    R("mới cho «10.183 phương tiện", "phương tiện được lực lượng Cảnh sát giao thông toàn tỉnh giải quyết đăng ký mới",
      "=", 10183, **CNT),
    R("gồm: «1.481 ô tô", "ô tô được giải quyết đăng ký mới", "=", 1481, **CNT),
    R("và «8.702 mô tô", "mô tô được giải quyết đăng ký mới", "=", 8702, **CNT),
    R("cho «776 phương tiện", "phương tiện được đăng ký mới", "=", 776, **CNT, scope="Công an tỉnh"),
    R("là «3.500 phương tiện", "phương tiện được đăng ký mới", "=", 3500, **CNT, scope="cấp huyện"),
    R("là «5.907 phương tiện", "phương tiện được đăng ký mới", "=", 5907, **CNT, scope="cấp xã"),
    R("sang tên cho «2.662", "phương tiện được đăng ký sang tên", "=", 2662, **CNT),
    R("thu hồi «1.241", "đăng ký xe thu hồi", "=", 1241, **CNT),
    R("cấp đổi «210", "đăng ký xe được cấp đổi", "=", 210, **CNT),
    R("cấp lại «469", "đăng ký xe được cấp lại", "=", 469, **CNT),
    R("là «1.023.084", "tổng số phương tiện đang được lực lượng chức năng toàn tỉnh quản lý", "=", 1023084, **CNT),
    R("bao gồm «117.900", "ô tô đang được quản lý", "=", 117900, **CNT),
    R("và «905.184", "mô tô đang được quản lý", "=", 905184, **CNT),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa, four months of vehicle registration delegated to district and commune police, and
# the pilot extending it to communes from 1/10/2022 (truyenhinhthanhhoa.vn; cut: the byline
# "09:58 - 03/10/2022", written as `date 2022-10-03`, and the source line "Nguồn: Bản tin THNM
# 3/10" with the blank lines before it). Year 2022. Results: the title's "trên 55 nghìn phương
# tiện" (>, 55000; "tại công an cấp huyện, xã" is one value for both levels, scope null), "trên 10
# nghìn ô tô và trên 45 nghìn mô tô" (>, two records). Targets: "sẽ triển khai thí điểm phân cấp
# công tác đăng ký xe mô tô cho 210 Công an cấp xã thuộc 23 Công an huyện, thị xã, thành phố" (a
# plan from 1/10/2022: kind target, bare numbers >=, year 2022; two records, the communes and the
# districts they belong to, a judgement). Not quantities: "hơn 4 tháng" (a duration), "21/5/2022",
# "1/10/2022" (dates). Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-dang-ky-xe-cap-huyen-xa-2022", kind="result", year=2022, records=[
    R("Hoá: trên «55 nghìn", "phương tiện thực hiện cấp đăng ký biển số xe tại công an cấp huyện, xã", ">", 55000,
      **CNT),
    R("cho trên «10 nghìn ô tô", "ô tô tiếp nhận đăng ký mới, giải quyết sang tên, cấp lại đăng ký và biển số",
      ">", 10000, **CNT),
    R("và trên «45 nghìn mô tô", "mô tô, xe máy, xe máy điện tiếp nhận đăng ký mới, giải quyết sang tên, cấp lại "
      "đăng ký và biển số", ">", 45000, **CNT),
    R("mô tô cho «210 Công an", "Công an cấp xã thí điểm phân cấp công tác đăng ký xe mô tô", ">=", 210, **TCNT),
    R("thuộc «23 Công an", "Công an huyện, thị xã, thành phố có Công an cấp xã thí điểm phân cấp đăng ký xe mô tô",
      ">=", 23, **TCNT),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, the first week of vehicle registration by district and commune police (thanhtra.com.vn;
# cut: the line of one space and the byline "Q. Đông" with the blank lines between; no stamp, no
# byline date). Year null: the text says "Từ ngày 21/5" and names no year (the address holds none).
# Results, all counts: the districts' "tổng số 1.482 trường hợp (xe ô tô là 626 trường hợp)", then
# each kind of procedure ("đăng ký mới xe ô tô 446", "sang tên 102", "thu hồi 10", "cấp đổi biển
# số, đăng ký 18", "chuyển đến 50"), each its own subject; the communes' "856 mô tô" and their
# breakdown (640, 93, 11, 98, 14). The counts of units: "18 huyện, thị xã đã làm thủ tục" and
# "Công an 183 xã đã làm thủ tục" (the units that registered vehicles) and "công an 183 xã, 18
# huyện, thị xã đã bảo đảm điều kiện cơ sở vật chất" (the units meeting the conditions): four
# records, each a value reported (a judgement; not the lead of a list of names). Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-dang-ky-xe-cong-an-xa-2022", kind="result", year=None, records=[
    R("nay, «18 huyện", "huyện, thị xã đã làm thủ tục đăng ký xe", "=", 18, **CNT),
    R("tổng số «1.482", "trường hợp huyện, thị xã làm thủ tục đăng ký mới", "=", 1482, **CNT),
    R("ô tô là «626", "trường hợp xe ô tô làm thủ tục đăng ký", "=", 626, **CNT),
    R("xe ô tô «446", "trường hợp đăng ký mới xe ô tô", "=", 446, **CNT),
    R("sang tên «102", "trường hợp sang tên", "=", 102, **CNT),
    R("thu hồi «10 trường", "trường hợp thu hồi", "=", 10, **CNT),
    R("đăng ký «18 trường", "trường hợp cấp đổi biển số, đăng ký", "=", 18, **CNT),
    R("chuyển đến «50", "trường hợp chuyển đến", "=", 50, **CNT),
    R("Công an «183 xã đã làm", "Công an xã đã làm thủ tục đăng ký mô tô", "=", 183, **CNT),
    R("đăng ký «856 mô tô", "mô tô Công an xã làm thủ tục đăng ký", "=", 856, **CNT),
    R("đăng ký mới «640", "trường hợp đăng ký mới mô tô", "=", 640, **CNT),
    R("sang tên «93", "trường hợp sang tên mô tô", "=", 93, **CNT),
    R("thu hồi «11", "trường hợp thu hồi mô tô", "=", 11, **CNT),
    R("đăng ký «98", "trường hợp cấp đổi biển số, đăng ký mô tô", "=", 98, **CNT),
    R("chuyển đến «14", "trường hợp chuyển đến mô tô", "=", 14, **CNT),
    R("công an «183 xã, 18", "công an xã đã bảo đảm điều kiện cơ sở vật chất đáp ứng nhiệm vụ phân cấp đăng ký "
      "phương tiện", "=", 183, **CNT),
    R("183 xã, «18 huyện, thị xã đã bảo", "huyện, thị xã đã bảo đảm điều kiện cơ sở vật chất đáp ứng nhiệm vụ phân "
      "cấp đăng ký phương tiện", "=", 18, **CNT),
])

# --------------------------------------------------------------------------
# 04 Vĩnh Phúc, the communes whose police may register motorcycles from 21/5/2022
# (baovinhphuc.com.vn; cut: the section label "Khoa học - Công nghệ", the byline date "Thứ Hai,
# 16/05/2022", written as `date 2022-05-16`, and the page's tail "Mai AnhTAG:", "Tin tức Mới:",
# "Ý kiến của bạn", "Họ tên:", "Email:" with their blank lines). Year 2022. Results: the title's
# "Công an 50 xã, phường, thị trấn đủ điều kiện", the lead's "người dân ở 50 xã, phường, thị trấn
# ... có thể đến công an xã" and "toàn tỉnh có 50/136 xã, phường, thị trấn đáp ứng đủ tiêu chí"
# (=, 50, three records; the denominator "/136" no record). Not quantities: "trong 3 năm liền kề"
# and "từ 250 xe mô tô ... trở lên trong một năm" (the rule's condition, as a threshold in a
# regulation, not a target or result of the province), "15/2022/TT-BCA", "Thông tư 15" (documents),
# "21/5", "21/5/2022" (dates). Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_vinhphuc-cong-an-xa-bien-so-2022", kind="result", year=2022, records=[
    R("Công an «50 xã, phường, thị trấn đủ", "Công an xã, phường, thị trấn đủ điều kiện cấp đăng ký, biển số xe mô tô",
      "=", 50, **CNT),
    R("dân ở «50 xã", "xã, phường, thị trấn người dân có thể đến công an xã làm thủ tục đăng ký, cấp biển số xe mô tô",
      "=", 50, **CNT),
    R("có «50/136", "xã, phường, thị trấn đáp ứng đủ tiêu chí để thực hiện đăng ký và cấp biển số xe", "=", 50, **CNT),
])

# --------------------------------------------------------------------------
# 05 Quảng Nam, the traffic police's first nine months of 2024, with the fines sent from the
# camera system on national road 1 (baoquangnam.vn; nothing cut; the stamp " date 2024-10" written
# as the first line, the rest of its line, a stray "“", on the second). Year 2024 ("9 tháng đầu năm
# 2024"). Results: "hơn 30.900 trường hợp vi phạm" (>), "hơn 27.800 trường hợp" (>), "khoảng 74,7 tỷ
# đồng" (~, money), "6.880 trường hợp" (=), "hơn 11.400 phương tiện" (>), "(trong đó có hơn 1.600
# trường hợp liên quan đến học sinh, xử phạt ước tính 1,5 tỷ đồng)" (>, count; =, money: "ước
# tính" read as "ước đạt"), the camera system's "606 trường hợp", "125 trường hợp" (=) and "hơn 500
# triệu đồng" (>). Not quantities: "quốc lộ 1" (a name). Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_quangnam-xu-phat-camera-ql1-2024", kind="result", year=2024, records=[
    R("phát hiện hơn «30.900", "trường hợp vi phạm lực lượng Cảnh sát giao thông toàn tỉnh kiểm tra, phát hiện",
      ">", 30900, **CNT),
    R("xử phạt hơn «27.800", "trường hợp ra quyết định xử phạt", ">", 27800, **CNT),
    R("khoảng «74,7 tỷ", "tổng số tiền xử phạt", "~", 74.7e9, **DONG),
    R("thời hạn «6.880", "trường hợp tước giấy phép lái xe có thời hạn", "=", 6880, **CNT),
    R("giữ hơn «11.400", "phương tiện giao thông vi phạm tạm giữ", ">", 11400, **CNT),
    R("có hơn «1.600", "trường hợp vi phạm liên quan đến học sinh", ">", 1600, **CNT),
    R("ước tính «1,5 tỷ", "số tiền xử phạt trường hợp liên quan đến học sinh", "=", 1.5e9, **DONG),
    R("cho «606 trường hợp", "trường hợp vi phạm trật tự ATGT đường bộ gửi thông báo qua hệ thống giám sát an ninh "
      "trật tự trên tuyến quốc lộ 1", "=", 606, **CNT),
    R("xử phạt «125", "trường hợp ra quyết định xử phạt qua hệ thống giám sát", "=", 125, **CNT),
    R("tiền hơn «500 triệu", "số tiền xử phạt qua hệ thống giám sát", ">", 500e6, **DONG),
])

# --------------------------------------------------------------------------
# 06 The twelve provinces piloting driving-licence renewal at level 4 on the national portal,
# September 2022 (baolongan.vn, from Vietnam+; cut: the language switch "Tiếng Việt | English", the
# byline date "30/09/2022 - 16:47", written as `date 2022-09-30`, the byline "Thanh Trà (Vietnam+)"
# and "Chia sẻ bài viết" with their blank lines). Results: "4 tỉnh không có trường hợp nào đổi thành
# công" (=, 4, year 2022: the paragraph's present), "26 giấy phép lái xe ... thành công" (=, "Từ ngày
# 1/1/2022": 2022), then the period "27/9-31/12/2021": "4 sở giao thông vận tải chưa có hồ sơ đăng ký
# thành công" (=, 2021), "hơn 130 giấy phép lái xe đăng ký thành công" (>, 2021), and Bắc Ninh's 1,
# Hà Nam's 29, Hà Nội's 34 (=, 2021, each with its `place`). Not quantities: "12 tỉnh, thành phố thí
# điểm" and "Tại 8 sở giao thông vận tải còn lại" (the size of the pilot group and of its remainder,
# the frame of the counts, not a value reached; a judgement), "cấp độ 4" (a label), "1/1/2022",
# "27/9-31/12/2021", "15/11" (dates). Ids null (the catalogue's online applications count all
# procedures; these are one service's licences).
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-doi-gplx-truc-tuyen-12-tinh-2022", kind="result", year=2022, records=[
    R("biệt, «4 tỉnh", "tỉnh không có trường hợp nào đổi bằng lái xe trực tuyến thành công", "=", 4, **CNT),
    R("có «26 giấy phép", "giấy phép lái xe đăng ký và trả kết quả thành công trên cổng dịch vụ công quốc gia", "=", 26,
      **CNT),
    R("2021, có «4 sở", "sở giao thông vận tải chưa có hồ sơ đăng ký thành công đổi giấy phép lái xe trên cổng dịch vụ "
      "công", "=", 4, **CNT, year=2021),
    R("có hơn «130 giấy", "giấy phép lái xe đăng ký thành công tại 8 sở giao thông vận tải còn lại", ">", 130, **CNT,
      year=2021),
    R("chỉ có «1 hồ sơ", "hồ sơ đổi giấy phép lái xe đăng ký thành công", "=", 1, **CNT, year=2021, place="Bắc Ninh"),
    R("có «29 hồ sơ", "hồ sơ đổi giấy phép lái xe đăng ký thành công", "=", 29, **CNT, year=2021, place="Hà Nam"),
    R("có «34 hồ sơ", "hồ sơ đổi giấy phép lái xe đăng ký thành công", "=", 34, **CNT, year=2021, place="Hà Nội"),
])

# --------------------------------------------------------------------------
# 07 The Vietnam Road Administration's online services in the first half of 2023, above all the
# level-4 driving-licence renewal (dailo.vn; nothing cut; no byline, no stamp; the excerpt ends in
# "phương t"). Year 2023 ("6 tháng đầu năm 2023"). Results: "66 Dịch vụ Công trực tuyến (41 ... đạt
# mức độ 4 và 25 Dịch vụ Công một phần)" (three records, each its own subject; ids ONLINE, FULL_N
# for level 4 = today's "toàn trình", PART_N), "10.156 hồ sơ đăng ký" (=, id APPS: applications
# received online, one service's; a judgement), "gần 9.000 giấy phép lái xe" (~), "trung bình 150
# hồ sơ/ngày" (=, other "hồ sơ/ngày"), "mỗi hồ sơ ... tiết kiệm được khoảng 700.000 đồng" (~, money:
# the saving estimated per application, a value stated for the service; a judgement). Not
# quantities: "khoảng 300km" (the distance that frames the estimate, a size), "mức độ 4" (a label),
# "14/11/2022" (a date); "đứng đầu bảng xếp hạng" has no number.
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-dvc-duong-bo-gplx-2023", kind="result", year=2023, records=[
    R("duy trì «66 Dịch", "Dịch vụ Công trực tuyến cục thực hiện duy trì", "=", 66, **CNT, iid=ONLINE),
    R("(«41 Dịch", "Dịch vụ Công trực tuyến đạt mức độ 4", "=", 41, **CNT, iid=FULL_N),
    R("và «25 Dịch", "Dịch vụ Công một phần", "=", 25, **CNT, iid=PART_N),
    R("có «10.156 hồ sơ", "hồ sơ đăng ký đổi giấy phép lái xe trực tuyến mức độ 4", "=", 10156, **CNT, iid=APPS),
    R("cấp gần «9.000", "giấy phép lái xe đã cấp", "~", 9000, **CNT),
    R("trung bình «150 hồ sơ", "hồ sơ tiếp nhận trung bình", "=", 150, unit="other", unit_text="hồ sơ/ngày"),
    R("được khoảng «700.000", "chi phí mỗi hồ sơ cấp đổi giấy phép lái xe trực tuyến tiết kiệm được", "~", 700000,
      **DONG),
])

# --------------------------------------------------------------------------
# 08 The whole country's ETC tags when every toll on national roads and expressways went
# non-stop, August 2022 (24h.com.vn; nothing cut; the stamp " date 2022-08" as the first line).
# Year 2022. Results: "khoảng 4,8 triệu ô tô" (~, count), "khoảng 70% lượng xe dán thẻ ETC" (~),
# "còn khoảng 30% tương đương 1,2 triệu xe vẫn chưa dán thẻ ETC" (~, 30; "tương đương 1,2 triệu" =,
# count, as the earlier sets read "tương đương"). Not quantities: "1/8" (a date), "hơn 3 năm" (a
# duration). Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-the-etc-2022", kind="result", year=2022, records=[
    R("khoảng «4,8 triệu", "ô tô cả nước", "~", 4.8e6, **CNT),
    R("khoảng «70%", "lượng xe dán thẻ ETC", "~", 70),
    R("khoảng «30%", "lượng xe chưa dán thẻ ETC", "~", 30),
    R("tương đương «1,2 triệu", "xe chưa dán thẻ ETC", "=", 1.2e6, **CNT),
])

# --------------------------------------------------------------------------
# 09 The national logistics strategy 2025-2035 with its vision to 2050, October 2025
# (vnexpress.net; cut: the photo caption "Cụm cảng Cái Mép - Thị Vải tại TP HCM. Ảnh: Trường Hà"
# with the blank line after it; the stamp " date 2025-10-15" as the first line). All targets.
# "Trong giai đoạn 2025-2035": year 2035 (the period's end, as the earlier sets read a period);
# "Đến năm 2050": 2050. Ranges "5-7%", "12-15%", "7-9%", "10-12%" are `between` ("giảm còn 12-15%"
# is the level to reach, not a change); "vào nhóm 40 quốc gia hàng đầu", "nằm trong nhóm 30" rank
# <=; "ít nhất 5 trung tâm" >=; "có 10 trung tâm" bare >=; "90% lao động", "trong đó 50%" bare >=.
# Not quantities: "9/10" (a date), "2025-2035", "2050" (periods). Ids null (logistics is not in the
# catalogue).
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-chien-luoc-logistics-2025", kind="target", year=2035, records=[
    R("GDP đạt «5-7%", "tỷ trọng dịch vụ logistics trong GDP", "between", 5, value_max=7),
    R("giảm còn «12-15%", "Chi phí logistics trên GDP", "between", 12, value_max=15),
    R("vào nhóm «40 quốc gia", "xếp hạng LPI (chỉ số hiệu quả logistics do Ngân hàng Thế giới công bố) quốc gia hàng "
      "đầu", "<=", 40, **RANK),
    R("ít nhất «5 trung tâm", "trung tâm dịch vụ logistics hiện đại, mang tầm quốc tế", ">=", 5, **CNT),
    R("GDP đạt «7-9%", "tỷ trọng logistics trên GDP", "between", 7, value_max=9, year=2050),
    R("giảm còn «10-12%", "Chi phí logistics trên GDP", "between", 10, value_max=12, year=2050),
    R("nhóm «30 quốc gia", "Chỉ số LPI quốc gia hàng đầu", "<=", 30, **RANK, year=2050),
    R("có «10 trung tâm", "trung tâm logistics hiện đại ngang tầm quốc tế", ">=", 10, **CNT, year=2050),
    R("tế. «90% lao động", "lao động có trình độ chuyên môn", ">=", 90, year=2050),
    R("đó «50% có", "lao động có trình độ đại học trở lên", ">=", 50, year=2050),
])

# --------------------------------------------------------------------------
# 10 The Prime Minister's approval of the project for traffic-surveillance cameras 2021-2025,
# February 2021 (vtc.vn; cut: the caption "Ảnh minh hoạ." with the blank line after it; the stamp
# " date 2021-02" as the first line, "(VTC News) -" on the second). The project's money, kind
# target, year 2025 (the period "từ năm 2021 – 2025", its end): "tổng kinh phí 2.150 tỷ đồng" (bare
# number in a plan, >=) and the first component's "kinh phí khoảng 850 tỷ đồng" (~). Not
# quantities: "3 dự án thành phần" (the project's parts, as tasks), "năm 2021 đến năm 2025",
# "2021 – 2025", "năm 2030" (periods). Ids null (a public-security camera project, not the
# catalogue's funding for digital transformation; a judgement).
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-de-an-camera-giao-thong-2021", kind="target", year=2025, records=[
    R("kinh phí «2.150 tỷ", "tổng kinh phí Đề án đầu tư lắp đặt camera giám sát, chỉ huy điều hành giao thông",
      ">=", 2150e9, **DONG),
    R("khoảng «850 tỷ", "kinh phí dự án đầu tư xây dựng Trung tâm dữ liệu dùng chung, phục vụ kết nối, chia sẻ dữ "
      "liệu camera", "~", 850e9, **DONG),
])

# --------------------------------------------------------------------------
# 11 Đà Nẵng, the transport inspectorate fining two contract cars seen by the airport's cameras
# (cadn.com.vn; cut: nothing but the byline date "Thứ hai, 20/06/2022 14:47", written as
# `date 2022-06-20`; the photo caption naming the smart car park at "số 255 Phan Châu Trinh" stands
# twice and is kept). A precision text: two records, year 2022 (the byline; "Ngày 27-4" names no
# year). Results: "xử phạt vi phạm hành chính 2 trường hợp" (=, count) and "tổng số tiền phạt 14
# triệu đồng" (=, money). Not quantities: the plates "43A-543.88", "73A-145.53" (names), "2
# tháng" twice (the length of a licence suspension), "2 lái xe này" (the same two cases named
# again), "số 255" (an address, twice), "27-4" (a date), "năm 2022", "năm 2025" (dates).
# --------------------------------------------------------------------------
D11 = dict(name="11_danang-camera-thanh-tra-gtvt-2022-precision", kind="result", year=2022, records=[
    R("hành chính «2 trường hợp", "trường hợp vi phạm quy định về vận chuyển hành khách theo hợp đồng bị xử phạt qua "
      "dữ liệu camera", "=", 2, **CNT),
    R("phạt «14 triệu", "tổng số tiền phạt", "=", 14e6, **DONG),
])

# --------------------------------------------------------------------------
# 12 The Traffic Police Department's guidance on registering vehicles after the provinces merged,
# and the plate codes of merged provinces (danangngaynay.com; cut: the photo caption "Người dân làm
# thủ tục cấp biển số xe. Ảnh: Chính Phủ" and the page's tail "News", "Mấy năm qua đều ăn phải thứ
# lợn b;;ệnh này thì liệu có sống th;;ọ nổi không", "Để tránh các lực lượng chức năng"; no byline,
# no stamp). A precision text without a record; year null ("Chiều 29-6" names no year). Not
# quantities: the plate codes "89", "35", "66", "68" (names), "29-6" (a date).
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-ky-hieu-bien-so-hop-nhat-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 13 Hồ Chí Minh City, the pilot of bus tickets without paper on 16 routes, March 2026 (plo.vn;
# nothing cut; the stamp " date 2026-03-12" as the first line, the rest of its line, the title with
# its own date and time, on the second). Year 2026. Results: "16 tuyến xe buýt" four times (the
# lead, the announcement, the photo caption, the launch "đầu tháng 3-2026"), each recorded (as the
# earlier sets record a figure repeated); "trên 16 tuyến" is "on 16 routes", not "more than": op
# `=`. Not quantities: the route numbers "1, 4, 8, 15, 22, 27, 43, 62, 65, 70, 74, 81, 110, 139, 152
# và 170" (names), "12/03/2026 14:35", "3-2026" (dates and a time).
# --------------------------------------------------------------------------
D13 = dict(name="13_tphcm-xe-buyt-ve-dien-tu-2026-precision", kind="result", year=2026, records=[
    R("(PLO)- Sau thời gian thí điểm không in vé giấy trên «16", "tuyến xe buýt thí điểm không in vé giấy", "=", 16,
      **CNT),
    R("vừa thông báo về việc thí điểm không in vé giấy trên «16", "tuyến xe buýt thí điểm không in vé giấy", "=", 16,
      **CNT),
    R("\nThí điểm không in vé giấy trên «16", "tuyến xe buýt thí điểm không in vé giấy", "=", 16, **CNT),
    R("Trung tâm triển khai thí điểm không in vé giấy trên «16", "tuyến xe buýt thí điểm không in vé giấy", "=", 16,
      **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
gold_of = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
build = gold_of
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, gold_of, GOLD)
