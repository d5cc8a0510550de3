#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set314: food safety).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (../goldkit.py).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. This set needs none.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue measures digital transformation and holds no
food-safety, food-poisoning, inspection or farm-output indicator, so every record here is null
(`iid=` left at its default; see README, "Catalogue labels").

No text here stands under a heading or lead-in that names a digital-transformation pillar: every
record has pillar null.

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
from goldkit import R, CNT  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
HA = dict(unit="other", unit_text="ha")
TAN = dict(unit="other", unit_text="tấn")
PER100K = dict(unit="other", unit_text="người/100.000 dân")

# --------------------------------------------------------------------------
# 01 Hải Dương, the province's 2025 food-safety plan (haiduong.gov.vn; nothing cut; no byline, no
# stamp; the page's hard line breaks kept; the excerpt ends in "pháp luật"). Targets "Đến hết năm
# 2025" / "Phấn đấu đến hết năm 2025": kind target, year 2025; bare numbers `>=`, "từ 95% trở lên"
# `>=`, "dưới 6 người/100.000 dân" `<` (unit other, the rate's unit as written). "100% người quản
# lý lãnh đạo; 96% người sản xuất, kinh doanh thực phẩm; 90% người tiêu dùng có kiến thức và thực
# hành đúng": three records, each its own subject, scope null (kinds of people named as subjects,
# not a split by level or by the urban/rural groups the spec names). "100% số xã, phường, thị trấn
# tổ chức ..." on a line of its own continues the plan's list: a target of 2025. Not quantities:
# "năm 2025" (dates), "100.000 dân" (the rate's base).
# --------------------------------------------------------------------------
T25 = dict(kind="target", year=2025)
D01 = dict(name="01_haiduong-ke-hoach-attp-2025", kind="target", year=2025, records=[
    R("2025, «100% người\nquản", "người quản lý lãnh đạo có kiến thức và thực hành đúng về ATTP", ">=", 100),
    R("lãnh đạo; «96% người", "người sản xuất, kinh doanh thực phẩm có kiến thức và thực hành đúng về ATTP", ">=",
      96),
    R("thực phẩm; «90% người", "người tiêu dùng có kiến thức và thực hành đúng về ATTP", ">=", 90),
    R("ATTP.\n«100% số xã", "số xã, phường, thị trấn tổ chức hoạt động tuyên truyền, vận động và kiểm tra, giám "
      "sát về an toàn thực phẩm", ">=", 100),
    R("có từ «95% trở", "cơ sở sản xuất, kinh doanh thực phẩm thuộc diện phải cấp giấy chứng nhận được cấp giấy "
      "chứng nhận cơ sở đủ điều kiện ATTP", ">=", 95),
    R("ATTP; «90% cơ sở", "cơ sở sản xuất, chế biến, kinh doanh thực phẩm trên địa bàn tỉnh đạt yêu cầu về ATTP",
      ">=", 90),
    R("dưới «6 người", "Tỷ lệ mắc ngộ độc thực phẩm cấp tính", "<", 6, **PER100K),
])

