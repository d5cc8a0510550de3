#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set297: mineral resources and
sand mining in the provinces).

Adapted from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record; this
set's texts hold no percentage, so no document lists one. check_gold.py verifies the rule.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue holds digital-transformation indicators only and
none measures mines, licences, volumes of sand, fines or auctions, so every id here is null (see
README, "Catalogue labels").

Shorthand: the volumes, areas, capacities and sums of money are unit other with the unit as written
(`M3`, `HA`, `M3Y`, `DONG`, ...); money multiplies its magnitude word in, as the spec decides.

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


def other(unit_text):
    """Unit other with the unit as written."""
    return dict(unit="other", unit_text=unit_text)


M3, M3Y, HA, DONG = other("m3"), other("m3/năm"), other("ha"), other("đồng")

# --------------------------------------------------------------------------
# 01 Vĩnh Long, the Party secretary on supplying sand for the Mekong delta expressways, October 2025
# (danviet.vn; the stamp " date 2025-10-20" written as the first line; cut: the photo caption "Bí thư
# Tỉnh ủy ... Ảnh: baochinhphu.vn" with the blank line after it; the excerpt ends in "đến thời
# điểm"). Year 2025 (the stamp; the quotas' own year is not written). Targets: the quotas the Prime
# Minister set ("Vĩnh Long được giao 7 triệu m3 cát", "chỉ tiêu Thủ tướng giao cho Vĩnh Long cấp
# trữ lượng 3,4 triệu m3" and its restatement "trữ lượng mà Thủ tướng giao là 3,4 triệu m3"; bare
# numbers, `>=`). Results: "cung cấp cát cho 3 dự án" (=, count), "đảm bảo trữ lượng 7 triệu m3",
# "khai thác chỉ được khoảng 2 triệu m3" (`~`), "cấp phép khai thác 3 mỏ cát và điều chỉnh 2 bản
# xác nhận với trữ lượng là 6,3 triệu m3" (three records). Not quantities: "thừa lại hơn 2,9 triệu
# m3" (the surplus over the quota: a change against a target, spec), "19/10", "5/10" (dates), "vành
# đai 3", "thành phần 2, thành phần 3, thành phần 4" (names). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_vinhlong-cat-cao-toc-chi-tieu-2025", kind="result", year=2025, records=[
    R("cát cho «3 dự án", "dự án cao tốc địa phương đang cung cấp cát mà Thủ tướng giao chỉ tiêu", "=", 3, **CNT),
    R("được giao «7 triệu", "m3 cát Vĩnh Long được giao cho Dự án cao tốc Cần Thơ-Cà Mau", ">=", 7e6, **M3, **T),
    R("trữ lượng «7 triệu", "trữ lượng cát đảm bảo cho các nhà thầu khai thác (cao tốc Cần Thơ-Cà Mau)", "=", 7e6,
      **M3),
    R("khoảng «2 triệu", "m3 cát các đơn vị nhà thầu và thi công khai thác được", "~", 2e6, **M3),
    R("cấp trữ lượng «3,4 triệu", "trữ lượng cát chỉ tiêu Thủ tướng giao cho Vĩnh Long cấp (dự án vành đai 3, TP "
      "HCM)", ">=", 3.4e6, **M3, **T),
    R("khai thác «3 mỏ", "mỏ cát được cấp phép khai thác", "=", 3, **CNT),
    R("điều chỉnh «2 bản", "bản xác nhận được điều chỉnh", "=", 2, **CNT),
    R("trữ lượng là «6,3 triệu", "trữ lượng cát của các mỏ được cấp phép và bản xác nhận điều chỉnh", "=", 6.3e6,
      **M3),
    R("giao là «3,4 triệu", "trữ lượng cát Thủ tướng giao cho Vĩnh Long", ">=", 3.4e6, **M3, **T),
])

