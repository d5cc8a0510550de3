#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set286).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); none of set286's percentages needs one.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue names no trade-union indicator (members, grassroots unions, gifts, houses, money), so
every record of this set is null; the records name no `iid=`.

The theme is trade unions and workers: every text is a union's report, plan or event, none stands
under a heading naming a pillar, so every record has pillar null.

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
TC = dict(T, **CNT)  # a target counted in things
TD = dict(T, **DONG)  # a target in money

# --------------------------------------------------------------------------
# 01 Phú Thọ, Vĩnh Yên ward's trade union congress, term 2025-2030 (baophutho.vn; the stamp
# " date 2025-10-30" written as the first line, the rest of that line, the template's "{title}",
# cut; cut: the photo captions "Tiết mục văn nghệ chào mừng Đại hội", "Lãnh đạo LĐLĐ tỉnh tặng hoa
# chúc mừng Đại hội" and "Lãnh đạo LĐLĐ tỉnh, phường Vĩnh Yên tặng hoa chúc mừng Ban Chấp hành ...
# nhiệm kỳ 2025-2030"; the excerpt ends in "Đại hội đã công b"). Kind target, year 2030: the
# targets are the term's ("Nhiệm kỳ 2025-2030, Công đoàn phường đề ra những chỉ tiêu cụ thể như:"),
# also those said "Hằng năm" and "mỗi năm" (the earlier sets give a term's targets the term's last
# year). Bare numbers `>=`; "từ 300 đoàn viên" `>=` (từ X, the floor); "ít nhất 1" `>=`. Not
# quantities: "13 Công đoàn cơ sở (CĐCS) với tổng số 1.929 đoàn viên" (the ward union's size, as the
# earlier sets' sizes of a party or a town), "30/10", "2025-2030" (dates), "lần thứ I" (an ordinal).
# --------------------------------------------------------------------------
D01 = dict(name="01_phutho-vinhyen-dai-hoi-cong-doan-phuong-chi-tieu-2025", kind="target", year=2030, records=[
    R("năm, có «100% đoàn viên", "đoàn viên, công nhân, người lao động được tuyên truyền, phổ biển chủ trương của "
      "Đảng, chính sách, pháp luật của Nhà nước, các nghị quyết của công đoàn", ">=", 100),
    R("mới từ «300 đoàn viên", "phát triển mới đoàn viên", ">=", 300, **CNT),
    R("lập mới «5 công đoàn", "thành lập mới công đoàn cơ sở", ">=", 5, **CNT),
    R("sở; «90% doanh", "doanh nghiệp, đơn vị có tổ chức Công đoàn đủ điều kiện đại diện, thương lượng, ký kết được "
      "thoả ước lao động tập thể", ">=", 90),
    R("ít nhất «1 đoàn viên", "bình quân mỗi CĐCS giới thiệu đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng kết nạp "
      "mỗi năm", ">=", 1, **CNT),
    R("năm; «100% số cơ quan", "cơ quan, đơn vị tổ chức hội nghị viên chức, người lao động", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 Phú Thọ, Thanh Miếu ward's trade union congress, term 2025-2030 (baophutho.vn; the stamp
# " date 2025-10-26" written as the first line; cut: the photo caption "Ra mắt BCH Công đoàn phường
# Thanh Miếu, nhiệm kỳ 2025-2030" with the blank line after it). Kind target, year 2030 (the term's
# targets, "Nhiệm kỳ 2025 – 2030, Công đoàn phường đề ra mục tiêu:"). "ít nhất" `>=`, bare `>=`. Not
# quantities: "33 công đoàn cơ sở ... với 2.596 đoàn viên" (the new ward union's size, as in 01),
# "26/10", "2025 – 2030" (dates), "lần thứ I", "khóa I" (ordinals).
# --------------------------------------------------------------------------
D02 = dict(name="02_phutho-thanhmieu-dai-hoi-cong-doan-phuong-muc-tieu-2025", kind="target", year=2030, records=[
    R("ít nhất «300 đoàn viên", "phát triển thêm đoàn viên", ">=", 300, **CNT),
    R("lập mới «5 công đoàn", "thành lập mới công đoàn cơ sở", ">=", 5, **CNT),
    R("sở; «90% đoàn viên", "đoàn viên được phổ biến chủ trương, chính sách của Đảng và pháp luật Nhà nước", ">=", 90),
    R("ít nhất «10 đoàn viên", "giới thiệu đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng kết nạp", ">=", 10, **CNT),
])

# --------------------------------------------------------------------------
# 03 Hồ Chí Minh City, the first congresses of Đông Thạnh commune's and Thủ Đức ward's unions, term
# 2025-2030 (nld.com.vn; the stamp " date 2025-10-13" written as the first line; cut: the photo
# caption "Ông Phùng Thái Quang, ... Ảnh: THANH YÊN" with the blank line after it; the excerpt ends
# in "ông Nguyễn Văn "). Kind target, year 2030 ("đến năm 2030" in Đông Thạnh's list; Thủ Đức's
# "Trong nhiệm kỳ tới" of the term 2025 - 2030). Bare numbers `>=`. Not quantities: "từ 25 lao động
# trở lên" (the size that makes an enterprise eligible: part of the subject), "gồm 11 người" (the
# make-up of an appointed committee), "11-10", "2025 - 2030" (dates), "lần thứ I".
# --------------------------------------------------------------------------
D03 = dict(name="03_hcm-dongthanh-thuduc-cong-doan-muc-tieu-2025", kind="target", year=2030, records=[
    R("trong «100% doanh nghiệp", "thành lập tổ chức Công đoàn trong doanh nghiệp đủ điều kiện có từ 25 lao động "
      "trở lên", ">=", 100),
    R("kết nạp «250 đoàn viên", "kết nạp đoàn viên mới", ">=", 250, **CNT),
    R("mới; «100% ủy viên", "ủy viên Ban Chấp hành Công đoàn được bồi dưỡng, tập huấn nghiệp vụ", ">=", 100),
    R("xây dựng «2 \"Mái ấm", "xây dựng \"Mái ấm Công đoàn\" cho đoàn viên khó khăn", ">=", 2, **CNT),
    R("pháp lý cho «100% đoàn viên", "tư vấn và hỗ trợ pháp lý cho đoàn viên - lao động khi có yêu cầu", ">=", 100),
])

# --------------------------------------------------------------------------
# 04 Gia Lai, Tây Sơn commune's union congress, term 2025-2030 (baogialai.com.vn; the stamp
# " date 2025-11-02" written as the first line; cut: the photo caption "Các đại biểu dự Đại hội.
# Ảnh: V.P" with the blank line after it; the excerpt ends in "100% doanh "). Kind result, year 2025
# for the past term's results ("Trong nhiệm kỳ qua", the term ending in 2025); the targets "phấn đấu
# đến hết nhiệm kỳ" of the term 2025-2030: kind target, year 2030. "trên", "hơn" `>`. The last
# "100% doanh " is cut by the excerpt's end: recorded, its subject as far as the text goes. Not
# quantities: "80 đại biểu chính thức" (the participants of the event, spec), "3.225 đoàn viên sinh
# hoạt tại 37 Công đoàn cơ sở" (the commune union's size, as in 01 and 02; a judgement, the target
# 3.500 notwithstanding), "2025-2030" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_gialai-tayson-dai-hoi-cong-doan-xa-2025", kind="result", year=2025, records=[
    R("tiền trên «200 triệu", "tổng số tiền vận động ủng hộ các hoạt động nhân đạo, từ thiện", ">", 200e6, **DONG),
    R("hiến hơn «20 đơn vị", "hiến đơn vị máu", ">", 20, **CNT),
    R("chăm lo «100% đoàn viên", "kịp thời chăm lo đoàn viên, người lao động trong các dịp lễ, Tết", "=", 100),
    R("có «3.500 đoàn viên", "đoàn viên Công đoàn đến hết nhiệm kỳ", ">=", 3500, **TC, year=2030),
    R("Công đoàn; «100% doanh", "doanh", ">=", 100, **T, year=2030),
])

# --------------------------------------------------------------------------
# 05 Quảng Trị, the district, sector and civil-servant unions' new grassroots unions and members in
# the first nine months of 2024 (vietnam.vn, a copy of baoquangtri.vn's page, whose address the text
# gave in a "Nguồn:" line, cut with the byline "Thanh Lê"). Kind result, year 2024. Not quantities:
# "9 tháng đầu năm 2024", "những tháng cuối năm 2024" (periods).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangtri-thanh-lap-cdcs-ket-nap-doan-vien-2024", kind="result", year=2024, records=[
    R("mới được «23 CĐCS", "vận động thành lập mới công đoàn cơ sở", "=", 23, **CNT),
    R("kết nạp «401 đoàn viên", "kết nạp đoàn viên ở các công đoàn cơ sở thành lập mới", "=", 401, **CNT),
    R("kết nạp «1.411 đoàn viên", "kết nạp đoàn viên ở những nơi đã có CĐCS", "=", 1411, **CNT),
])