# --------------------------------------------------------------------------
# 02 Gia Lai, the province's 2023 targets for the quality and safety of farm, forest and fishery
# food (baogialai.com.vn; nothing cut; no byline, no stamp). Year 2023 ("phấn đấu trong năm 2023"),
# kind target. Six targets stated as a change against 2022 ("tăng 10% so với năm 2022", "giảm 10%
# so với năm 2022"): quantities, op `>=` (spec: a target stated as a change), unit %. "diện tích
# trồng trọt, số cơ sở chăn nuôi được chứng nhận ... tăng 10%": one value for two subjects, one
# record. "phấn đấu 100% văn bản ...; 100% địa phương ...": two records, `>=`. "tổ chức 1-2 lớp
# tập huấn": one `between` count (a planned output, as the earlier sets' training courses). Not
# quantities: "năm 2022" (the base year), "2023", "ISO 22000" (a name), "A, B" (grades).
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-chat-luong-nong-lam-thuy-san-2023", kind="target", year=2023, records=[
    R("A, B tăng «10%", "tăng tỷ lệ các cơ sở sản xuất, kinh doanh nông-lâm-thủy sản xếp loại A, B so với năm "
      "2022", ">=", 10),
    R("an toàn tăng «10%", "tăng tỷ lệ cơ sở nhỏ lẻ ký cam kết sản xuất thực phẩm an toàn so với năm 2022", ">=",
      10),
    R("thực phẩm giảm «10%", "giảm tỷ lệ mẫu thực phẩm nông-lâm-thủy sản được giám sát vi phạm các quy định an "
      "toàn thực phẩm so với năm 2022", ">=", 10),
    R("sâu tăng «10%", "tăng tỷ lệ sản phẩm chế biến sâu so với năm 2022", ">=", 10),
    R("tiêu chuẩn tăng «10%", "tăng diện tích trồng trọt, số cơ sở chăn nuôi được chứng nhận sản xuất theo các tiêu "
      "chuẩn so với năm 2022", ">=", 10),
    R("tương đương) tăng «10%", "tăng tỷ lệ cơ sở sơ chế, chế biến thực phẩm nông-lâm-thủy sản được chứng nhận "
      "HACCP, ISO 22000 so với năm 2022", ">=", 10),
    R("phấn đấu «100% văn bản", "văn bản quy phạm pháp luật, tiêu chuẩn, quy chuẩn về an toàn thực phẩm được triển "
      "khai thực hiện trên địa bàn tỉnh", ">=", 100),
    R("tỉnh; «100% địa phương", "địa phương kiện toàn hệ thống quản lý chất lượng nông-lâm sản và thủy sản", ">=",
      100),
    R("tổ chức «1-2 lớp", "lớp tập huấn bồi dưỡng chuyên môn nghiệp vụ cho cán bộ quản lý chất lượng an toàn thực "
      "phẩm nông-lâm-thủy sản các cấp", "between", 1, **CNT, value_max=2),
])

# --------------------------------------------------------------------------
# 03 Tây Ninh, the provincial steering committee's inspections (baotayninh.vn, a video page; cut:
# the byline "Tâm Giang" with the blank line before it; no stamp, no year in the text: year null).
# Results: "thanh tra, kiểm tra tại 4.949 cơ sở, ... phát hiện 848 cơ sở có hành vi vi phạm, ...
# xử phạt vi phạm hành chính đối với 157 cơ sở, thu nộp ngân sách hơn 2 tỷ đồng" (three counts,
# `=`; the money `>`, unit other "đồng", 2e9).
# --------------------------------------------------------------------------
D03 = dict(name="03_tayninh-thanh-kiem-tra-attp", kind="result", year=None, records=[
    R("tại «4.949 cơ sở", "cơ sở thanh tra, kiểm tra về an toàn vệ sinh thực phẩm", "=", 4949, **CNT),
    R("phát hiện «848 cơ sở", "cơ sở có hành vi vi phạm phát hiện", "=", 848, **CNT),
    R("đối với «157 cơ sở", "cơ sở xử phạt vi phạm hành chính", "=", 157, **CNT),
    R("hơn «2 tỷ đồng", "xử phạt vi phạm hành chính thu nộp ngân sách", ">", 2e9, **DONG),
])