# --------------------------------------------------------------------------
# 02 An Giang, the province's 2023 report on the state management of minerals and the sand for the
# Châu Đốc - Cần Thơ - Sóc Trăng expressway (tintuc.vdong.vn; nothing cut; no byline, no stamp; the
# excerpt ends in "9.321.000 m"). Year 2023 (the report's "năm 2023"). Results: the licences in
# force and their make-up ("10 giấy phép ..., trong đó có 4 khu mỏ cát sông với tổng diện tích
# 155,98 ha và công suất khai thác 2.370.000 m3/năm ..., 6 khu mỏ đá xây dựng với tổng diện tích
# 178,5 ha và công suất khai thác 3.700.000 m3/năm": each number its own subject, scope null, a
# breakdown by kind of mine; the totals of the licensed mines are results, not the province's size,
# a judgement), the financial obligations paid ("248,92 tỷ đồng"), the sand for the expressway ("(3
# khu mỏ)", "4.111.789 m3", "1.500.000 m3", "2 khu mỏ", "319.736 m3", "5.931.525 m3") and the
# total need "9.321.000 m" (=, unit_text "m" as written: the excerpt ends inside "m3"; a stated
# need reported, a result as in 03). Not quantities: "còn thiếu 3.389.475 m3" (the gap between the
# need and the supply, a change against a target), "tháng 12/2023" (a date). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_angiang-bao-cao-khoang-san-2023", kind="result", year=2023, records=[
    R("có «10 giấy phép", "giấy phép khai thác khoáng sản còn hiệu lực trên địa bàn tỉnh", "=", 10, **CNT),
    R("có «4 khu mỏ", "khu mỏ cát sông có giấy phép khai thác", "=", 4, **CNT),
    R("diện tích «155,98 ha", "tổng diện tích các khu mỏ cát sông", "=", 155.98, **HA),
    R("khai thác «2.370.000 m3/năm", "công suất khai thác các khu mỏ cát sông", "=", 2370000, **M3Y),
    R("12/2023), «6 khu mỏ", "khu mỏ đá xây dựng có giấy phép khai thác", "=", 6, **CNT),
    R("diện tích «178,5 ha", "tổng diện tích các khu mỏ đá xây dựng", "=", 178.5, **HA),
    R("khai thác «3.700.000 m3/năm", "công suất khai thác các khu mỏ đá xây dựng", "=", 3700000, **M3Y),
    R("số tiền «248,92 tỷ", "tổng số tiền các tổ chức, cá nhân khai thác khoáng sản đã thực hiện nghĩa vụ tài "
      "chính", "=", 248.92e9, **DONG),
    R("(«3 khu mỏ)", "khu mỏ bố trí và xác nhận khai thác cho nhà thầu thi công cao tốc Châu Đốc - Cần Thơ - Sóc "
      "Trăng", "=", 3, **CNT),
    R("trữ lượng «4.111.789 m3", "trữ lượng các khu mỏ xác nhận khai thác cho nhà thầu thi công cao tốc", "=",
      4111789, **M3),
    R("phân bổ «1.500.000 m3", "khối lượng cát phân bổ từ Dự án nạo vét chỉnh trị dòng chảy sông Vàm Nao", "=",
      1500000, **M3),
    R("từ «2 khu mỏ", "khu mỏ trên sông Hậu các nhà thầu của cao tốc đã tiếp nhận nguồn cát", "=", 2, **CNT),
    R("là «319.736 m3", "tổng khối lượng cát các nhà thầu của cao tốc đã tiếp nhận từ các khu mỏ trên sông Hậu và "
      "khu nạo vét", "=", 319736, **M3),
    R("là «5.931.525 m3", "tổng khối lượng cát các nhà thầu thi công cao tốc đã tiếp nhận, được phân bổ và đăng ký "
      "khai thác", "=", 5931525, **M3),
    R("là «9.321.000 m", "tổng nhu cầu cát của cao tốc Châu Đốc - Cần Thơ - Sóc Trăng đoạn qua An Giang", "=",
      9321000, **other("m")),
])

