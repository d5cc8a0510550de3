#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set324).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with set318's
reading of farm amounts. Each record is written by hand below; its anchor is never typed in. A
record names a locator: a piece of the text with « just before the number. The locator (without «)
must occur exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that
states the quantity) are computed by ../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's change against an earlier
value); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: this set's theme (crop pests and plant protection: areas
infested, pest densities and damage rates, integrated pest and plant-health management, pesticide
packaging, sown areas and growing-area codes of a plant-protection sub-department) has no indicator
in that catalogue, so every id is null, as set306 and set318 decided for farm texts; `iid=` is
never written.

Amounts in a unit of their own are unit `other` with the unit as written at the number ("ha",
"con/cây", "tấn quả tươi/ngày", "USD"); the magnitude words (triệu, tỷ) are multiplied in, as the
contract says. The unit dictionaries below are spread into goldkit.R.

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

HA = dict(unit="other", unit_text="ha")
PER_TREE = dict(unit="other", unit_text="con/cây")
TPD = dict(unit="other", unit_text="tấn quả tươi/ngày")
USD = dict(unit="other", unit_text="USD")
MIO, BN = 1e6, 1e9

# --------------------------------------------------------------------------
# 01 Bắc Trung Bộ (the North Central Coast), the Plant Protection Department's count of the
# winter-spring rice infested by blast, leaf-folder and planthoppers, April 2020 (thanhnien.vn; the
# crawler's stamp " date 2020-04" written as the first line; nothing else cut). Year 2020 (the
# stamp; the text names no year). Results: four infested areas ("đã có 3.600 ha lúa bị nhiễm bệnh
# đạo ôn lá", "204 ha nhiễm bệnh đạo ôn cổ bông", "4.281 ha lúa nhiễm sâu cuốn lá nhỏ", "865 ha lúa
# bị nhiễm rầy nâu, rầy lưng trắng"; `=`, ha; the region named in the indicator). NOT: "tăng 178%",
# "tăng 283%", "tăng 115% so với cùng kỳ năm ngoái" (a result's change against an earlier value).
# Pillar null (no heading).
# --------------------------------------------------------------------------
D01 = dict(name="01_bactrungbo-dao-on-lua-dong-xuan-2020", kind="result", year=2020, records=[
    R("đã có «3.600 ha", "diện tích lúa đông xuân khu vực bắc Trung bộ bị nhiễm bệnh đạo ôn lá", "=", 3600, **HA),
    R("năm ngoái; «204 ha", "diện tích lúa đông xuân khu vực bắc Trung bộ nhiễm bệnh đạo ôn cổ bông", "=", 204,
      **HA),
    R("năm ngoái; «4.281 ha", "diện tích lúa đông xuân khu vực bắc Trung bộ nhiễm sâu cuốn lá nhỏ", "=", 4281,
      **HA),
    R("năm ngoái; «865 ha", "diện tích lúa đông xuân khu vực bắc Trung bộ bị nhiễm rầy nâu, rầy lưng trắng", "=",
      865, **HA),
], NOT=["tăng «178%", "tăng «283%", "tăng «115%"])