# --------------------------------------------------------------------------
# 04 Bà Rịa - Vũng Tàu, Plan 158/KH-UBND on food security and safety, targets for 2030
# (baobariavungtau.com.vn; the stamp " date 2023-08" written as the first line; cut: the byline
# "HỒNG PHƯƠNG" with the blank line before it). Targets "mục tiêu đến năm 2030": kind target, year
# 2030; bare numbers `>=`; "dưới 7 người/100.000 dân" `<` (unit other). "98% bếp ăn tập thể, ...
# thuộc tuyến tỉnh và tuyến huyện, thành phố quản lý" and "95% cơ sở dịch vụ ăn uống và thức ăn
# đường phố do tuyến xã, phường, thị trấn quản lý": different subjects whose managing level is part
# of the subject, scope null (spec: a level only part of the subject). Not quantities: "158/KH-UBND",
# "227-KH/TU" (documents), "12/4/2023", "2030" (dates), "100.000 dân" (the rate's base).
# --------------------------------------------------------------------------
D04 = dict(name="04_bariavungtau-ke-hoach-158-attp-2030", kind="target", year=2030, records=[
    R("2030 có «96% cơ sở", "cơ sở sản xuất, kinh doanh nông-lâm-thủy sản được kiểm tra, chứng nhận đáp ứng quy "
      "định về điều kiện ATTP", ">=", 96),
    R("ATTP; «98% bếp", "bếp ăn tập thể, dịch vụ ăn uống, nước uống đóng chai, nước đá thuộc tuyến tỉnh và tuyến "
      "huyện, thành phố quản lý đáp ứng quy định về ATTP", ">=", 98),
    R("ATTP; «95% cơ sở", "cơ sở dịch vụ ăn uống và thức ăn đường phố do tuyến xã, phường, thị trấn quản lý đáp "
      "ứng quy định về ATTP", ">=", 95),
    R("đó, «100% huyện", "huyện nông thôn mới đạt tiêu chí ATTP", ">=", 100),
    R("ATTP; «100% xã", "xã nông thôn mới, phường, thị trấn đạt chuẩn đô thị văn minh đạt tiêu chí ATTP", ">=",
      100),
    R("dưới «7 người", "tỷ lệ mắc ngộ độc thực phẩm cấp tính được ghi nhận", "<", 7, **PER100K),
])