# --------------------------------------------------------------------------
# 03 Đồng Tháp, balancing sand for the expressways and public works in 2023 (vietnammoi.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "triển khai khai thác"). Year 2023 (the text's "năm
# 2023"). Target: what the province is planning to supply, "cung ứng cát cho 2 dự án đường cao tốc
# ... với tổng số hơn 10,5 triệu m3" (two records: the projects, `>=` count; the volume, `>`).
# Results: the stated needs of 2023 ("khoảng 19,9 triệu m3", "khoảng 7,676 triệu m3", "khoảng 4,183
# triệu m3", "khoảng 3,493 triệu m3": `~`; estimates reported, not targets the province sets), "gia
# hạn 13 giấy phép" (=), the licensed capacity "trong 6 tháng cuối năm 2023 khoảng 2,628 triệu m3"
# and its part "cát san lấp khoảng 2,333 triệu m3" (`~`). Not quantities: "giảm 1 giấy phép so với
# đầu năm 2023" (a change against an earlier value, spec), "6 tháng cuối năm" (a period). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_dongthap-nhu-cau-cat-giay-phep-2023", kind="result", year=2023, records=[
    R("cát cho «2 dự án", "dự án đường cao tốc Đồng Tháp cung ứng cát", ">=", 2, **CNT, **T),
    R("tổng số hơn «10,5 triệu", "tổng số cát cung ứng cho 2 dự án đường cao tốc", ">", 10.5e6, **M3, **T),
    R("công khoảng «19,9 triệu", "nhu cầu về cát của tỉnh Đồng Tháp, bao gồm phục vụ cho công trình sử dụng vốn "
      "đầu tư công", "~", 19.9e6, **M3),
    R("là khoảng «7,676 triệu", "tổng nhu cầu sử dụng cát san lấp cho công trình đầu tư công", "~", 7.676e6, **M3),
    R("cát khoảng «4,183 triệu", "nhu cầu của các công trình đã được UBND tỉnh chấp thuận ưu tiên cung ứng cát",
      "~", 4.183e6, **M3),
    R("tiên khoảng «3,493 triệu", "nhu cầu của các công trình không nằm trong nhóm ưu tiên", "~", 3.493e6, **M3),
    R("gia hạn «13 giấy phép", "giấy phép khai thác khoáng sản được gia hạn", "=", 13, **CNT),
    R("khoảng «2,628 triệu", "tổng công suất khai thác trong 6 tháng cuối năm 2023", "~", 2.628e6, **M3),
    R("khoảng «2,333 triệu", "công suất khai thác cát san lấp", "~", 2.333e6, **M3),
])