# --------------------------------------------------------------------------
# 06 Hà Nội, the city federation's plan for the "Chợ Tết Công đoàn năm 2026" (vietnam.vnanet.vn;
# the stamp " date 2026-01-22" written as the first line; nothing cut; the excerpt ends in "suất
# quà “0” "). Kind target (what the plan will give: "Dự kiến sẽ có", "Theo kế hoạch", "sẽ trao"; the
# earlier sets read "dự kiến" and a plan's future as targets), year 2026. "hơn" `>`, "tối thiểu"
# `>=`, "khoảng" `~`, bare numbers `>=`. "mức giảm giá tối thiểu 10% so với giá bán thực tế": a
# target stated as a change, a quantity (spec). "500.000 đồng/phiếu": unit other "đồng/phiếu"
# (money per voucher, as the earlier sets' "đồng/người"). Not quantities: "“0” đồng" (twice) and
# "gian hàng “0” đồng" (the name of the free stalls; the excerpt ends in another "“0” "), "8 giờ 30",
# "19 giờ" (times), "31/1", "1/2/2026", "13–14 tháng Chạp" (dates), "hai địa điểm" (no digit),
# "hàng nghìn", "hàng trăm" (no digits).
# --------------------------------------------------------------------------
D06 = dict(name="06_hanoi-cho-tet-cong-doan-ke-hoach-2026", kind="target", year=2026, records=[
    R("có hơn «6.000 suất", "suất quà “0” đồng tại Chợ Tết Công đoàn năm 2026", ">", 6000, **CNT),
    R("tối thiểu «10% so", "mức giảm giá các mặt hàng thiết yếu phục vụ Tết so với giá bán thực tế", ">=", 10),
    R("khoảng «50 gian", "gian hàng tại Chợ Tết Khu nhà ở xã hội, xã Thiên Lộc", "~", 50, **CNT),
    R("trao «2.400 phiếu", "phiếu mua hàng Ban Tổ chức trao", ">=", 2400, **CNT),
    R("(«500.000 đồng/phiếu", "phiếu mua hàng (đồng/phiếu)", ">=", 500000, unit="other", unit_text="đồng/phiếu"),
    R("và «2.400 suất", "suất quà “0” đồng Ban Tổ chức trao", ">=", 2400, **CNT),
])