# --------------------------------------------------------------------------
# 05 Nghệ An, the province's inspections and food sampling (thanhtra.com.vn; the address carries a
# text fragment "#:~:text=..." as the search returned it; cut: the byline "Xuân Thống" with the
# blank line before it; no stamp, no year in the text: year null). Results, `=`. First paragraph
# (the whole province, scope null): "447 đoàn thanh tra, kiểm tra" (the teams sent, a count: an
# output of the inspection work reported as done, not participants of an event; a judgement, as
# 11's "54 đoàn"), "5.852 cơ sở", "5.652 cơ sở đạt (chiếm 96,6%)", "200 cơ sở vi phạm (chiếm
# 3,4%)" (a count and its share each, spec's bracket), "415 triệu đồng" (other, "đồng", 415e6),
# "tiêu hủy 34 mặt hàng thực phẩm" (a count). The second and third paragraphs split the sampling by
# level ("ở cấp tỉnh đã tiến hành ..."; "Tuyến huyện, xã, đoàn ... của các huyện ..."): scope
# "cấp tỉnh" and "tuyến huyện, xã" (as an earlier set's two paragraphs split by zone; a judgement).
# In "29/29 mẫu đạt (100%)", "280/294 mẫu đạt (95,2%)", "14/294 mẫu không đạt (4,8%)" the numerator
# and the bracket are records; the denominators "/29", "/294" repeat the samples taken (recorded
# at "với 29 mẫu", "nhanh 294 mẫu") and are no records of their own. Not quantities: none else.
# --------------------------------------------------------------------------
PROV = dict(scope="cấp tỉnh")
DIST = dict(scope="tuyến huyện, xã")
D05 = dict(name="05_nghean-thanh-kiem-tra-mau-thuc-pham", kind="result", year=None, records=[
    R("Qua «447 đoàn", "đoàn thanh tra, kiểm tra", "=", 447, **CNT),
    R("tại «5.852 cơ sở", "cơ sở thanh tra, kiểm tra", "=", 5852, **CNT),
    R("có «5.652 cơ sở", "cơ sở đạt", "=", 5652, **CNT),
    R("(chiếm «96,6%)", "cơ sở đạt (chiếm)", "=", 96.6),
    R("), «200 cơ sở", "cơ sở vi phạm", "=", 200, **CNT),
    R("(chiếm «3,4%)", "cơ sở vi phạm (chiếm)", "=", 3.4),
    R("hành chính «415 triệu", "Số tiền xử phạt vi phạm hành chính", "=", 415e6, **DONG),
    R("tiêu hủy «34 mặt hàng", "mặt hàng thực phẩm tiêu hủy", "=", 34, **CNT),
    R("với «29 mẫu", "mẫu thực phẩm giám sát mối nguy ô nhiễm thực phẩm định kỳ", "=", 29, **CNT, **PROV),
    R("kết quả «29/29", "mẫu giám sát mối nguy ô nhiễm thực phẩm đạt", "=", 29, **CNT, **PROV),
    R("đạt («100%)", "mẫu giám sát mối nguy ô nhiễm thực phẩm đạt", "=", 100, **PROV),
    R("nhanh «294 mẫu", "mẫu thực phẩm xét nghiệm nhanh", "=", 294, **CNT, **PROV),
    R("kết quả «280/294", "mẫu thực phẩm xét nghiệm nhanh đạt", "=", 280, **CNT, **PROV),
    R("đạt («95,2%)", "mẫu thực phẩm xét nghiệm nhanh đạt", "=", 95.2, **PROV),
    R("và «14/294", "mẫu thực phẩm xét nghiệm nhanh không đạt", "=", 14, **CNT, **PROV),
    R("không đạt («4,8%)", "mẫu thực phẩm xét nghiệm nhanh không đạt", "=", 4.8, **PROV),
    R("đối với «2.072 mẫu", "mẫu thực phẩm xét nghiệm nhanh các chỉ tiêu hóa học", "=", 2072, **CNT, **DIST),
    R("kết quả «1.987 mẫu", "mẫu thực phẩm xét nghiệm nhanh các chỉ tiêu hóa học đạt", "=", 1987, **CNT, **DIST),
    R("đạt («95,9%)", "mẫu thực phẩm xét nghiệm nhanh các chỉ tiêu hóa học đạt", "=", 95.9, **DIST),
    R("và «85 mẫu", "mẫu thực phẩm xét nghiệm nhanh các chỉ tiêu hóa học không đạt", "=", 85, **CNT, **DIST),
    R("không đạt («4,1%)", "mẫu thực phẩm xét nghiệm nhanh các chỉ tiêu hóa học không đạt", "=", 4.1,
      **DIST),
])

# --------------------------------------------------------------------------
# 06 Hà Nội, school kitchens inspected (vnews.gov.vn, a video page; cut: the date line "26-11-2022,
# 07:04", written as the first line `date 2022-11-26`, and the tag links "Giáo dục", "Y tế", "Sức
# khỏe", "Xem thêm" with their blank lines). Year 2022. Results: the title's "Khoảng 15% bếp ăn
# trường học ở Hà Nội chưa đạt yêu cầu" (`~`, a record of its own, as the earlier sets' titles),
# "Trong số 215 cơ sở được kiểm tra, có 182 cơ sở đạt, chiếm tỷ lệ 84,7%" (two counts and a %).
# --------------------------------------------------------------------------
D06 = dict(name="06_hanoi-bep-an-truong-hoc-2022", kind="result", year=2022, records=[
    R("Khoảng «15% bếp", "bếp ăn trường học ở Hà Nội chưa đạt yêu cầu", "~", 15),
    R("số «215 cơ sở", "cơ sở bếp ăn tập thể trường học được kiểm tra", "=", 215, **CNT),
    R("có «182 cơ sở", "cơ sở bếp ăn tập thể trường học đạt", "=", 182, **CNT),
    R("tỷ lệ «84,7%", "tỷ lệ cơ sở bếp ăn tập thể trường học đạt", "=", 84.7),
])