# --------------------------------------------------------------------------
# 04 Quảng Nam, Duy Xuyên district's auction of the right to mine sand at DX6B and Đại Lộc's three
# (khoahocdoisong.vn; cut: the section label "Thị trường" with the blank line after it, the image
# file name "fbcf47c4be8a57d40e9b-8759-9813.jpg" and its caption "Toàn cảnh buổi đấu giá." with the
# blank line after them; no byline, no stamp; the excerpt ends in "số tiền h"). Year null: the text
# names no year ("25/6", "19/6" only). Results: the winning bid in the title, the lead and the body
# ("138 tỷ đồng", "hơn 138 tỷ đồng" twice: each mention a record, as earlier sets recorded titles),
# "hơn 702.000 đồng" per cubic metre, the market price "từ 600.000 đến 800.000 đồng/m3" (between),
# "3 mỏ cát ở huyện Đại Lộc cũng trúng đấu giá" (=, count, place Đại Lộc). Not quantities: "gấp 77
# lần mức khởi điểm", "tăng gần 77 lần" (changes against the starting price), the lots' own
# descriptions "trữ lượng 197.000m3", "giá khởi điểm 1,8 tỷ đồng", "trữ lượng dự kiến khoảng
# 790.000 m3", "giá khởi điểm hơn 7,59 tỷ đồng" (the size and the reserve price of what was sold,
# set before the auction, as the earlier sets' sizes; a judgement), "sau 11 vòng đấu" (the rounds of
# the event, as the spec's participants of an event), "DX6B", "ĐL2" (names). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_quangnam-duyxuyen-dau-gia-mo-cat", kind="result", year=None, records=[
    R("đấu giá «138 tỷ đồng, gấp", "số tiền đấu giá mỏ cát ở Quảng Nam", "=", 138e9, **DONG),
    R("lên đến hơn «138 tỷ", "giá mỏ cát ở huyện Duy Xuyên sau 11 vòng đấu", ">", 138e9, **DONG,
      place="Duy Xuyên"),
    R("số tiền hơn «138 tỷ", "số tiền trúng đấu giá quyền khai thác mỏ cát DX6B", ">", 138e9, **DONG,
      place="Duy Xuyên"),
    R("tới hơn «702.000 đồng", "giá trị quyền khai thác quy đổi trên mỗi mét khối cát", ">", 702000, **DONG),
    R("từ «600.000 đến", "giá cát trên thị trường", "between", 600000, value_max=800000, **other("đồng/m3")),
    R("19/6, «3 mỏ", "mỏ cát ở huyện Đại Lộc trúng đấu giá", "=", 3, **CNT, place="Đại Lộc"),
])