# --------------------------------------------------------------------------
# 02 Phú Thọ, the Sub-department of Crop Production and Plant Protection's survey of pests on the
# summer rice, August 2023 (baophutho.vn, print view; cut: the byline "Cập nhật: 10:00 10/08/2023
# GMT+7", written as the first line `date 2023-08-10`, and the closing line of encoded characters
# (page furniture, no text); the site name "baophutho.vn " opening the body's line is part of a
# line, kept). Year 2023 (the byline). Results: the leaf-folder's infested area "8.724 ha" and its
# breakdown "(nhiễm nhẹ 3.511ha, nhiễm trung bình 4.297,9 ha, nặng 915,1 ha)", the sheath blight's
# "2.298,1 ha" and "(nhiễm nhẹ 1.488,2 ha, trung bình 759,2 ha; nặng 50,7ha)", the rats' "diện tích
# bị hại 251 ha": one record each (`=`, ha; the grades of infestation are kinds of thing, scope
# null, as the spec's breakdown by kind). Not quantities: "7-8/8" (the survey's dates). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_phutho-sau-benh-lua-mua-2023", kind="result", year=2023, records=[
    R("lá nhỏ là «8.724 ha", "diện tích nhiễm sâu cuốn lá nhỏ", "=", 8724, **HA),
    R("(nhiễm nhẹ «3.511ha", "diện tích nhiễm sâu cuốn lá nhỏ nhiễm nhẹ", "=", 3511, **HA),
    R("nhiễm trung bình «4.297,9 ha", "diện tích nhiễm sâu cuốn lá nhỏ nhiễm trung bình", "=", 4297.9, **HA),
    R("nặng «915,1 ha", "diện tích nhiễm sâu cuốn lá nhỏ nhiễm nặng", "=", 915.1, **HA),
    R("diện tích nhiễm «2.298,1 ha", "diện tích nhiễm bệnh khô vằn", "=", 2298.1, **HA),
    R("(nhiễm nhẹ «1.488,2 ha", "diện tích nhiễm bệnh khô vằn nhiễm nhẹ", "=", 1488.2, **HA),
    R("trung bình «759,2 ha", "diện tích nhiễm bệnh khô vằn nhiễm trung bình", "=", 759.2, **HA),
    R("nặng «50,7ha", "diện tích nhiễm bệnh khô vằn nhiễm nặng", "=", 50.7, **HA),
    R("bị hại «251 ha", "diện tích bị chuột hại", "=", 251, **HA),
])

# --------------------------------------------------------------------------
# 03 Nam Định, sheath blight and leaf blast on the spring rice, April 2021 (baonamdinh.com.vn, a
# channel page; cut: the lone "," opening the excerpt, the byline "Cập nhật lúc: 18:24
# |13/04/2021", written as the first line `date 2021-04-13`, and the seven closing lines of lone
# commas and a dot). Year 2021 (the byline). Results: the sheath blight's rate "tỷ lệ bệnh nơi cao
# 7-10%, cục bộ 15-20%" (two between records: measured rates where the disease is worst and in
# spots, each its own subject), "Toàn tỉnh có 533ha nhiễm bệnh đạo ôn lá, trong đó có 7ha nhiễm
# nặng" (`=`, ha). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_namdinh-kho-van-dao-on-lua-2021", kind="result", year=2021, records=[
    R("nơi cao «7-10%", "tỷ lệ bệnh khô vằn nơi cao", "between", 7, value_max=10),
    R("cục bộ «15-20%", "tỷ lệ bệnh khô vằn cục bộ", "between", 15, value_max=20),
    R("có «533ha", "diện tích nhiễm bệnh đạo ôn lá toàn tỉnh", "=", 533, **HA),
    R("có «7ha", "diện tích nhiễm bệnh đạo ôn lá nhiễm nặng", "=", 7, **HA),
])