# --------------------------------------------------------------------------
# 07 Hà Tĩnh, the online "Chợ Tết công đoàn – Xuân 2026" (vneconomy.vn; the stamp " date 2025-11-25"
# written as the first line; nothing cut; the excerpt ends in "lao động bị ảnh h"). Kind target (what
# the programme "sẽ mang đến", "dự kiến thu hút"), year 2026 (the programme of "Xuân 2026", the Tết
# of 2026; the stamp's 2025 is the page's date, not the year the figures are for; a judgement).
# "hơn" `>`, bare numbers `>=`. "Mỗi voucher có trị giá 500 nghìn đồng": money, unit_text "đồng"
# (the per-voucher is in the subject). Not quantities: "20/12/2025 - 3/2/2026", "1/11 - 16/12"
# (dates), "năm thứ ba" (no digit), "Xuân 2026" (a name).
# --------------------------------------------------------------------------
D07 = dict(name="07_hatinh-cho-tet-cong-doan-truc-tuyen-2026", kind="target", year=2026, records=[
    R("chuyển cho «3.070 đoàn viên", "đoàn viên, người lao động Hà Tĩnh được mua sắm hàng hóa miễn phí tại Chợ Tết "
      "công đoàn", ">=", 3070, **CNT),
    R("thu hút hơn «200.000 đoàn viên", "đoàn viên, người lao động tham gia và thụ hưởng các chính sách ưu đãi, hỗ trợ "
      "trên quy mô toàn quốc", ">", 200000, **CNT),
    R("trị giá «500 nghìn đồng", "trị giá mỗi voucher", ">=", 500000, **DONG),
])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, Triệu Sơn district federation's money for four members' "Mái ấm công đoàn" houses,
# October 2021 (baothanhhoa.vn; the stamp " date 2021-10" written as the first line; cut: the
# byline "Thanh Huê" with the blank line before it). Kind result, year 2021 (the stamp's; the text
# names no year). Four sums of money, each its own recipient in the indicator (scope null: persons,
# not levels or groups). Not quantities: none left.
# --------------------------------------------------------------------------
MAI_AM = "kinh phí hỗ trợ xây dựng “Mái ấm công đoàn” trao"
D08 = dict(name="08_thanhhoa-trieuson-mai-am-cong-doan-2021", kind="result", year=2021, records=[
    R("cho «4 gia đình", "gia đình đoàn viên công đoàn có hoàn cảnh khó khăn được trao kinh phí hỗ trợ xây dựng "
      "“Mái ấm công đoàn”", "=", 4, **CNT),
    R("trao «45 triệu đồng chi", f"{MAI_AM} chị Lê Thị Hương, ĐVCĐ Trường Mầm Non Bình Sơn", "=", 45e6, **DONG),
    R("Sơn; «45 triệu đồng cho", f"{MAI_AM} chị Lê Thị Bích, ĐVCĐ Trường Mầm Non Vân Sơn", "=", 45e6, **DONG),
    R("Sơn; «35 triệu đồng cho", f"{MAI_AM} chị Đỗ Thị Quế, ĐVCĐ Trường Mầm Non Đồng Lợi", "=", 35e6, **DONG),
    R("Lợi; «35 triệu đồng cho", f"{MAI_AM} chị Ngô Thị Hà, ĐVCĐ Công ty TNHH Gạch ngói Nam Vang", "=", 35e6, **DONG),
])