# --------------------------------------------------------------------------
# 05 Quảng Ninh, managing the mines of construction materials (vietnam.vn/quangninh; nothing cut; no
# byline, no stamp; the excerpt ends in "được các đ"). Year 2023: the text's "đến hết năm 2023" (the
# period 2019-2023 given its end, as earlier sets did; "hiện có" and the count of regulations take
# the same year). Results: "khoảng 61 mỏ" (`~`), "ban hành 22 văn bản quy phạm pháp luật" (=, as
# earlier sets counted documents issued), "cấp 37 giấy phép ..., trong đó cấp mới 29 giấy phép, gia
# hạn 6 giấy phép và chuyển nhượng quyền khai thác 2 giấy phép" (four records, each its own subject).
# Not quantities: "Luật Khoáng sản năm 2010", "năm 2019" (a name, a date). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_quangninh-cap-phep-mo-vlxd-2023", kind="result", year=2023, records=[
    R("khoảng «61 mỏ", "mỏ khoáng sản làm vật liệu xây dựng thuộc quyền cấp phép của UBND tỉnh", "~", 61, **CNT),
    R("ban hành «22 văn bản", "văn bản quy phạm pháp luật thuộc lĩnh vực khoáng sản UBND tỉnh đã ban hành", "=", 22,
      **CNT),
    R("cấp «37 giấy phép", "giấy phép khai thác khoáng sản UBND tỉnh đã cấp", "=", 37, **CNT),
    R("mới «29 giấy phép", "giấy phép khai thác khoáng sản cấp mới", "=", 29, **CNT),
    R("hạn «6 giấy phép", "giấy phép khai thác khoáng sản gia hạn", "=", 6, **CNT),
    R("thác «2 giấy phép", "giấy phép chuyển nhượng quyền khai thác", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 06 Đắk Nông, fines for illegal mining by district since 2021 (nhandan.vn; nothing cut; no byline,
# no stamp; the excerpt opens inside the article and ends in "hơn 75 "). Year null: the results run
# "từ năm 2021 đến nay" and the text names no year of "nay". Results by district (place, scope null):
# the cases and fines of Đắk Mil, Đắk R'lấp (the fine twice: the lead's "gần 1,5 tỷ đồng" and the
# body's), Cư Jút, Krông Nô, Đắk Glong (two kinds of case, "60 đồng" as written, "truy quét 1 điểm"),
# the goods seized "217m3 đá Bazan, 4.690 viên đá chẻ", and the province's total "56 vụ ... hơn 2,7
# tỷ đồng". The lead's garbled "Đắk R'lấp, Đắk Mil và Cư Jút lần lượt là 17 vụ và 6 vụ" gives two
# records, no place (three names, two numbers). Not quantities: "Ba địa phương" (a word), "năm 2021"
# (a date), the truncated "hơn 75 " at the end (its unit is cut off; a judgement). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_daknong-xu-phat-khai-thac-trai-phep", kind="result", year=None, records=[
    R("là «17 vụ và", "số vụ vi phạm ba địa phương có số vụ vi phạm nhiều nhất: Đắk R’lấp, Đắk Mil và Cư Jút", "=", 17, **CNT),
    R("vụ và «6 vụ", "số vụ vi phạm ba địa phương có số vụ vi phạm nhiều nhất: Đắk R’lấp, Đắk Mil và Cư Jút", "=", 6, **CNT),
    R("với gần «1,5 tỷ đồng.", "số tiền xử phạt huyện có số tiền xử phạt nhiều nhất", "~", 1.5e9, **DONG,
      place="Đắk R’lấp"),
    R("với «17 trường hợp", "trường hợp vi phạm huyện phát hiện và xử lý", "=", 17, **CNT, place="Đắk Mil"),
    R("tiền hơn «435 triệu", "số tiền xử phạt", ">", 435e6, **DONG, place="Đắk Mil"),
    R("với «6 trường hợp", "trường hợp có hành vi khai thác khoáng sản trái phép được phát hiện, xử lý vi phạm hành chính", "=",
      6, **CNT, place="Đắk Rlấp"),
    R("tiền gần «1,5 tỷ đồng,", "tổng số tiền xử phạt vi phạm hành chính", "~", 1.5e9, **DONG, place="Đắk Rlấp"),
    R("gồm «217m3", "m3 đá Bazan tịch thu", "=", 217, **M3, place="Đắk Rlấp"),
    R("«4.690 viên", "viên đá chẻ tịch thu", "=", 4690, **CNT, place="Đắk Rlấp"),
    R("chính «22 vụ", "vụ khai thác khoáng sản trái phép xử lý vi phạm hành chính", "=", 22, **CNT,
      place="Cư Jút"),
    R("hơn «373 triệu", "số tiền xử phạt", ">", 373e6, **DONG, place="Cư Jút"),
    R("phép «56 vụ", "vụ vi phạm khai thác khoáng sản trái phép lũy kế từ năm 2021 đến nay", "=", 56, **CNT),
    R("hơn «2,7 tỷ", "tổng số tiền xử phạt vi phạm khai thác khoáng sản trái phép", ">", 2.7e9, **DONG),
    R("hiện «4 trường hợp", "trường hợp khai thác trái phép", "=", 4, **CNT, place="Krông Nô"),
    R("chính gần «165 triệu", "số tiền xử lý vi phạm hành chính", "~", 165e6, **DONG, place="Krông Nô"),
    R("chính «2 vụ khai thác khoáng", "vụ khai thác khoáng sản làm vật liệu xây dựng thông thường trái phép xử lý vi phạm hành chính",
      "=", 2, **CNT, place="Đắk Glong"),
    R("hơn «63 triệu", "số tiền xử phạt khai thác vật liệu xây dựng thông thường trái phép", ">", 63e6, **DONG,
      place="Đắk Glong"),
    R("chính «2 vụ khai thác vàng", "vụ khai thác vàng trái phép xử lý vi phạm hành chính", "=", 2, **CNT,
      place="Đắk Glong"),
    R("tiền «120 triệu", "số tiền xử phạt khai thác vàng trái phép", "=", 120e6, **DONG, place="Đắk Glong"),
    R("là «60 đồng", "số tiền xử phạt hành vi hủy hoại đất liên quan đến vụ việc có dấu hiệu khai thác vàng", "=",
      60, **DONG, place="Đắk Glong"),
    R("quét «1 điểm", "điểm khai thác vàng truy quét", "=", 1, **CNT, place="Đắk Glong"),
])

