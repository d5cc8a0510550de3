#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set323: IUU fishing and
fishing fleets).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder by ../goldkit.py.

Each document may also list NOT: locators of percentages deliberately left without a record;
check_gold.py verifies that every percentage has a record or a NOT entry. This set needs none.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).

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
from goldkit import R, CNT, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
TAN = dict(unit="other", unit_text="tấn")
VMS_N = "econ.fishing_vessels_vms_count"
VMS_P = "econ.fishing_vessels_vms_share"
# The fleet-size convention of set190 and set236 (see README): a province's fleet given as the
# background of a report ("hiện có 6.243 tàu cá", "có 1.925 tàu cá có tên trong sổ đăng ký",
# "2.723 tàu cá đã được đăng ký", "655 tàu có chiều dài từ 15m trở lên") is the make-up of the
# subject and the denominator of its shares, not a quantity; the length thresholds ("từ 15m trở
# lên", "từ 24m"), the durations of a lost signal ("trên 10 ngày", "trên 6 giờ", "trên 6 tháng")
# are the rule's wording, not quantities. Every pillar is null: no text has a heading or lead-in
# naming a pillar of digital transformation.

# --------------------------------------------------------------------------
# 01 National: the targets of the Đề án on fighting IUU fishing to 2025 (Quyết định 1077/QĐ-TTg of
# 14/9/2022), as a Mekong news site reports them (mekongasean.vn; nothing cut; no byline, no stamp;
# the excerpt ends in "Xử lý nghiêm các t"). Kind target, year 2025 (the Đề án's "đến năm 2025").
# Three bare "100%" targets, `>=`: vessels of 15 m and over checked before leaving port, the domestic
# catch landed through fishing ports checked, the foreign catch landed in Vietnamese seaports
# checked. Not quantities: "1077/QĐ-TTg", "14/9/2022", "năm 2025" (document, dates), "15m" (the
# rule's threshold), "FAO-2009" (a name). Ids null (the catalogue has no such inspection share).
# --------------------------------------------------------------------------
D01 = dict(name="01_quocgia-de-an-1077-iuu-muc-tieu-2025", kind="target", year=2025, records=[
    R("mục tiêu «100% tàu cá có", "tàu cá có chiều dài lớn nhất từ 15m trở lên trước khi rời cảng đi khai thác trên "
      "biển phải được kiểm tra đảm bảo đầy đủ các giấy tờ và trang thiết bị", ">=", 100),
    R("Mục tiêu «100% sản lượng", "sản lượng thủy sản từ khai thác trong nước khi bốc dỡ qua cảng cá được kiểm tra, "
      "giám sát", ">=", 100),
    R("; «100% sản phẩm", "sản phẩm thủy sản có nguồn gốc từ khai thác của nước ngoài cập cảng biển Việt Nam được "
      "kiểm tra, giám sát", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa (and, in its first line, an unnamed province), the ministry's working groups before
# the 2025 push to lift the yellow card (vtcnews.vn; nothing cut; no byline, no stamp; the excerpt
# opens mid-article and ends in "ra bi"). Year 2025 (the only year written, "trong năm 2025").
# Results: the opening "100% tàu cá đã hoàn tất đăng ký, đăng kiểm, cập nhật dữ liệu ..." (=, the
# province the cut drops unnamed, no place); Thanh Hóa's "1.014/1.014 tàu khai thác vùng khơi đã
# lắp đặt ... (VMS), đạt 100%" (count and share), "4 cảng cá đã được công bố mở cảng", "3 cảng cá
# được chỉ định" (counts: acts of announcing and designating), "khoảng 24.139 tấn thủy sản đã được
# bốc dỡ" (~, other "tấn"), "31 giấy xác nhận" (count), "100% tàu cá vi phạm đã được cập nhật"
# (=). Thanh Hóa's records carry place "Thanh Hóa" (the page is national news). Not quantities:
# "6.243 tàu cá" (the fleet, background), the second "/1.014" (the denominator).
# --------------------------------------------------------------------------
TH = dict(place="Thanh Hóa")
D02 = dict(name="02_thanhhoa-vms-cang-ca-iuu-2025", kind="result", year=2025, records=[
    R("Hiện nay, «100% tàu cá", "tàu cá đã hoàn tất đăng ký, đăng kiểm, cập nhật dữ liệu lên hệ thống nghề cá quốc "
      "gia VNFishbase", "=", 100),
    R("trong đó «1.014/1.014", "tàu khai thác vùng khơi đã lắp đặt thiết bị giám sát hành trình (VMS)", "=", 1014,
      **CNT, **TH, iid=VMS_N),
    R("(VMS), đạt «100%", "tàu khai thác vùng khơi đã lắp đặt thiết bị giám sát hành trình (VMS)", "=", 100, **TH,
      iid=VMS_P),
    R("có «4 cảng cá", "cảng cá đã được công bố mở cảng", "=", 4, **CNT, **TH),
    R("trong đó «3 cảng cá", "cảng cá được chỉ định đủ điều kiện xác nhận, chứng nhận nguồn gốc thủy sản", "=", 3,
      **CNT, **TH),
    R("khoảng «24.139 tấn", "thủy sản đã được bốc dỡ qua các cảng", "~", 24139, **TAN, **TH),
    R("; «31 giấy", "giấy xác nhận nguồn gốc thủy sản được cấp", "=", 31, **CNT, **TH),
    R("theo đó «100% tàu cá vi phạm", "tàu cá vi phạm đã được cập nhật vào cơ sở dữ liệu", "=", 100, **TH),
])

# --------------------------------------------------------------------------
# 03 Nam Định, vessels losing their VMS signal and the fines of 2024 (thuonghieucongluan.com.vn;
# nothing cut; no byline, no stamp; the excerpt opens mid-article with "Theo đó," and ends in "qua
# hệ thống "). Year 2024 ("Từ ngày 25/1 - 30/9/2024", "20/9 - 14/10/2024"). Results, counts: "35
# lượt/31 tàu" and "34 lượt/30 tàu" are two counts each (the occurrences and the vessels, as
# set236's "15 vụ/25 tàu"); "386 lượt/ 14 tàu" likewise; "13 thông báo"; the fines "1 tàu", "2 tàu
# cá", "1 tàu cá ... 25 triệu đồng", "1 tàu cá ... 4 triệu đồng" (counts, and the fines as money,
# unit other "đồng"); "386/386 lượt tàu cá đã khắc phục" (count; the denominator not). Not
# quantities: "trên 10 ngày", "trên 6 giờ", "24m" (the rule's thresholds), the dates.
# --------------------------------------------------------------------------
D03 = dict(name="03_namdinh-vms-mat-ket-noi-2024", kind="result", year=2024, records=[
    R("là «35 lượt", "lượt mất tín hiệu kết nối trên 10 ngày trên biển", "=", 35, **CNT),
    R("35 lượt/«31 tàu", "tàu mất tín hiệu kết nối trên 10 ngày trên biển", "=", 31, **CNT),
    R("phát hành «13 thông báo", "thông báo tàu cá mất tín hiệu kết nối trên 10 ngày trên biển trở lên đã phát "
      "hành", "=", 13, **CNT),
    R("xác minh «34 lượt", "lượt tàu mất tín hiệu trên biển trên 10 ngày đã lập biên bản xác minh", "=", 34, **CNT),
    R("34 lượt/«30 tàu", "tàu mất tín hiệu trên biển trên 10 ngày đã lập biên bản xác minh", "=", 30, **CNT),
    R("xử phạt «1 tàu với", "tàu bị xử phạt với hành vi vi phạm không duy trì hoạt động thiết bị giám sát hành trình", "=", 1, **CNT),
    R("thông báo «386 lượt/", "lượt tàu có chiều dài lớn nhất từ 24m trở lên mất tín hiệu kết nối trên 6 giờ đã "
      "gửi thông báo", "=", 386, **CNT),
    R("386 lượt/ «14 tàu", "tàu có chiều dài lớn nhất từ 24m trở lên mất tín hiệu kết nối trên 6 giờ trên biển",
      "=", 14, **CNT),
    R("hành chính «2 tàu cá", "tàu cá vi phạm quy định về thiết bị VMS bị xử phạt vi phạm hành chính", "=", 2, **CNT),
    R("thể, xử phạt «1 tàu cá", "tàu cá bị xử phạt không thực hiện các quy định trong trường hợp thiết bị VMS bị "
      "hỏng", "=", 1, **CNT),
    R("số tiền «25 triệu", "số tiền xử phạt tàu cá không thực hiện các quy định khi thiết bị VMS bị hỏng", "=",
      25e6, **DONG),
    R("đồng; «1 tàu cá tự", "tàu cá tự tháo thiết bị VMS mà không có sự giám sát của đơn vị cung cấp bị xử phạt",
      "=", 1, **CNT),
    R("số tiền «4 triệu", "số tiền xử phạt tàu cá tự tháo thiết bị VMS", "=", 4e6, **DONG),
    R("Kết quả, «386/386", "lượt tàu cá đã khắc phục, thiết bị VMS có tín hiệu trở lại", "=", 386, **CNT),
])

# --------------------------------------------------------------------------
# 04 Quảng Ngãi, the "3 không" vessels left at the end of 2024 (baochinhphu.vn, print view;
# nothing cut; no byline, no stamp; the excerpt ends in "giấy c"). Year 2024 ("tính đến cuối tháng
# 12/2024"). Results, counts: "cấp giấy chứng nhận đăng ký tàu cá cho 1.128/1.627 chiếc" (the
# denominator not), "Hiện còn 499 tàu không thực hiện đăng ký" (a value reached), "129 chiếc không
# có nhu cầu", "370 chiếc không đủ điều kiện" (its parts, each its own subject). Not quantities: the
# later "quản lý chặt 129 tàu cá" and "(370 tàu)" name the same groups as the objects of the
# province's instructions (the group's size, as set193's "15 xã ... bao gồm"; a judgement), "3
# không" (a name), "12/2024", "2/3/2025" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_quangngai-tau-ca-3-khong-2024", kind="result", year=2024, records=[
    R("cho «1.128/1.627", "tàu cá \"3 không\" được cấp giấy chứng nhận đăng ký", "=", 1128, **CNT),
    R("Hiện còn «499 tàu", "tàu không thực hiện đăng ký", "=", 499, **CNT),
    R("có «129 chiếc", "tàu không có nhu cầu đăng ký", "=", 129, **CNT),
    R("; «370 chiếc", "tàu không đủ điều kiện đăng ký", "=", 370, **CNT),
])

# --------------------------------------------------------------------------
# 05 Quảng Bình, the "3 không" vessels counted in May 2024 (baochinhphu.vn, print view; nothing
# cut; no byline, no stamp; the excerpt ends in "Chi c"). Year 2024 ("tháng 3/2024", the only year).
# Results, counts: "800 tàu cá "3 không"" (the review's finding: unregistered vessels are a value
# measured, not the fleet's background), its length classes "711", "50", "39" (a breakdown by kind,
# each its own subject, scope null), the localities "thị xã Ba Đồn (424 tàu cá)", "huyện Quảng Ninh
# (120 tàu cá)", "huyện Quảng Trạch (95 tàu cá)" (place, scope null). Not quantities: "6 m", "12
# m", "15 m" (length classes), "3/2024" (a date).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangbinh-tau-ca-3-khong-2024", kind="result", year=2024, records=[
    R("có «800 tàu", "tàu cá \"3 không\" (không đăng ký, không đăng kiểm, không giấy phép khai thác thủy sản)",
      "=", 800, **CNT),
    R("có «711 tàu", "tàu cá \"3 không\" chiều dài từ 6 m đến dưới 12 m", "=", 711, **CNT),
    R("m, «50 tàu", "tàu cá \"3 không\" từ 12 m đến dưới 15 m", "=", 50, **CNT),
    R("m, «39 tàu", "tàu cá \"3 không\" từ 15 m trở lên", "=", 39, **CNT),
    R("Ba Đồn («424", "tàu cá \"3 không\" ở thị xã Ba Đồn", "=", 424, **CNT, place="Ba Đồn"),
    R("Quảng Ninh («120", "tàu cá \"3 không\" ở huyện Quảng Ninh", "=", 120, **CNT, place="Quảng Ninh"),
    R("Quảng Trạch («95", "tàu cá \"3 không\" ở huyện Quảng Trạch", "=", 95, **CNT, place="Quảng Trạch"),
])