# --------------------------------------------------------------------------
# 09 Huế, the groundbreaking of a "Mái ấm Công đoàn" house in Nam Đông commune, September 2025
# (huengaynay.vn; the stamp " date 2025-09-23" written as the first line; nothing cut). Year 2025.
# "Tổng kinh phí xây dựng căn nhà dự trù khoảng 149,4 triệu đồng": a planned sum ("dự trù", as the
# earlier sets' "dự kiến"), kind target, `~` (khoảng). "LĐLĐ thành phố hỗ trợ 60 triệu đồng": the
# support given, kind result, `=` (a judgement: the sentence states the federation's share as a fact
# of the present). Not quantities: "sinh năm 1992" (a birth year), "hai tháng" (no digit).
# --------------------------------------------------------------------------
D09 = dict(name="09_hue-namdong-khoi-cong-mai-am-cong-doan-2025", kind="result", year=2025, records=[
    R("khoảng «149,4 triệu", "tổng kinh phí xây dựng căn nhà Mái ấm công đoàn dự trù", "~", 149.4e6, **TD),
    R("hỗ trợ «60 triệu", "kinh phí LĐLĐ thành phố hỗ trợ xây dựng căn nhà", "=", 60e6, **DONG),
])

# --------------------------------------------------------------------------
# 10 Đà Nẵng, the city federation handing over "Mái ấm Công đoàn" houses, August 2024
# (baodanang.vn; cut: the section label "Xã hội" with the blank line after it, the byline date
# "17:13, 23/08/2024 (GMT+7)" with the blank line after it (written as the first line
# `date 2024-08-23`), the photo caption in two lines "Phó Chủ tịch ... trao hỗ trợ" and "... cho
# người lao động. X.H" with the blank line after them, the byline "HẠ TUYÊN" and the lone "." after
# it). Kind result, year 2024 ("Trong năm 2024"). Not quantities: "23-8" (a date), "29-3" (in the
# company's name "Dệt may 29-3"), "lần hai" (no digit).
# --------------------------------------------------------------------------
D10 = dict(name="10_danang-mai-am-cong-doan-2024", kind="result", year=2024, records=[
    R("quà và «75 triệu", "kinh phí xây dựng nhà “Mái ấm Công đoàn” lần hai trao cho đoàn viên", "=", 75e6, **DONG),
    R("cho «3 đoàn viên", "đoàn viên trao kinh phí xây dựng nhà “Mái ấm Công đoàn” lần hai", "=", 3, **CNT),
    R("xây dựng «103 nhà", "nhà “Mái ấm Công đoàn” hỗ trợ sửa chữa, xây dựng", "=", 103, **CNT),
    R("kinh phí «3,5 tỷ", "tổng kinh phí hỗ trợ sửa chữa, xây dựng nhà “Mái ấm Công đoàn”", "=", 3.5e9, **DONG),
])