# --------------------------------------------------------------------------
# 07 Thanh Hóa, the provincial police's spot checks of mines, October 2023 to February 2024
# (baomoi.com; cut: the photo caption "Công an huyện Vĩnh Lộc tuyên truyền ... tập kết cát." printed
# twice, with the blank lines after them; no byline, no stamp; the excerpt ends in "cùng chính").
# Year 2024: the period "từ tháng 10/2023 đến cuối tháng 2/2024" given its end. Results: the title's
# "Xử phạt vi phạm hành chính 26 vụ" (=), "thực hiện 26 cuộc kiểm tra đột xuất" (=), "hơn 300 mỏ
# khoáng sản đang hoạt động" (>). Not quantities: "10/2023", "2/2024" (dates), "hàng ngàn lao động"
# (no number). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_thanhhoa-kiem-tra-mo-khoang-san-2024", kind="result", year=2024, records=[
    R("chính «26 vụ", "vụ vi phạm trên lĩnh vực thăm dò, khai thác tài nguyên, khoáng sản xử phạt vi phạm hành "
      "chính", "=", 26, **CNT),
    R("hiện «26 cuộc", "cuộc kiểm tra đột xuất", "=", 26, **CNT),
    R("hơn «300 mỏ", "mỏ khoáng sản đang hoạt động", ">", 300, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hà Tĩnh, the plan to auction the right to mine 15 mines of common construction materials,
# November 2025 (kienthuc.net.vn; the stamp " date 2025-11-27" written as the first line; cut: the
# caption "Ảnh minh hoạ." with the blank line after it; the excerpt ends in "Trung tâm V"). Year
# 2025 (the stamp; the auction "ngày 26/12/2025"). Kind target: the mines the province is to put up
# for auction ("sắp đưa ... ra đấu giá", "đang triển khai việc tổ chức đấu giá 15 mỏ"); bare numbers,
# `>=`. Each mention is a record: the lead's "12 mỏ đất, 2 mỏ cát xây dựng và 1 mỏ cát, sỏi", the
# "15 mỏ" of the second paragraph, the bracket "15 mỏ khoáng sản (12 ..., 2 ..., 1 ...)", the rounds'
# "đợt 1 có 8 mỏ", "đợt 2 có 7 mỏ" and the restated "Ở đợt đấu giá 1, có 8 mỏ". Not quantities: the
# areas of each mine ("diện tích 14,98 ha", ... "3,86 ha": the sizes of the lots, as in 04), "2 đợt
# đấu giá" (the make-up of the plan), "đợt 1", "lần 1" (ordinals), "số 40" (an address), "Sim 2" (a
# name), "27/11", "8h30'", "26/12/2025" (dates and times). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_hatinh-dau-gia-15-mo-2025", kind="target", year=2025, records=[
    R("gồm có «12 mỏ", "mỏ đất đưa ra đấu giá", ">=", 12, **CNT),
    R("đất, «2 mỏ cát xây dựng và 1 mỏ cát, sỏi lòng", "mỏ cát xây dựng đưa ra đấu giá", ">=", 2, **CNT),
    R("và «1 mỏ cát, sỏi lòng", "mỏ cát, sỏi lòng sông đưa ra đấu giá", ">=", 1, **CNT),
    R("đấu giá «15 mỏ", "mỏ khoáng sản làm vật liệu xây dựng thông thường tổ chức đấu giá", ">=", 15, **CNT),
    R("đó, «15 mỏ", "mỏ khoáng sản được chia làm 2 đợt đấu giá", ">=", 15, **CNT),
    R("(«12 mỏ", "mỏ đất san lấp", ">=", 12, **CNT),
    R("lấp, «2 mỏ", "mỏ cát xây dựng", ">=", 2, **CNT),
    R("và «1 mỏ cát, sỏi)", "mỏ cát, sỏi", ">=", 1, **CNT),
    R("đợt 1 có «8 mỏ", "mỏ khoáng sản đấu giá đợt 1", ">=", 8, **CNT),
    R("đợt 2 có «7 mỏ", "mỏ khoáng sản đấu giá đợt 2", ">=", 7, **CNT),
    R("1, có «8 mỏ", "mỏ khoáng sản ở đợt đấu giá 1", ">=", 8, **CNT),
])