# --------------------------------------------------------------------------
# 06 Cà Mau, vessels seized abroad, hidden VMS devices and lost signals (thanhnien.vn; nothing
# cut: the caption "Lực lượng chức năng tỉnh Cà Mau phát hiện 10 thiết bị ..." carries a figure and
# stays; no byline, no stamp; the excerpt ends in "tháo thiế"). Year 2023: the only year written
# ("từ năm 2023 đến nay", "15.3.2023"; the address's 2024 is not in the text; set190's rule).
# Results, counts: "8 tàu cá với 57 ngư dân" (two), "xử phạt vi phạm hành chính 1 vụ", "đang hoàn
# thiện hồ sơ xử phạt 1 vụ", the caption's "10 thiết bị", "2 tàu cá tổ chức đưa người nhập cảnh
# trái phép", "khởi tố vụ án 1 vụ", "71 tàu cá ... mất tín hiệu kết nối trên 6 tháng", "10 tàu mất
# tín hiệu kết nối ngoài khơi" and its parts "4", "2", "1", "1", "1" (each its own subject; the last
# cut in "tháo thiế", recorded with the words given, as set236). Not quantities: "20.3",
# "15.3.2023" (dates), "15 m", "6 tháng" (the rule's wording).
# --------------------------------------------------------------------------
D06 = dict(name="06_camau-vi-pham-vung-bien-2024", kind="result", year=2023, records=[
    R("thông tin «8 tàu cá", "tàu cá vi phạm vùng biển nước ngoài, bị bắt giữ, xử lý", "=", 8, **CNT),
    R("với «57 ngư dân", "ngư dân vi phạm vùng biển nước ngoài, bị bắt giữ, xử lý", "=", 57, **CNT),
    R("hành chính «1 vụ;", "vụ tàu cá vi phạm vùng biển nước ngoài đã xử phạt vi phạm hành chính", "=", 1, **CNT),
    R("xử phạt «1 vụ;", "vụ đang hoàn thiện hồ sơ xử phạt", "=", 1, **CNT),
    R("phát hiện «10 thiết bị", "thiết bị giám sát hành trình tàu cá (VMS) được cất giấu trên phương tiện khác bị "
      "phát hiện", "=", 10, **CNT),
    R("còn phát hiện «2 tàu cá", "tàu cá tổ chức đưa người nhập cảnh trái phép từ nước ngoài về bị phát hiện", "=",
      2, **CNT),
    R("khởi tố vụ án «1 vụ", "vụ án đã khởi tố", "=", 1, **CNT),
    R("tỉnh có «71 tàu", "tàu cá có chiều dài lớn nhất từ 15 m trở lên mất tín hiệu kết nối trên 6 tháng", "=", 71,
      **CNT),
    R("Trong đó, «10 tàu", "tàu mất tín hiệu kết nối ngoài khơi", "=", 10, **CNT),
    R("(«4 tàu", "tàu ngừng hoạt động", "=", 4, **CNT),
    R("; «2 tàu bị chìm", "tàu bị chìm", "=", 2, **CNT),
    R("; «1 tàu cho", "tàu cho người ở tỉnh bạn", "=", 1, **CNT),
    R("; «1 tàu bị nước", "tàu bị nước ngoài bắt giữ", "=", 1, **CNT),
    R("; «1 tàu tháo", "tàu tháo thiế", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 07 Hà Tĩnh, the fleet's papers and devices in December 2023 (baohatinh.vn; nothing cut; the
# stamp " date 2023-12" written as the first line). Year 2023. Results: "2.532 tàu có giấy phép
# khai thác thủy sản còn hạn (92,98%)", "199/496 tàu cá thuộc diện đăng kiểm (đạt 40,12%)", "63/90
# tàu cá ... giấy chứng nhận an toàn thực phẩm (67%)" (count, then share, each), "100% tàu thực hiện
# việc đánh dấu tàu", "90/90 tàu cá ... đã lắp đặt thiết bị VMS đạt 100%" (count and share),
# "đã cập nhật 2.723 tàu cá vào cơ sở dữ liệu nghề cá quốc gia (VNFISHBASE), đạt tỷ lệ 100%" (count
# and share: the update is an act done). Not quantities: "2.723 tàu cá đã được đăng ký" (the fleet,
# background: set190's "8.208 chiếc đã đăng ký"), the denominators "/496", "/90", "Luật Thuỷ sản
# 2017" (a name).
# --------------------------------------------------------------------------
D07 = dict(name="07_hatinh-tau-ca-dang-ky-vms-2023", kind="result", year=2023, records=[
    R("trong đó «2.532 tàu", "tàu có giấy phép khai thác thủy sản còn hạn", "=", 2532, **CNT),
    R("còn hạn («92,98%", "tàu có giấy phép khai thác thủy sản còn hạn", "=", 92.98),
    R("; «199/496", "tàu cá thuộc diện đăng kiểm đã đăng kiểm", "=", 199, **CNT),
    R("(đạt «40,12%", "tàu cá thuộc diện đăng kiểm đã đăng kiểm", "=", 40.12),
    R("; «63/90", "tàu cá đang hoạt động thuộc diện phải cấp giấy chứng nhận an toàn thực phẩm trên tàu cá đã được "
      "cấp", "=", 63, **CNT),
    R("tàu cá («67%", "tàu cá đang hoạt động thuộc diện phải cấp giấy chứng nhận an toàn thực phẩm trên tàu cá đã "
      "được cấp", "=", 67),
    R("; «100% tàu thực hiện", "tàu thực hiện việc đánh dấu tàu, kẻ vẽ biển số đúng quy định", "=", 100),
    R("có «90/90", "tàu cá đang hoạt khai thác thủy sản vùng khơi đã lắp đặt thiết bị VMS", "=", 90, **CNT,
      iid=VMS_N),
    R("VMS đạt «100%", "tàu cá đang hoạt khai thác thủy sản vùng khơi đã lắp đặt thiết bị VMS", "=", 100,
      iid=VMS_P),
    R("cập nhật «2.723 tàu", "tàu cá đã cập nhật vào cơ sở dữ liệu nghề cá quốc gia (VNFISHBASE)", "=", 2723, **CNT),
    R("tỷ lệ «100%", "tàu cá đã cập nhật vào cơ sở dữ liệu nghề cá quốc gia (VNFISHBASE)", "=", 100),
])

# --------------------------------------------------------------------------
# 08 Đà Nẵng, controlling vessels at Thọ Quang port in 2023 (vietnamnet.vn, a report on the central
# provinces whose excerpt covers Đà Nẵng only; nothing cut; no byline, no stamp; the excerpt ends in
# "chống khai"). Year 2023 ("từ đầu năm 2023 đến nay", the only year). Results: "lượng hải sản
# khoảng 150 tấn/ngày" (~, other "tấn/ngày"), "576/594 tàu chiều dài từ 15m trở lên đã lắp thiết bị
# giám sát hành trình" (count; the denominator not), "xử phạt hành chính 53 trường hợp" (count). No
# place (Đà Nẵng is the excerpt's own city). Not quantities: "hàng chục lượt" (no number), "24/24
# giờ" (hours of service), "15m" (threshold).
# --------------------------------------------------------------------------
D08 = dict(name="08_danang-vms-xu-phat-2023", kind="result", year=2023, records=[
    R("khoảng «150 tấn/ngày", "lượng hải sản tàu cá cập cảng Thọ Quang", "~", 150, unit="other",
      unit_text="tấn/ngày"),
    R("có «576/594", "tàu chiều dài từ 15m trở lên đã lắp thiết bị giám sát hành trình", "=", 576, **CNT,
      iid=VMS_N),
    R("hành chính «53 trường hợp", "trường hợp tàu cá vi phạm bị kiểm tra, xử phạt hành chính", "=", 53, **CNT),
])

# --------------------------------------------------------------------------
# 09 Phú Yên, remedying the ministry's findings of April (hoachatnhanong.com; nothing cut; no
# byline, no stamp; the excerpt ends in "Bây"). Year null: the text names no year ("tháng 4 vừa
# qua"). Results: "đã lắp đặt thiết bị giám sát hành trình đạt hơn 98%" (>, share), "9 tàu cá chưa
# lắp đặt" (=, count: the vessels left). Not quantities: "1.925 tàu cá có tên trong sổ đăng ký",
# "655 tàu có chiều dài từ 15m trở lên" (the fleet and its offshore part, background), "15m".
# --------------------------------------------------------------------------
D09 = dict(name="09_phuyen-vms-vung-khoi-iuu", kind="result", year=None, records=[
    R("đạt hơn «98%", "tàu khai thác vùng khơi đã lắp đặt thiết bị giám sát hành trình", ">", 98, iid=VMS_P),
    R("Đối với «9 tàu", "tàu cá chưa lắp đặt thiết bị giám sát hành trình", "=", 9, **CNT),
])

# --------------------------------------------------------------------------
# 10 Ninh Thuận, the provincial party committee's report 387-BC/TU of 14/11/2023 on fighting IUU
# fishing: its opening section on the province's fisheries (baoninhthuan.com.vn; cut: the photo
# caption "Tàu thuyền công suất lớn neo đậu tại Cảng cá Ninh Chữ (Ninh Hải).Ảnh: Văn Nỷ" with the
# blank line after it; no byline, no stamp; the excerpt ends in "hiệ"). Year 2023. Results, counts,
# of the organisation of fishing at sea: "170 tổ đội khai thác trên biển", "85 tàu hậu cần", "02
# nghiệp đoàn nghề cá đã được thành lập". Not quantities: "120 km" (the coast), "2.295 tàu cá",
# "849 tàu cá ... từ 15 mét" (the fleet), "04 cảng cá (gồm 02 cảng loại II ..., 02 cảng loại III
# ...)", "03 khu neo đậu ... (gồm 02 ..., 01 ...)" (the province's fixed facilities, described, not
# reported as reached; a judgement, against 02's ports "đã được công bố mở cảng"), "387-BC/TU",
# "81-CV/TW", "14/11/2023", "20/3/2020" (documents, dates), "06 mét", "15 mét", "loại II", "loại
# III", "I-" (thresholds, classes, a label).
# --------------------------------------------------------------------------
D10 = dict(name="10_ninhthuan-bao-cao-iuu-2023", kind="result", year=2023, records=[
    R("có «170 tổ đội", "tổ đội khai thác trên biển", "=", 170, **CNT),
    R("với «85 tàu", "tàu hậu cần phục vụ hoạt động khai thác", "=", 85, **CNT),
    R("khai thác, «02 nghiệp đoàn", "nghiệp đoàn nghề cá đã được thành lập", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 11 National: the national steering committee's meeting of 29/8/2023 before the EC's fourth
# inspection (thuonghieuvaphapluat.vn; nothing cut; no byline, no stamp; the excerpt ends in "Về
# cấp"). Year 2023. Results: "đã đảm bảo 100% hồ sơ các lô hàng xuất khẩu ... truy xuất được nguồn
# gốc" (=), "Kết quả rà soát đến ngày 29/8/2023 cả nước có 86.820 tàu cá có chiều dài từ 6m trở
# lên" and "30.091 tàu cá có chiều dài từ 15m" (counts: the fleet stated as the result of a review
# under the EC's cut, not as the background of a share; a judgement). Not quantities: "cắt giảm gần
# 10.000 tàu cá" (title and lead: the cut is a change against the 2019 fleet, as "giảm 9.789 chiếc
# so với năm 2019", "giảm 1.206 chiếc"; spec), "hơn 1 tháng" (a duration), "lần thứ tư" (an
# ordinal), "28 tỉnh, thành phố ven biển" (the participants), "15 mét", "6m" (thresholds),
# "20/12/2022", "29/8/2023" (dates).
# --------------------------------------------------------------------------
D11 = dict(name="11_quocgia-cat-giam-tau-ca-2023", kind="result", year=2023, records=[
    R("đảm bảo «100% hồ sơ", "hồ sơ các lô hàng xuất khẩu sang thị trường EU và các thị trường khác truy xuất được "
      "nguồn gốc nguyên liệu thủy sản khai thác", "=", 100),
    R("cả nước có «86.820 tàu", "tàu cá có chiều dài từ 6m trở lên", "=", 86820, **CNT),
    R("có «30.091 tàu", "tàu cá có chiều dài từ 15m", "=", 30091, **CNT),
])

# --------------------------------------------------------------------------
# 12 Cà Mau, a fine for a vessel caught fishing in Thai waters (baocamau.vn; cut: the page's clock
# "Chủ nhật, 8-3-26 13:51:23", the weather widget "Cà Mau, 32°C/ 32°C - 33°C Icon thời tiết nắng"
# and the follow link "Theo dõi Báo điện tử Cà Mau trên" with the blank line after it; no byline,
# no stamp; the excerpt ends in "Hải quân Hoà"). Precision: dates, a vessel number, a birth year, a
# crew. One quantity, the title's "gần 1 tỉ đồng" (~, money, 1e9). Year 2023: the only year of the
# events written ("30/11/2023", "15/12/2023", "16/12/2023"; "sinh năm 1993" is a birth year; the
# fine's own "11/3" names none). Not quantities: "CM 06051 TS" (a vessel's number), "Khóm 7", "vùng
# 2" (names), "6 thuyền viên" (the crew, the size of the subject), the dates.
# --------------------------------------------------------------------------
D12 = dict(name="12_camau-xu-phat-vung-bien-precision-2024", kind="result", year=2023, records=[
    R("nước ngoài gần «1 tỉ đồng", "xử phạt tàu cá vi phạm vùng biển nước ngoài", "~", 1e9, **DONG),
])

# --------------------------------------------------------------------------
# 13 Hà Tĩnh, enforcing Thông tư 81/2025/TT-BNNMT on vessels unfit to fish, January 2026
# (hatinh24h.com.vn; nothing cut; the stamp " date 2026-01-24" written as the first line; the
# excerpt ends in "nhật ký thu "). Precision, no record: "81/2025/TT-BNNMT" (a document), the stamp.
# --------------------------------------------------------------------------
D13 = dict(name="13_hatinh-thong-tu-81-precision-2026", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 14 National: the steering committee's weekly meeting of 28/10/2025, as Nghệ An's paper reports
# it (baonghean.vn; cut: the photo caption "Đồng chí Nguyễn Văn Đệ - ... Ảnh: Nguyễn Hải" with the
# blank line after it; the stamp " date 2025-10-28" written as the first line). Precision: one
# quantity, the title's "Cả nước có 99,8% tàu cá đăng ký, cập nhật vào dữ liệu nghề cá quốc gia" (=,
# 2025). Not quantities: the ministries' tasks "3/9 nhiệm vụ", "6 nhiệm vụ", "6/11", "5", "13/24",
# "11", the localities' "18/18 nhiệm vụ" (counts of tasks, spec), "22 tỉnh, thành" (the
# participants), "28/10" (a date).
# --------------------------------------------------------------------------
D14 = dict(name="14_quocgia-bcd-iuu-99-8-precision-2025", kind="result", year=2025, records=[
    R("Cả nước có «99,8%", "tàu cá đăng ký, cập nhật vào dữ liệu nghề cá quốc gia", "=", 99.8),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