# --------------------------------------------------------------------------
# 04 Gia Lai, the Sub-department of Crop Production and Plant Protection's review of 2025 and its
# plan for 2026, December 2025 (baogialai.com.vn; the stamp " date 2025-12-13" written as the first
# line; cut: the photo caption "Bà Nguyễn Thị Tố Trân-Phó Giám đốc ... Ảnh: Trọng Lợi" with the
# blank line after it; the excerpt ends in "tiếp tục t"). Results of 2025 (the paragraph opens "Năm
# 2025,"; the next paragraphs "Trong năm", "Tính đến nay" continue it): the sown area "đạt hơn
# 771.000 ha" (>), its parts by crop "lúa đạt gần 170.000 ha" (~), "bắp hơn 46.700 ha" (>), ...
# (each crop its own subject, scope null); the conversion "gần 13.360 ha" and its parts in brackets
# "(5.972 ha)" (=), "(hơn 6.250 ha)", "(gần 87 ha)"; "hơn 70.600 ha" certified; "Hơn 88.700 ha" with
# efficient irrigation; "309 mã số vùng trồng, gồm 255 mã số vùng trồng xuất khẩu với hơn 10.200 ha"
# (two counts and an area); "40 mã số cơ sở đóng gói" (count) "với công suất 1.650-1.800 tấn quả
# tươi/ngày" (between, unit as written). Targets of 2026 ("Năm 2026, tỉnh đề ra kế hoạch gieo trồng
# hơn 771.900 ha" (>), the crops' bare figures (>=), "riêng sầu riêng và chuối đều đạt 9.500 ha" (one
# value stated once for both crops: one record, as the spec's one value for all levels), "dự kiến
# chuyển đổi 8.150 ha" (>=; "dự kiến" a target, as set318)). Not quantities: "vượt hơn 6.000 ha so
# với kế hoạch" (against the plan), "tăng hơn 1.200 ha so với năm 2024" (against an earlier value),
# "12-12" (a date), "năm 2025", "năm 2026", "năm 2024" (dates). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_gialai-trong-trot-bvtv-so-ket-2025", kind="result", year=2025, records=[
    R("đạt hơn «771.000 ha", "tổng diện tích gieo trồng của tỉnh", ">", 771000, **HA),
    R("lúa đạt gần «170.000 ha", "diện tích trồng lúa", "~", 170000, **HA),
    R("bắp hơn «46.700 ha", "diện tích trồng bắp", ">", 46700, **HA),
    R("mì hơn «83.600 ha", "diện tích trồng mì", ">", 83600, **HA),
    R("cà phê hơn «108.800 ha", "diện tích trồng cà phê", ">", 108800, **HA),
    R("điều gần «39.900 ha", "diện tích trồng điều", "~", 39900, **HA),
    R("cao su hơn «86.390 ha", "diện tích trồng cao su", ">", 86390, **HA),
    R("chuyển đổi gần «13.360 ha", "diện tích cây trồng kém hiệu quả được chuyển đổi", "~", 13360, **HA),
    R("hạn («5.972 ha)", "diện tích chuyển đổi trên đất lúa thường xuyên bị hạn", "=", 5972, **HA),
    R("(hơn «6.250 ha)", "diện tích chuyển đổi trên đất trồng mì", ">", 6250, **HA),
    R("(gần «87 ha)", "diện tích chuyển đổi trên đất mía", "~", 87, **HA),
    R("có hơn «70.600 ha", "diện tích cây trồng được cấp chứng nhận sản xuất nông nghiệp tốt và nông nghiệp hữu "
      "cơ", ">", 70600, **HA),
    R("Hơn «88.700 ha", "diện tích cây trồng được ứng dụng công nghệ tưới tiên tiến, tiết kiệm", ">", 88700, **HA),
    R("có «309 mã số", "mã số vùng trồng", "=", 309, **CNT),
    R("gồm «255 mã số", "mã số vùng trồng xuất khẩu", "=", 255, **CNT),
    R("với hơn «10.200 ha", "diện tích các mã số vùng trồng xuất khẩu", ">", 10200, **HA),
    R("cùng «40 mã số", "mã số cơ sở đóng gói trái cây xuất khẩu", "=", 40, **CNT),
    R("công suất «1.650-1.800 tấn", "công suất các cơ sở đóng gói trái cây xuất khẩu", "between", 1650,
      value_max=1800, **TPD),
    R("gieo trồng hơn «771.900 ha", "kế hoạch gieo trồng", ">", 771900, **HA, **T, year=2026),
    R("diện tích lúa «168.000 ha", "diện tích lúa", ">=", 168000, **HA, **T, year=2026),
    R("bắp «47.800 ha", "diện tích bắp", ">=", 47800, **HA, **T, year=2026),
    R("mì «81.600 ha", "diện tích mì", ">=", 81600, **HA, **T, year=2026),
    R("cà phê «109.000 ha", "diện tích cà phê", ">=", 109000, **HA, **T, year=2026),
    R("cao su «85.450 ha", "diện tích cao su", ">=", 85450, **HA, **T, year=2026),
    R("đều đạt «9.500 ha", "diện tích sầu riêng và chuối", ">=", 9500, **HA, **T, year=2026),
    R("chuyển đổi «8.150 ha", "diện tích cây trồng kém hiệu quả chuyển đổi", ">=", 8150, **HA, **T, year=2026),
])