# --------------------------------------------------------------------------
# 09 Quảng Ngãi, Trà Bồng district's police catching sand thieves, December 2023; a precision text
# (thanhnien.vn; the stamp " date 2023-12" written as the first line; cut: the two photo captions
# "Xe ô tô tải chở cát trái phép ... CÔNG AN H.TRÀ BỒNG" and "Phương tiện chở cát trái phép ... CÔNG
# AN H.TRÀ BỒNG" with the blank lines after them; the excerpt ends in "Công an H.Trà"). Year 2023.
# Results: the volume on each of the two trucks, "khoảng 3 m3" (`~`, unit other "m3"; the goods
# seized, as 06's "217m3 đá Bazan"). Not quantities: "27.12", "25.12", "26.12" (dates), "16 giờ",
# "16 giờ 10", "18 giờ 10" (times), "BS 76C - 000.06", "BS 76H - 014.48" (number plates). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_quangngai-trabong-trom-cat-2023-precision", kind="result", year=2023, records=[
    R("khoảng «3 m3 tại", "khối lượng cát xúc trộm đưa lên xe tải", "~", 3, **M3),
    R("khoảng «3 m3. Ngay", "khối lượng cát xúc trộm đưa lên xe ô tô", "~", 3, **M3),
])

# --------------------------------------------------------------------------
# 10 Quảng Nam, Tây Giang district's police and an excavator digging sand from the A Vương river,
# September 2024; a precision text (baoquangnam.vn; the stamp " date 2024-09" written as the first
# line; cut: the photo caption "Hiện trường vụ khai thác cát trái phép. Ảnh: Công an cung cấp" with
# the blank line after it; the excerpt ends with its last sentence). Year 2024. Results: "bắt quả
# tang 1 máy đào" (=, count: the vehicles caught, as 12's boats) and "khoảng 1 mét khối cát" (`~`,
# unit other "mét khối" as written). Not quantities: "3/9" (a date), "Tổ đặc biệt 08" (a name), "SN
# 1974", "SN 1971" (years of birth), "43C-114.54" (a number plate, twice). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangnam-taygiang-khai-thac-cat-2024-precision", kind="result", year=2024, records=[
    R("tang «1 máy", "máy đào bắt quả tang khai thác cát trái phép", "=", 1, **CNT),
    R("khoảng «1 mét", "mét khối cát trên thùng xe ô tô tải", "~", 1, **other("mét khối")),
])