# --------------------------------------------------------------------------
# 07 Quảng Ninh, Đông Triều: a suspected poisoning by rice wine, and the Food Safety Department's
# national results for 2024 (sggp.org.vn; the stamp " date 2025-01" written as the first line; cut:
# the byline "NGUYỄN QUỐC" with the blank line before it). Results. The incident ("Ngày 10-1", year
# 2025 by the stamp): "khiến 1 người tử vong và 3 người khác phải nhập viện cấp cứu", "4 người có
# biểu hiện ..., được đưa cấp cứu", "nhưng 1 người đã tử vong" (the cases, counts; the repetition
# is a record of its own, as the earlier sets' repeated "72 vụ"). The national figures "trong năm
# 2024" (year 2024): "kiểm tra 354.820 cơ sở", "phát hiện 22.073 cơ sở vi phạm", "131 vụ ngộ độc
# thực phẩm làm 4.796 người nhập viện và 21 người tử vong" (counts). Not quantities: "So với năm
# 2023, tăng 7 vụ ngộ độc, tăng 2.677 người nhập viện và giảm 7 người tử vong" (a result's change,
# spec); "6 người ăn cơm", "5 người trong nhóm tiếp tục uống", "khoảng 1 lít rượu trắng" (the
# circumstances of the meal, not cases: a judgement); "10-1", "9-1" (dates).
# --------------------------------------------------------------------------
Y24 = dict(year=2024)
D07 = dict(name="07_quangninh-dongtrieu-ngo-doc-ruou-2025", kind="result", year=2025, records=[
    R("khiến «1 người tử vong", "người tử vong trong vụ nghi ngộ độc do uống rượu tại TP Đông Triều", "=", 1, **CNT),
    R("và «3 người khác", "người phải nhập viện cấp cứu trong vụ nghi ngộ độc do uống rượu", "=", 3, **CNT),
    R("ngày, «4 người", "người có biểu hiện choáng, hoa mắt, mệt mỏi được đưa cấp cứu tại Trung tâm y tế TP Đông "
      "Triều", "=", 4, **CNT),
    R("nhưng «1 người đã", "người đã tử vong", "=", 1, **CNT),
    R("kiểm tra «354.820 cơ sở", "cơ sở sản xuất, kinh doanh thực phẩm được toàn ngành kiểm tra", "=", 354820,
      **CNT, **Y24),
    R("phát hiện «22.073 cơ sở", "cơ sở vi phạm về an toàn thực phẩm được phát hiện", "=", 22073, **CNT, **Y24),
    R("ghi nhận «131 vụ", "vụ ngộ độc thực phẩm cả nước ghi nhận", "=", 131, **CNT, **Y24),
    R("làm «4.796 người", "người nhập viện do ngộ độc thực phẩm", "=", 4796, **CNT, **Y24),
    R("và «21 người", "người tử vong do ngộ độc thực phẩm", "=", 21, **CNT, **Y24),
])