# --------------------------------------------------------------------------
# 05 Long An, the province's plan for integrated plant-health management (IPHM) to 2030
# (thuonghieucongluan.com.vn; cut: the photo caption repeating the title with "(Ảnh: KT)"; no
# byline, no stamp; the excerpt ends in "nông nghi"). Kind target, year 2030 (the title's and the
# text's "đến năm 2030"; the later paragraphs "Phấn đấu ...", "Đồng thời, ..." continue the list).
# The title "trên 50% diện tích lúa, rau màu, cây ăn quả,… được áp dụng" is recorded at its own
# statement, as set318 records titles; the body repeats it (>). "lượng thuốc bảo vệ thực vật hóa
# học và lượng phân bón vô cơ giảm 30%" (one value for both inputs: one record, >=, as set318's
# "giảm 20% lượng phân bón ... và lượng nước tưới"); "tăng hiệu quả kinh tế 15-20%" (a target
# stated as a change, between); "khoảng 50-80% số xã" (between: the range decides over "khoảng", as
# set318); "ít nhất 5 giảng viên ... Quốc gia" (>=, count) and "10-20 giảng viên ... cấp tỉnh"
# (between, count; scope null: the level names the kind of trainer, part of the subject); "ít nhất 2
# hướng dẫn viên" for each commune (>=, count); "trên 90% số xã, phường (có sản xuất nông nghi"
# (>, the excerpt's last figure). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_longan-iphm-ke-hoach-2030", kind="target", year=2030, records=[
    R("2030, trên «50% diện tích lúa, rau màu, cây ăn quả,… được áp dụng quản lý sức khỏe cây trồng tổng hợp\n",
      "diện tích lúa, rau màu, cây ăn quả được áp dụng quản lý sức khỏe cây trồng tổng hợp", ">", 50),
    R("phấn đấu trên «50%", "diện tích lúa, rau màu, cây ăn quả được áp dụng quản lý sức khỏe cây trồng tổng hợp",
      ">", 50),
    R("giảm «30%", "lượng thuốc bảo vệ thực vật hóa học và lượng phân bón vô cơ giảm", ">=", 30),
    R("kinh tế «15-20%", "tăng hiệu quả kinh tế so với sản xuất thông thường", "between", 15, value_max=20),
    R("khoảng «50-80%", "số xã (có sản xuất nông nghiệp tập trung) có đội ngũ nông dân nòng cốt ứng dụng hiệu quả "
      "quản lý sức khỏe cây trồng tổng hợp", "between", 50, value_max=80),
    R("ít nhất «5 giảng viên", "giảng viên quản lý sức khỏe cây trồng tổng hợp Quốc gia", ">=", 5, **CNT),
    R("và «10-20 giảng viên", "giảng viên quản lý sức khỏe cây trồng tổng hợp cấp tỉnh", "between", 10,
      value_max=20, **CNT),
    R("ít nhất «2 hướng dẫn viên", "mỗi xã, phường có hướng dẫn viên quản lý sức khỏe cây trồng tổng hợp cộng đồng",
      ">=", 2, **CNT),
    R("trên «90% số xã", "số xã, phường (có sản xuất nông nghiệp tập trung)", ">", 90),
])

# --------------------------------------------------------------------------
# 06 Việt Nam, the ministry's action plan for integrated plant-health management (IPHM) to 2030
# (vnbusiness.vn; cut: the photo caption "Đẩy mạnh ứng dụng ... sinh vật gây hại cây trồng. |"; no
# byline, no stamp; the excerpt ends in "tiết kiệm ch"). Kind target, year 2030 ("Mục tiêu cụ thể,
# đến năm 2030, ..." opens the list the next lines continue). "trên 80% số xã" (>); "90% diện tích
# lúa, rau màu, ...", "70% diện tích cây ngô", "cây công nghiệp đạt 70% diện tích" (>=, each its own
# subject; "ở mỗi tỉnh" names where the share holds, scope null); "giảm 30% lượng thuốc bảo vệ thực
# vật và 30% lượng phân bón hóa học" (two records, each its own number; targets stated as a change,
# >=); "Trên 90% số xã thực hiện thu gom bao gói" (>). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-iphm-muc-tieu-2030", kind="target", year=2030, records=[
    R("trên «80% số xã", "số xã có đội ngũ nông dân nòng cốt có hiểu biết, kỹ năng và ứng dụng hiệu quả IPHM",
      ">", 80),
    R("có «90% diện tích", "diện tích lúa, rau màu, cây ăn quả, hoa, cây cảnh ứng dụng IPHM", ">=", 90),
    R("IPHM; «70% diện tích cây ngô", "diện tích cây ngô ứng dụng IPHM", ">=", 70),
    R("đạt «70% diện tích", "diện tích cây công nghiệp ứng dụng IPHM ở mỗi tỉnh", ">=", 70),
    R("giảm «30% lượng thuốc", "giảm lượng thuốc bảo vệ thực vật", ">=", 30),
    R("và «30% lượng phân bón", "giảm lượng phân bón hóa học", ">=", 30),
    R("Trên «90% số xã", "số xã thực hiện thu gom bao gói thuốc bảo vệ thực vật sau sử dụng đúng theo quy định",
      ">", 90),
])