# --------------------------------------------------------------------------
# 11 Gia Lai, the emulation cluster of the nine central and highland provinces' labour federations
# reviewing 2025 (baothanhhoa.vn; the stamp " date 2026-01-31" written as the first line; nothing
# cut; the excerpt ends in "gắn biển chào"). Kind result, year 2025 (the review of "năm 2025",
# "Năm qua"). Not quantities: "9 tỉnh" (the size of the cluster), "30/1" (a date), "năm 2026" (the
# next year's tasks, no figure), "XIV" (an ordinal), "hàng chục tỷ đồng" (no digits).
# --------------------------------------------------------------------------
D11 = dict(name="11_gialai-cum-thi-dua-ldld-mien-trung-2025", kind="result", year=2025, records=[
    R("có «17.947 sáng kiến", "sáng kiến cải tiến kỹ thuật của đoàn viên, NLĐ được áp dụng hiệu quả", "=", 17947,
      **CNT),
    R("có «1.091 công trình", "công trình, sản phẩm có giá trị kinh tế - xã hội cao đã được công nhận, gắn biển "
      "chào mừng", "=", 1091, **CNT),
])

# --------------------------------------------------------------------------
# 12 A province's labour federation (the excerpt does not name it) caring for members in the
# Workers' Month 2024 (news.laodong.vn; nothing cut; no stamp, no byline). Kind result, year 2024
# ("Tháng Công nhân năm 2024"). Every count of gifts, houses and people and every sum of money is a
# record, `=`; "(1 triệu đồng/suất)" a bracket stating a value (spec), unit other "đồng/suất"; "tặng
# 01 phần quà cho doanh nghiệp (trị giá 3 triệu đồng)" two records. Not quantities: none left.
# --------------------------------------------------------------------------
D12 = dict(name="12_tinh-thang-cong-nhan-cham-lo-doan-vien-2024", kind="result", year=2024, records=[
    R("tặng «106 phần quà", "phần quà tặng đoàn viên, NLĐ có hoàn cảnh khó khăn do mắc bệnh hiểm nghèo, tai nạn lao "
      "động, bệnh nghề nghiệp", "=", 106, **CNT),
    R("tiền «88 triệu", "tổng số tiền quà tặng đoàn viên, NLĐ có hoàn cảnh khó khăn", "=", 88e6, **DONG),
    R("trưng «18 căn nhà", "căn nhà Mái ấm Công đoàn trao cho đoàn viên khó khăn về nhà ở", "=", 18, **CNT),
    R("giá «870 triệu", "trị giá nhà Mái ấm Công đoàn trao cho đoàn viên khó khăn về nhà ở", "=", 870e6, **DONG),
    R("tặng «100 phần quà", "phần quà tặng công nhân lao động tại Hội nghị tiếp xúc cử tri chuyên đề", "=", 100,
      **CNT),
    R("(«1 triệu đồng/suất", "trị giá suất quà tặng công nhân lao động", "=", 1e6, unit="other",
      unit_text="đồng/suất"),
    R("tặng «01 phần quà", "phần quà tặng doanh nghiệp", "=", 1, **CNT),
    R("giá «3 triệu", "trị giá phần quà tặng doanh nghiệp", "=", 3e6, **DONG),
    R("phí «103 triệu", "tổng kinh phí quà tặng tại Hội nghị tiếp xúc cử tri chuyên đề", "=", 103e6, **DONG),
    R("của «02 đoàn viên", "đoàn viên tử vong do tai nạn lao động được hỗ trợ gia đình", "=", 2, **CNT),
    R("tiền «4 triệu", "số tiền hỗ trợ gia đình đoàn viên tử vong do tai nạn lao động", "=", 4e6, **DONG),
    R("hỗ trợ «1.307 phần", "phần quà các Công đoàn cấp trên trực tiếp cơ sở hỗ trợ", "=", 1307, **CNT),
    R("giá «477 triệu", "trị giá phần quà các Công đoàn cấp trên trực tiếp cơ sở hỗ trợ", "=", 477e6, **DONG),
    R("tặng «1.011 suất", "suất quà các công đoàn cơ sở tặng đoàn viên, người lao động", "=", 1011, **CNT),
    R("tiền «353 triệu", "tổng số tiền quà các công đoàn cơ sở tặng", "=", 353e6, **DONG),
    R("cho «200 nữ", "nữ đoàn viên được khám sức khỏe miễn phí", "=", 200, **CNT),
])