# --------------------------------------------------------------------------
# 08 Quảng Nam, the head of Plan 2063/KH-UBND on food security and safety in 2024
# (hethongphapluat.com; cut: the subscription notices "Để sử dụng toàn bộ tiện ích nâng cao ..."
# and "Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp tục."; the excerpt ends in "nâng cao v").
# A precision text, no record: document numbers ("2063/KH-UBND", "17-CT/TW", "17/CT-TTg",
# "236-KH/TU", "1825/KH-UBND"), dates ("25 tháng 3 năm 2024", "21/10/2022", "13/4/2020",
# "11/01/2023", "29/3/2023", "21/10/2023", "năm 2024", "giai đoạn 2021-2025"), list labels ("I.",
# "1."). Year 2024.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangnam-kh2063-attp-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 09 Lào Cai, Bảo Yên: the mushroom poisoning of May 2024 and the laboratory's finding
# (baolaocai.vn; nothing cut; no byline, no stamp; the excerpt ends in "môi trường din"). A
# precision text: one record, "cả 4 người có biểu hiện đau đầu, ..." (the cases of the poisoning,
# a count, `=`, year 2024). Not quantities: "13 giờ 30 phút" (a time), "16/5/2024", "28/5/2024"
# (dates), "thôn 7" (a name), "khoảng 30 phút" (a duration), "19697/PKN-VKNQG" (a document number).
# --------------------------------------------------------------------------
D09 = dict(name="09_laocai-baoyen-ngo-doc-nam-2024-precision", kind="result", year=2024, records=[
    R("cả «4 người", "người có biểu hiện ngộ độc sau khi ăn canh nấm", "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 10 Hậu Giang, the provincial party committee's Programme 150-CTr/TU on food security and safety
# (khuyennonghaugiang.com.vn; cut: the site's date "30/03/2023", its slogan "Khuyến nông Hậu Giang
# đồng hành và phát triển cùng bà con nông dân!" with the line of one space after it, the section
# label "Phổ biến chính sách mới", the view counter " 207" and the byline date " 17/01/2023",
# written as the first line `date 2023-01-17`; the excerpt ends in "trên 30 ngườ"). Targets "Đến
# năm 2030" / "Mục tiêu cụ thể đến năm 2030": kind target, year 2030; "tối thiểu 70%" `>=`, the
# bare "100%" `>=`. The general target's "phấn đấu có tối thiểu 70% thực phẩm ... là thực phẩm an
# toàn" is a record like the specific ones (a number set as a target; the lead-in "Mục tiêu chung"
# names no pillar). Not quantities: "150-CTr/TU", "17-CT/TW" (documents), "27/12/2022",
# "21/10/2022" (dates), "trên 30 ngườ[i]" (the size that defines the outbreaks the target excludes,
# part of the subject; the target itself, "Không có vụ", has no digit), list labels "I.", "1.",
# "2.".
# --------------------------------------------------------------------------
D10 = dict(name="10_haugiang-ctr150-an-ninh-attp-2030", kind="target", year=2030, records=[
    R("có tối thiểu «70% thực phẩm", "thực phẩm được sản xuất, kinh doanh, lưu thông và tiêu dùng trên địa bàn tỉnh "
      "đều là thực phẩm an toàn", ">=", 70),
    R(" - «100% huyện", "huyện, thị xã, thành phố có xây dựng và duy trì các mô hình chuỗi liên kết sản xuất, cung "
      "ứng thực phẩm đảm bảo an toàn", ">=", 100),
    R("Tối thiểu có «70% hàng", "hàng hóa thực phẩm được kiểm soát từ yếu tố đầu vào trong sản xuất, kinh doanh",
      ">=", 70),
])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, Yên Định district: every commune meets the food-safety criterion (baothanhhoa.vn;
# the stamp " date 2022-12" written as the first line; cut: the photo caption "Chợ thị trấn Quán
# Lào đạt chợ an toàn thực phẩm." with the blank line after it, and the byline "Lê Hà" with the
# blank line before it). Results, year 2022. "15 cửa hàng, 24 chuỗi cung ứng" (two counts, each its
# own subject), "100% các cơ sở giết mổ", "100% chợ", "26/26 xã, thị trấn" (the numerator a count;
# "/26" the denominator), "100% dân số sử dụng nước hợp vệ sinh", "Ước tính có 25% dân số nông
# thôn và 39,37% dân số đô thị sử dụng nước sạch" (`=`, spec's "ước đạt"; scopes "nông thôn" and
# "đô thị": a split by the urban/rural groups the spec names). "thành lập 54 đoàn kiểm tra ...,
# trong đó cấp huyện 2 đoàn, cấp xã, thị trấn 52 đoàn" (the total, scope null, and its split by
# level, scopes "cấp huyện", "cấp xã, thị trấn"), "kiểm tra 520 cơ sở", "tổ chức 1 đợt kiểm tra ...
# tại 5 xã, thị trấn" (two counts: the round of checks and the communes it covered, as an earlier
# set's "7 tổ ... tại 7 thôn"). Teams and rounds of checks are outputs of the inspection work
# reported as done, counted (a judgement, as 05's "447 đoàn"). Not quantities: "năm 2022" (a date).
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-yendinh-xa-attp-2022", kind="result", year=2022, records=[
    R("có «15 cửa hàng", "cửa hàng bán và giới thiệu thực phẩm an toàn", "=", 15, **CNT),
    R("hàng, «24 chuỗi", "chuỗi cung ứng bán và giới thiệu thực phẩm an toàn", "=", 24, **CNT),
    R("toàn. «100% các cơ sở", "các cơ sở giết mổ trên địa bàn huyện được chứng nhận hoặc đã cam kết vệ sinh an "
      "toàn thực phẩm", "=", 100),
    R("phẩm. «100% chợ", "chợ đạt tiêu chí chợ an toàn thực phẩm", "=", 100),
    R("phẩm. «26/26", "xã, thị trấn đạt tiêu chí xã vệ sinh an toàn thực phẩm", "=", 26, **CNT),
    R("phẩm. «100% dân số", "dân số sử dụng nước hợp vệ sinh", "=", 100),
    R("có «25% dân số", "dân số sử dụng nước sạch", "=", 25, scope="nông thôn"),
    R("và «39,37% dân số", "dân số sử dụng nước sạch", "=", 39.37, scope="đô thị"),
    R("lập «54 đoàn", "đoàn kiểm tra được thành lập theo kế hoạch", "=", 54, **CNT),
    R("huyện «2 đoàn", "đoàn kiểm tra được thành lập theo kế hoạch", "=", 2, **CNT, scope="cấp huyện"),
    R("trấn «52 đoàn", "đoàn kiểm tra được thành lập theo kế hoạch", "=", 52, **CNT, scope="cấp xã, thị trấn"),
    R("kiểm tra «520 cơ sở", "cơ sở được kiểm tra về thực hiện các tiêu chí an toàn thực phẩm", "=", 520, **CNT),
    R("tổ chức «1 đợt", "đợt kiểm tra công tác duy trì an toàn thực phẩm", "=", 1, **CNT),
    R("tại «5 xã", "xã, thị trấn được kiểm tra công tác duy trì an toàn thực phẩm", "=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 12 Trà Vinh, Decision 2903/QĐ-UBND (7 August 2020) approving the programme for the quality and
# safety of key farm and fishery food 2021-2025, its head and the first item of its situation
# (dulieuphapluat.vn; nothing cut). A precision text: three records, the present state "Hiện có
# 430 cơ sở ... (gồm 226 cơ sở thuộc diện cấp giấy chứng nhận ... và 204 cơ sở thuộc diện ký cam
# kết ...)" (counts, `=`, year 2020: the decision's date; each its own subject, a breakdown by kind,
# scope null). Not quantities: "2903/QĐ-UBND", "20/QĐ-TTg", "403/TTr-SNN" (documents), "07 tháng 8
# năm 2020", "22/11/2019", "04/01/2012", "16/7/2020" (dates), "giai đoạn 2011 - 2020", "2030",
# "2021 - 2025" (periods), "Điều 2", "1." (labels).
# --------------------------------------------------------------------------
D12 = dict(name="12_travinh-qd2903-nong-thuy-san-2020-precision", kind="result", year=2020, records=[
    R("Hiện có «430 cơ sở", "cơ sở sản xuất, kinh doanh thực phẩm nông sản, thủy sản", "=", 430, **CNT),
    R("(gồm «226 cơ sở", "cơ sở thuộc diện cấp giấy chứng nhận cơ sở đủ điều kiện ATTP", "=", 226, **CNT),
    R("và «204 cơ sở", "cơ sở thuộc diện ký cam kết sản xuất, kinh doanh thực phẩm an toàn", "=", 204, **CNT),
])

# --------------------------------------------------------------------------
# 13 Hòa Bình, the agriculture department's plan for food supply and food safety to 2030
# (hoabinh.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "sản xuất, chế"). Targets
# "Mục tiêu của Kế hoạch đến năm 2030": kind target, year 2030 (also "đến năm 2030" at the meat and
# eggs). Bare numbers and "đạt" `>=`, "trên" `>`, "từ 33-35" and "38-40", "11-12 ngàn ha" `between`
# (the magnitude word after the high end read for both ends: 33000-35000). Units as written: "ha",
# "tấn", "tấn/năm", "m3" (other); "Trâu 0,5%/năm" ... (growth rates, %); "150 triệu quả trứng" and
# "7.000 lồng, bè" (counts of things; 150e6). Each number its own subject (a breakdown by crop,
# animal or product, scope null). Not quantities: "năm 2030" (dates).
# --------------------------------------------------------------------------
D13 = dict(name="13_hoabinh-ke-hoach-an-ninh-luong-thuc-2030", kind="target", year=2030, records=[
    R("lúa từ «33-35 ngàn", "diện tích gieo trồng cây lúa hàng năm", "between", 33000, **HA, value_max=35000),
    R("ngô «38-40 ngàn", "diện tích gieo trồng cây ngô hàng năm", "between", 38000, **HA, value_max=40000),
    R("quả trên «16 ngàn", "diện tích gieo trồng cây ăn quả hàng năm", ">", 16000, **HA),
    R("rau «11-12 ngàn", "diện tích gieo trồng cây rau hàng năm", "between", 11000, **HA, value_max=12000),
    R("Trâu «0,5%", "tốc độ phát triển đàn trâu", ">=", 0.5),
    R("bò «2,3%", "tốc độ phát triển đàn bò", ">=", 2.3),
    R("lợn «3%", "tốc độ phát triển đàn lợn", ">=", 3),
    R("gia cầm «3,5%", "tốc độ phát triển đàn gia cầm", ">=", 3.5),
    R("dê «3,5%", "tốc độ phát triển đàn dê", ">=", 3.5),
    R("Trâu đạt «4.500 tấn", "sản lượng thịt trâu hơi xuất chuồng", ">=", 4500, **TAN),
    R("bò đạt «12.518 tấn", "sản lượng thịt bò hơi xuất chuồng", ">=", 12518, **TAN),
    R("lợn: «90.000 tấn", "sản lượng thịt lợn hơi xuất chuồng", ">=", 90000, **TAN),
    R("dê: «500 tấn", "sản lượng thịt dê hơi xuất chuồng", ">=", 500, **TAN),
    R("cầm: «35.100 tấn", "sản lượng thịt gia cầm hơi xuất chuồng", ">=", 35100, **TAN),
    R("đạt «150 triệu", "sản lượng trứng", ">=", 150e6, **CNT),
    R("trứng, «550 tấn", "sản lượng sữa", ">=", 550, **TAN),
    R("thuỷ lợi đạt «3.000 ha", "diện tích nuôi ao hồ nhỏ, nuôi hồ chứa thuỷ lợi", ">=", 3000, **HA),
    R("ha, «7.000 lồng", "lồng, bè nuôi cá", ">=", 7000, **CNT),
    R("tích «490.000 m3", "thể tích lồng, bè nuôi cá", ">=", 490000, unit="other", unit_text="m3"),
    R("khai thác đạt «16.000 tấn", "sản lượng nuôi trồng và khai thác", ">=", 16000, unit="other",
      unit_text="tấn/năm"),
    R("trồng đạt «14.000 tấn", "sản lượng nuôi trồng", ">=", 14000, **TAN),
    R("thác đạt «2.000 tấn", "sản lượng khai thác", ">=", 2000, **TAN),
    R("đưa «70% doanh", "doanh nghiệp, hợp tác xã, tổ hợp tác được chứng nhận sản xuất theo quy trình thực hành "
      "sản xuất", ">=", 70),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