# --------------------------------------------------------------------------
# 11 An Giang, five more river-sand areas approved for the expressways, October 2023 (nld.com.vn;
# the stamp " date 2023-10" written as the first line; nothing cut: the line "An Giang hiện có 8 mỏ
# đang hoạt động, ..." reads as a photo caption but holds a figure, so it stays; the excerpt ends in
# "tại điểm đầu c"). Year 2023. Results: "phê duyệt thêm 5 khu vực" (=), "8 mỏ đang hoạt động" (=),
# "3 khu mỏ" and "2 khu mỏ" for the two expressways (=), and the five areas' allocated reserves
# "ước trữ lượng phân bổ 0,4 / 0,5 / 0,4 / 2,3 / 0,6 triệu m3" (`=`: "ước", as the spec's "ước
# đạt"). Not quantities: "23-10" (a date), "giai đoạn 1" (a name). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_angiang-bo-sung-mo-cat-cao-toc-2023", kind="result", year=2023, records=[
    R("thêm «5 khu vực", "khu vực khoáng sản cát sông phê duyệt thêm", "=", 5, **CNT),
    R("có «8 mỏ", "mỏ đang hoạt động", "=", 8, **CNT),
    R("có «3 khu mỏ", "khu mỏ khai thác cát sông dự án cao tốc Châu Đốc – Cần Thơ – Sóc Trăng", "=", 3, **CNT),
    R("Chợ Mới) ước trữ lượng phân bổ «0,4 triệu", "trữ lượng phân bổ khu vực trên sông Tiền, đoạn xã Tấn Mỹ và "
      "Mỹ Hiệp", "=", 0.4e6, **M3),
    R("phân bổ «0,5 triệu", "trữ lượng phân bổ khu vực trên sông Hậu, đoạn xã Bình Thạnh và xã Mỹ Hội Đông, Nhơn "
      "Mỹ", "=", 0.5e6, **M3),
    R("Phú Tân) ước trữ lượng phân bổ «0,4 triệu", "trữ lượng phân bổ khu trên sông Hậu, đoạn thị trấn Cái Dầu, "
      "xã Bình Long và xã Bình Thạnh Đông", "=", 0.4e6, **M3),
    R("lại, «2 khu mỏ", "khu mỏ khai cát sông phục vụ dự án thành phần Cần Thơ – Cà Mau", "=", 2, **CNT),
    R("phân bổ «2,3 triệu", "trữ lượng phân bổ khu vực trên sông Hậu, đoạn xã Khánh Hòa và xã Hòa Lạc", "=", 2.3e6,
      **M3),
    R("phân bổ «0,6 triệu", "trữ lượng phân bổ khu vực trên sông Hậu, đoạn xã Mỹ Phú và xã Phú Bình", "=", 0.6e6,
      **M3),
])

# --------------------------------------------------------------------------
# 12 Vĩnh Long, Mang Thít district's police catching sand boats on the Cổ Chiên river, March 2023
# (sggp.org.vn; the stamp " date 2023-03" written as the first line; nothing cut; the excerpt ends
# in "9 ghe cây…"). Year 2023. Results (=, count unless said): "bắt 2 ghe", the two boats' loads
# "15,4 m3" (=) and "gần 14,56m3" (`~`), "lập biên bản 2 phương tiện", the district's "4 vụ với 10
# đối tượng ... 10 vụ với 16 đối tượng" (four records, each its own subject) and the vessels seized
# "3 sà lan, 2 ghe sắt, 9 ghe cây" (three records). Not quantities: "3-3", "1-1", "26-2-2023" (dates),
# "sinh năm 1991", "1977", "1975" (years of birth), "một phương tiện" (a word). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_vinhlong-mangthit-cat-trai-phep-2023", kind="result", year=2023, records=[
    R("bắt «2 ghe", "ghe khai thác cát trái phép phát hiện, bắt", "=", 2, **CNT),
    R("lượng «15,4 m3", "khối lượng cát bơm hút trái phép", "=", 15.4, **M3),
    R("gần «14,56m3", "khối lượng khoáng sản khai thác", "~", 14.56, **M3),
    R("biên bản «2 phương tiện", "phương tiện lập biên bản", "=", 2, **CNT),
    R("hiện «4 vụ", "vụ khai thác cát sông trái phép", "=", 4, **CNT),
    R("với «10 đối tượng", "đối tượng có hành vi khai thác cát sông trái phép", "=", 10, **CNT),
    R("phép, «10 vụ", "vụ vận chuyển cát sông không có nguồn gốc hợp pháp", "=", 10, **CNT),
    R("với «16 đối tượng", "đối tượng vận chuyển cát sông không có nguồn gốc hợp pháp", "=", 16, **CNT),
    R("giữ «3 sà lan", "sà lan tạm giữ", "=", 3, **CNT),
    R("lan, «2 ghe sắt", "ghe sắt tạm giữ", "=", 2, **CNT),
    R("sắt, «9 ghe cây", "ghe cây tạm giữ", "=", 9, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