# --------------------------------------------------------------------------
# 07 Bắc Ninh, the province's plan 23/KH-UBND for integrated plant-health management (IPHM),
# 2026-2030, its opening as a legal-document site shows it (nhansu.vn; cut: the site's search and
# job widgets "Từ khóa gợi ý:", "Không tìm thấy từ khóa phù hợp", "Việc làm có thể bạn quan tâm",
# "Không tìm thấy việc làm phù hợp" with the blank line after them; the excerpt ends in "vùng sản
# xu"). A precision text, no record: "23/KH-UBND", "3592/QĐ-BNN-BVTV", "5416/QĐ-BNN-BVTV"
# (documents), "29/01/2026", "29 tháng 01 năm 2026", "23/9/2022", "18/12/2023" (dates), "2026-2030",
# "2022-2030", "năm 2030" (periods and horizons), the headings "I.", "1." (labels).
# --------------------------------------------------------------------------
D07 = dict(name="07_bacninh-ke-hoach-iphm-2026-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 08 Hòa Bình, the province's plan for integrated pest management (IPM) on the main crops,
# 2021-2025 (hoabinh.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "Tuyên truyền").
# A precision text with one record: "phấn đấu đến năm 2025, ... 100% diện tích canh tác các loại cây
# trồng chủ lực, ... được ứng dụng IPM, ICM" (target, >=, 2025). Not quantities: "7 nhiệm vụ, giải
# pháp" (a count of tasks, spec), "2021-2025" (a period), "năm 2025" (a date).
# --------------------------------------------------------------------------
D08 = dict(name="08_hoabinh-ipm-cay-chu-luc-2025-precision", kind="target", year=2025, records=[
    R("IPM); «100% diện tích", "diện tích canh tác các loại cây trồng chủ lực, cây có giá trị kinh tế cao, có tiềm "
      "năng xuất khẩu ở các vùng sản xuất tập trung được ứng dụng IPM, ICM", ">=", 100),
])

# --------------------------------------------------------------------------
# 09 Thừa Thiên Huế (Huế city), collecting pesticide packaging in the fields, August 2025
# (huengaynay.vn; the stamp " date 2025-08-18" written as the first line; cut: the photo caption
# "Thùng thu gom bao bì thuốc bảo vệ thực vật tại đồng ruộng xã Quảng Điền. Ảnh: Ngọc Hòa" (the rest
# of the stamp's line) with the blank line after it; the excerpt ends in "cho hội v"). Results: "Từ
# năm 2022, dự án lắp thí điểm đặt 12 thùng tại phường Hương An" (count, 2022, place Hương An),
# "đến tháng 9/2023 đã mở rộng lên 260 thùng" (count, 2023), "tổ chức tập huấn tại 27 xã" (count;
# "tháng 4 và tháng 5 vừa qua": the stamp's year 2025). Not quantities: "thùng dung tích 240 lít"
# (the bin's size) and "bố trí tối thiểu 1 thùng cho 3ha đất sản xuất" (the project's design rule for
# placing bins, not a target or result of the text; a judgement), "tháng 9/2023", "tháng 4 và tháng
# 5" (dates). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_hue-thu-gom-bao-bi-thuoc-bvtv-2025", kind="result", year=2025, records=[
    R("đặt «12 thùng", "thùng thu gom bao bì thuốc BVTV lắp thí điểm", "=", 12, **CNT, year=2022,
      place="Hương An"),
    R("lên «260 thùng", "thùng thu gom bao bì thuốc BVTV cho toàn bộ phường/xã có sản xuất nông nghiệp của TP. "
      "Huế (cũ)", "=", 260, **CNT, year=2023),
    R("tại «27 xã", "xã được tổ chức tập huấn nâng cao nhận thức về giảm thiểu bao bì thuốc BVTV", "=", 27, **CNT),
])