# --------------------------------------------------------------------------
# 13 Đồng Nai, the "Chuyến xe Tết đoàn viên - Xuân 2026" taking workers home for Tết (nld.com.vn;
# the stamp " date 2026-01-30" written as the first line; cut: the photo caption "Đoàn viên, công
# nhân lao động huyện Trảng Bom về quê đón Tết Ất Tỵ năm 2025" with the blank line after it). A
# precision text: one record among names and dates. Kind result ("đã phân bổ 2.200 vé xe"), year
# 2026. Not quantities: "Bính Ngọ 2026", "Xuân 2026" (three times: names of the Tết and the
# programme), "11 đến 14-2", "24 đến 27 tháng Chạp" (dates).
# --------------------------------------------------------------------------
D13 = dict(name="13_dongnai-chuyen-xe-tet-doan-vien-2026-precision", kind="result", year=2026, records=[
    R("bổ «2.200 vé", "vé xe miễn phí phân bổ cho đoàn viên, NLĐ tại các khu công nghiệp", "=", 2200, **CNT),
])

# --------------------------------------------------------------------------
# 14 Hồ Chí Minh City, all 145 ward, commune and special-zone unions having held their first
# delegates' conferences, November 2025 (nld.com.vn; the stamp " date 2025-11-02" written as the
# first line; nothing cut: the caption "145 Công đoàn phường, xã, đặc khu tại TP HCM đã hoàn tất tổ
# chức hội nghị đại biểu" states a figure and stays). A precision text: two records among a plan's
# number, terms and dates. Kind result, year 2025. "145/145 Công đoàn": =, 145 (the denominator no
# quantity); the caption's "145": a record of its own, as the earlier sets record a title's or a
# caption's figure where it stands. Not quantities: "198/KH-LĐLĐ" (a document), "lần thứ I" (twice),
# "2025 - 2030", "2025-2030" (terms), "31-10" (a date).
# --------------------------------------------------------------------------
D14 = dict(name="14_hcm-145-cong-doan-phuong-xa-hoi-nghi-2025-precision", kind="result", year=2025, records=[
    R("nay, «145/145 Công", "Công đoàn phường, xã, đặc khu tại TP HCM đã tổ chức thành công hội nghị đại biểu Công "
      "đoàn lần thứ I", "=", 145, **CNT),
    R("\n\n«145 Công đoàn", "Công đoàn phường, xã, đặc khu tại TP HCM đã hoàn tất tổ chức hội nghị đại biểu", "=", 145,
      **CNT, line=True),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