# --------------------------------------------------------------------------
# 10 Việt Nam, the Department of Crop Production and Plant Protection's review of the first half of
# 2025 (ppd.gov.vn; cut: the byline "Ngày đăng: 18/07/2025 Lượt xem 136" (date and view counter),
# written as the first line `date 2025-07-18`; the excerpt ends in "C"). Year 2025. Results: "tổng
# diện tích gieo trồng cả nước đạt 33,33 triệu ha" (=, 33.33e6 ha), "khoảng 29 triệu ha là các loại
# cây trồng chủ lực" (~), "Giá trị xuất khẩu nông sản đạt khoảng 18,13 tỷ USD" (~, 18.13e9 USD). NOT:
# "tăng 0,5% so với cùng kỳ năm trước", "tăng 16,8%" (changes against an earlier value). Not
# quantities: "6 tháng" (periods in the meeting's name), "18/7/2025" (a date), "số 2 Ngọc Hà" (an
# address). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-cuc-trong-trot-bvtv-6-thang-2025", kind="result", year=2025, records=[
    R("đạt «33,33 triệu ha", "tổng diện tích gieo trồng cả nước 6 tháng đầu năm", "=", 33.33 * MIO, **HA),
    R("khoảng «29 triệu ha", "diện tích các loại cây trồng chủ lực", "~", 29 * MIO, **HA),
    R("khoảng «18,13 tỷ USD", "giá trị xuất khẩu nông sản", "~", 18.13 * BN, **USD),
], NOT=["tăng «0,5%", "tăng «16,8%"])

# --------------------------------------------------------------------------
# 11 Hà Tĩnh, Hồng Lĩnh protection forest: pine caterpillars on the pine forest, May 2025
# (lite.baomoi.com; cut: the photo caption "Sâu róm rơi xuống sâu khi phun thuốc phòng trừ. Ảnh:
# Công Tường/TTXVN"; no byline, no stamp; the excerpt ends in "gây hại trên"). Year 2025 (the text's
# "thế hệ thứ nhất năm 2025"). Results: "gây hại trên diện tích 70 ha" (=, ha), "mật độ trung bình 20
# đến 30 con/cây" (between, unit as written; a measured density, as earlier sets record densities).
# Not quantities: "Ngày 9/5", "cuối tháng 3" (dates), "tuổi 5", "thế hệ thứ nhất" (the larvae's
# stage), the forest lots "khoảnh 7, tiểu khu 123; khoảnh 4, tiểu khu 126; ...; 103B" (names of
# plots); "hàng chục héc ta" has no figure. Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_hatinh-honglinh-sau-rom-thong-2025", kind="result", year=2025, records=[
    R("diện tích «70 ha", "diện tích rừng thông do Ban quản lý rừng phòng hộ Hồng Lĩnh quản lý bị sâu róm thông "
      "gây hại", "=", 70, **HA),
    R("trung bình «20 đến 30 con/cây", "mật độ sâu róm thông trung bình", "between", 20, value_max=30, **PER_TREE),
])

# --------------------------------------------------------------------------
# 12 Vĩnh Long, rats on the winter-spring rice 2024-2025 (baovinhlong.com.vn; cut: the empty image
# line "![]() |" and the photo caption "Cần áp dụng đồng bộ, ... diệt chuột hiệu quả. |"; no byline,
# no stamp; the excerpt ends in "bỏ hoang, "). Year 2025 (the season "Đông Xuân 2024-2025" read by
# its end year, as set318). Results: "diện tích chuột gây hại trên lúa là gần 400ha" (~, ha), "với tỷ
# lệ gây hại 5-10%" (between, %). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_vinhlong-chuot-hai-lua-2025", kind="result", year=2025, records=[
    R("là gần «400ha", "diện tích chuột gây hại trên lúa", "~", 400, **HA),
    R("gây hại «5-10%", "tỷ lệ chuột gây hại trên lúa", "between", 5, value_max=10),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
