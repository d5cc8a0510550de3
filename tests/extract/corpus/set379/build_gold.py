#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set379).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); this set needs none: every percentage in
its texts is a target or a result.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue has no indicator of family work or domestic
violence, so every id here is null (see README).

Theme: domestic violence prevention (cases found, victims supported, clubs and trusted addresses,
awareness campaigns, plans with targets), pages of 2021-2025. No text stands under a
digital-transformation heading: every pillar is null.

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
from goldkit import R, CNT, T, RES  # noqa: E402

N = functools.partial(R, unit="count")          # a count reached (kind from the document)
NT = functools.partial(R, unit="count", kind="target")

# --------------------------------------------------------------------------
# 01 Hải Dương, the province's plan implementing the national programme on domestic violence
# prevention to 2025 (m.baohaiduong.vn; cut: the byline "THỨ SÁU, 30/09/2022 17:37:54" with the
# blank line after it, written as the first line `date 2022-09-30`, and the photo caption "Hội Liên
# hiệp phụ nữ huyện Cẩm Giàng tổ chức tập huấn ..." with the blank line after it). Targets "đến
# năm 2025": kind target, year 2025; "trên" >, bare numbers >=. The title "Phấn đấu 95% số xã ..."
# states the first target of the body again: a record of its own (year 2025 from the body). Scope
# null ("do UBND cấp xã tổ chức" is part of the subject). Not quantities: "năm 2025" (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_haiduong-ke-hoach-pcblgd-2025-2022", kind="target", year=2025, records=[
    R("Phấn đấu «95% số xã", "số xã, phường, thị trấn duy trì mô hình phòng chống bạo lực gia đình", ">=", 95),
    R("2025 có «95% số xã", "số xã, phường, thị trấn duy trì mô hình phòng chống BLGĐ", ">=", 95),
    R("trên «70% số người", "số người có nguy cơ bị BLGĐ được trang bị kiến thức, kỹ năng về ứng phó BLGĐ", ">", 70),
    R("BLGĐ; «40% số hộ", "số hộ tham gia các buổi nói chuyện chuyên đề về phòng chống BLGĐ do UBND cấp xã tổ "
      "chức tại các thôn, khu dân cư", ">=", 40),
    R("cư; «95% số người", "số người bị BLGĐ khi phát hiện được bảo vệ, trợ giúp pháp lý và chăm sóc sức khỏe",
      ">=", 95),
    R("khỏe; «90% số huyện", "số huyện, thị xã, thành phố có cộng tác viên dân số thực hiện các nhiệm vụ về "
      "phòng chống BLGĐ tại cộng đồng", ">=", 90),
])

# --------------------------------------------------------------------------
# 02 Hòa Bình, Plan 16/KH-UBND of 27/01/2022 implementing the Vietnamese family development
# strategy in the province to 2030 (giadinh.bvhttdl.gov.vn; nothing cut; no byline, no stamp; the
# excerpt ends in "được hỗ t"). Targets; "đến năm 2025, 85% ..., đến năm 2030 nâng lên 100%": two
# records per subject (2025 and 2030, the second's indicator the same subject). "hàng năm có 90% vụ
# việc ..." and the truncated "100% người bị bạo lực được hỗ t[rợ]" (indicator cut where the excerpt ends) name no year: the plan's
# horizon 2030 (its title's "đến năm 2030"; a judgement, as set132 gave an annual target the
# document's year). Not quantities: "27 tháng 01 năm 2022", "16/KH-UBND", "năm 2025", "năm 2030".
# --------------------------------------------------------------------------
FAM_INFO = ("các gia đình được cung cấp thông tin, kiến thức về văn hóa ứng xử, kỹ năng giáo dục đạo đức, lối "
            "sống, tình yêu thương, truyền thống dân tộc và các giá trị văn hóa tốt đẹp")
LOCAL_MODEL = ("các địa phương xây dựng mô hình truyền thông giáo dục và đưa nội dung giáo dục đạo đức, lối sống, "
               "giáo dục hệ giá trị gia đình vào hương ước, quy ước của dòng họ, cộng đồng khu dân cư")
D02 = dict(name="02_hoabinh-chien-luoc-gia-dinh-2030-2022", kind="target", year=2030, records=[
    R("2025, «85% các gia đình", FAM_INFO, ">=", 85, year=2025),
    R("hiện đại, đến năm 2030 nâng lên «100%", FAM_INFO, ">=", 100),
    R("2025, «85% các địa phương", LOCAL_MODEL, ">=", 85, year=2025),
    R("dân cư, đến năm 2030 nâng lên «100%", LOCAL_MODEL, ">=", 100),
    R("hàng năm có «90% vụ việc", "vụ việc bạo lực gia đình được giải quyết theo quy định của pháp luật hàng năm",
      ">=", 90),
    R("luật; «100% người bị", "người bị bạo lực được hỗ", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 The national programme on domestic violence prevention in the new situation to 2025 (Decision
# 45/QĐ-TTg of 13/01/2022), its specific targets (luatvietnam.vn; cut: the image's alt text "nguoi
# bi bao luc gia dinh duoc tro giup phap ly", a caption without a figure; the caption "Đến 2025, 95%
# người bị bạo lực gia đình được trợ giúp pháp lý (Ảnh minh họa)" states a figure and was kept; no
# byline, no stamp; the excerpt ends in "Đồng thời,"). Targets, year 2025 ("mục tiêu cụ thể đến năm
# 2025"); "Đạt X" >=, "Trên X" >, bare >=. The title and the caption restate the fourth target: one
# record each (as 01's title). Not quantities: "45/QĐ-TTg", "13/01/2022", "2025" (dates).
# --------------------------------------------------------------------------
LEGAL_AID = "người bị bạo lực gia đình được trợ giúp pháp lý"
D03 = dict(name="03_toanquoc-chuong-trinh-pcblgd-2025-2022", kind="target", year=2025, records=[
    R("Đến 2025, «95% người bị bạo lực gia đình được trợ giúp pháp lý\n", LEGAL_AID, ">=", 95),
    R("- Đạt «40% số hộ", "số hộ gia đình tham gia các buổi nói chuyện chuyên đề về phòng, chống bạo lực gia đình "
      "do ủy ban nhân dân cấp xã tổ chức tại các thôn, tổ dân phố", ">=", 40),
    R("- Đạt «50% các kênh", "các kênh chương trình truyền hình phục vụ nhiệm vụ chính trị, thông tin tuyên truyền "
      "thiết yếu của Trung ương và địa phương có chuyên mục về phòng, chống bạo lực gia đình được phát sóng định "
      "kỳ", ">=", 50),
    R("- Trên «70% người", "người có nguy cơ bị bạo lực gia đình được trang bị kiến thức, kỹ năng về ứng phó khi "
      "bị bạo lực gia đình", ">", 70),
    R("- «95% những người", "những người bị bạo lực gia đình khi phát hiện được bảo vệ, trợ giúp pháp lý và chăm "
      "sóc sức khỏe", ">=", 95),
    R("- Trên «80% những người", "những người có hành vi bạo lực gia đình khi phát hiện được tư vấn, cung cấp kiến "
      "thức, kỹ năng kiểm soát hành vi bạo lực", ">", 80),
    R("Đến 2025, «95% người bị bạo lực gia đình được trợ giúp pháp lý (", LEGAL_AID, ">=", 95),
])

# --------------------------------------------------------------------------
# 04 Hà Tĩnh, Đức Thọ district: two clubs launched at Bình Định village, Thanh Bình Thịnh commune,
# on 14/6/2022 (sovhttdl.hatinh.gov.vn; cut: the section label "Tin tức - Sự kiện" with the blank
# line after it; no byline, no stamp). Year 2022. Results: the clubs' members, "26 hộ gia đình
# tham gia", "27 hộ gia đình hội viên phụ nữ tham gia" (=, count; a club's membership, not the
# audience of an event). Targets "phấn đấu quý IV năm 2022": "trên 50 thành viên" (>, count),
# "trên 70%" (>), "đạt tỷ lệ 90%" (a target's đạt, >=). Not quantities: "14/6/2022" (a date),
# "Gia đình 5 có" (a name), "quý IV" (a label).
# --------------------------------------------------------------------------
D04 = dict(name="04_hatinh-ductho-clb-pcblgd-2022", kind="result", year=2022, records=[
    N("có «26 hộ gia đình", "hộ gia đình tham gia câu lạc bộ “Phòng, chống bạo lực gia đình”", "=", 26),
    N("có «27 hộ gia đình", "hộ gia đình hội viên phụ nữ tham gia câu lạc bộ “Gia đình 5 có – nông thôn mới kiểu "
      "mẫu”", "=", 27),
    NT("trên «50 thành viên", "thành viên tham gia sinh hoạt tại câu lạc bộ", ">", 50),
    R("trên «70% người", "người có nguy cơ bị bạo lực gia đình trong thôn được trang bị kiến thức, kỹ năng về ứng "
      "phó khi bị bạo lực gia đình", ">", 70, **T),
    R("tỷ lệ «90% người", "người trực tiếp tham gia phòng, chống bạo lực gia đình của thôn được bồi dưỡng, trang bị "
      "kỹ năng, nghiệp vụ về phòng, chống bạo lực gia đình", ">=", 90, **T),
])

# --------------------------------------------------------------------------
# 05 Gia Lai, the trusted addresses set up with the Women's Union (giadinh.bvhttdl.gov.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "của P"). Results (=, count): "1.357 “Địa chỉ tin
# cậy” cộng đồng tại 190/220 xã, trong đó có 438 địa chỉ tập thể và 919 địa chỉ cá nhân" (four
# records: the addresses, the communes that have them, and the breakdown by kind, each its own
# subject). Year null: the text names no year (the address's "năm 2022" is not in the text). Not
# quantities: the denominator "/220", "Covid-19" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_gialai-dia-chi-tin-cay-2022", kind="result", year=None, records=[
    N("thành lập «1.357", "“Địa chỉ tin cậy” cộng đồng đã thành lập", "=", 1357),
    N("tại «190/220 xã", "xã có “Địa chỉ tin cậy” cộng đồng", "=", 190),
    N("có «438 địa chỉ", "địa chỉ tin cậy tập thể", "=", 438),
    N("và «919 địa chỉ", "địa chỉ tin cậy cá nhân", "=", 919),
])

# --------------------------------------------------------------------------
# 06 Ninh Bình (the communes of Kim Sơn, Yên Khánh, Yên Mô), the domestic violence prevention
# model and the support network (giadinh.bvhttdl.gov.vn; nothing cut; no byline, no stamp; the
# excerpt ends in "mâu thuẫn tron"). Year null (no year in the text). Results (=, count):
# "143/143 xã, phường/thị trấn" keep the model; "1.551 nhóm PCBLGĐ, 1.410 câu lạc bộ ...; 170 cơ sở
# y tế ...", "143 đường dây nóng, 1.169 địa chỉ tin cậy". Not quantities: "tại mỗi thôn, xóm, bản,
# phố đều thành lập 01 CLB ..., 01 Nhóm PCBLGĐ hoặc 01 “Địa chỉ tin cậy ...”" (the make-up of the
# model in each village, one of three alternatives: no value measured; a judgement), the
# denominator "/143".
# --------------------------------------------------------------------------
D06 = dict(name="06_ninhbinh-mo-hinh-pcblgd", kind="result", year=None, records=[
    N("tại «143/143 xã", "xã, phường/thị trấn tiếp tục duy trì có hiệu quả Mô hình PCBLGĐ", "=", 143),
    N("có «1.551 nhóm", "nhóm PCBLGĐ trên địa bàn tỉnh", "=", 1551),
    N(", «1.410 câu lạc bộ", "câu lạc bộ xây dựng gia đình phát triển bền vững", "=", 1410),
    N("; «170 cơ sở", "cơ sở y tế khám, chữa bệnh và tạm lánh cho nạn nhân bạo lực gia đình", "=", 170),
    N("thành lập «143 đường dây", "đường dây nóng thành lập tại các xã, phường, thị trấn", "=", 143),
    N(", «1.169 địa chỉ", "địa chỉ tin cậy ở cộng đồng sẵn sàng tiếp nhận, hỗ trợ nạn nhân khi xảy ra BLGĐ", "=",
      1169),
])

# --------------------------------------------------------------------------
# 07 A city (unnamed in the excerpt) reporting its family work and domestic violence prevention in
# 2021 (giadinh.bvhttdl.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "những ngư").
# Year 2021. Results (=, count): the wards and communes with the model and with the hotline
# ("56/56 phường, xã" twice), "96 vụ/95 đối tượng bạo lực gia đình" (two records: cases, then
# perpetrators), the measures "Góp ý phê bình ...: 32 người; tạm giữ, xử phạt hành chính: 63 người".
# The two measures' spans open at their labels (`start_at`). Not quantities: the denominators "/56",
# "COVID-19" (a name).
# --------------------------------------------------------------------------
D07 = dict(name="07_thanhpho-tinh-hinh-pcblgd-2021", kind="result", year=2021, records=[
    N("thành phố: «56/56", "phường, xã đã thực hiện mô hình PCBLGĐ", "=", 56),
    N("cơ sở. «56/56", "phường, xã xây dựng được đường dây nóng và địa chỉ tin cậy tiếp nhận thông tin về bạo lực "
      "gia đình", "=", 56),
    N("có «96 vụ", "vụ bạo lực gia đình toàn thành phố", "=", 96),
    N("vụ/«95 đối tượng", "đối tượng bạo lực gia đình toàn thành phố", "=", 95),
    N("dân cư: «32 người", "người xử lý góp ý phê bình trong cộng đồng dân cư", "=", 32,
      start_at="Góp ý phê bình"),
    N("chính: «63 người", "người xử lý tạm giữ, xử phạt hành chính", "=", 63, start_at="tạm giữ"),
])

# --------------------------------------------------------------------------
# 08 Hà Nội, the city's family work in 2024 as reported (giadinh.bvhttdl.gov.vn; the report's
# header names Vĩnh Phúc's department, the content Hà Nội; nothing cut; no byline, no stamp; the
# excerpt ends in "góp "). Year 2024. Results: the reading room "giới thiệu hơn 100 tài liệu" (>,
# count: what the activity offered; a judgement), "thu hút 1.400 lượt bạn đọc với 3.000 lượt sử dụng
# tài liệu" (=, count, as earlier sets' library readers), "1.962.291/2.091.335 hộ gia đình đạt danh
# hiệu gia đình văn hóa" (=, the count; the denominator is the number of households), "phát hiện 24
# hộ bạo lực gia đình, trong đó: 08 vụ ... tinh thần; 16 vụ ... thân thể" (=, count; the breakdown by
# kind, each its own subject). Not quantities: "87 gia đình văn hóa được tôn vinh" (the recipients
# of an award, as earlier sets), "454/BC-SVHTTDL", "221/KHUBND" (documents), "28/6", "27/6",
# "02/7/2024", "22/7/2024", "10/10/1954-10/10/2024", "năm 2025" (dates), "47 Bà Triệu", "2B Quang
# Trung" (street addresses), "70 năm" (an anniversary), the denominator "/2.091.335".
# --------------------------------------------------------------------------
D08 = dict(name="08_hanoi-cong-tac-gia-dinh-2024", kind="result", year=2024, records=[
    N("hơn «100 tài liệu", "tài liệu phòng đọc chuyên đề “Gia đình Việt Nam” giới thiệu", ">", 100),
    N("thu hút «1.400 lượt", "lượt bạn đọc phòng đọc chuyên đề thu hút", "=", 1400),
    N("với «3.000 lượt", "lượt sử dụng tài liệu tại phòng đọc chuyên đề", "=", 3000),
    N("có «1.962.291/", "hộ gia đình đạt danh hiệu gia đình văn hóa", "=", 1962291),
    N("phát hiện «24 hộ", "hộ bạo lực gia đình toàn thành phố phát hiện", "=", 24),
    N("đó: «08 vụ", "vụ bạo lực về tinh thần", "=", 8),
    N("; «16 vụ", "vụ bạo lực về thân thể", "=", 16),
])

# --------------------------------------------------------------------------
# 09 Nghệ An, Quỳ Hợp commune: the forum "Nam giới tiên phong trong phòng, chống bạo lực gia đình"
# and the commune's community communication teams (nguoiduatin.vn; nothing cut; no byline, no stamp;
# the excerpt ends in "Dự "). Year null (the text names none; the address's "20251211" is not in
# the text). Results: "13 tổ truyền thông cộng đồng, trong đó 40% là nam giới" (=, count; then =, %:
# the share of men among the teams' members). Not quantities: "Bài 1" (a label).
# --------------------------------------------------------------------------
D09 = dict(name="09_nghean-quyhop-to-truyen-thong-2025", kind="result", year=None, records=[
    N("thành lập «13 tổ", "tổ truyền thông cộng đồng đã thành lập tại xã Quỳ Hợp", "=", 13),
    R("trong đó «40% là", "nam giới trong các tổ truyền thông cộng đồng", "=", 40),
])

# --------------------------------------------------------------------------
# 10 Long An, the training of family-work officials in 2022 (giadinh.bvhttdl.gov.vn; nothing cut;
# no byline, no stamp; the excerpt ends in "tình hình mớ"). A precision text: one record, "tổ chức
# 04 lớp tập huấn" (=, count, year 2022: classes held, as earlier sets' training classes). Not
# quantities: "tại 04 cụm với 410 đại biểu tham dự" (the places and the participants of the
# training, as earlier sets), "năm 2022", "2022 – 2025", the documents' numbers and dates
# ("06-CT/TW ngày 24/6/2021", "144/2021/NĐ-CP ngày 31/12/2021", "125/2021/NĐ-CP ngày 28/12/2021",
# "2238/QĐ-TTg ngày 30/12/2021", "96/QĐ-TTg ngày 19/01/2022", "224/QĐ-BVHTTDL ngày 28/01/2022",
# "45/QĐ-TTg ngày 13/01/2022"), "đến năm 2030" (a horizon).
# --------------------------------------------------------------------------
D10 = dict(name="10_longan-tap-huan-gia-dinh-2022-precision", kind="result", year=2022, records=[
    N("tổ chức «04 lớp", "lớp tập huấn “Bồi dưỡng nâng cao năng lực cho đội ngũ cán bộ, công chức làm công tác gia "
      "đình năm 2022”", "=", 4),
])

# --------------------------------------------------------------------------
# 11 Đà Nẵng Hospital relaying the National Action Month on domestic violence prevention and
# Vietnamese Family Day 2022 (dananghospital.org.vn; cut: the byline date "(08/06/2022)" on its own
# line, written as the first line `date 2022-06-08`; the image description "Description: ... - Ảnh
# 1." was kept). A precision text, no record: "28/6/2022", "1/6 - 30/6/2022", "28/6" (dates), "Ảnh
# 1" (a label); the slogans hold no number.
# --------------------------------------------------------------------------
D11 = dict(name="11_danang-thang-hanh-dong-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 12 Thanh Hóa, Trung Hạ commune: the trusted address that has few visitors (baothanhhoa.vn; the
# stamp " date 2025-12-02" written as the first line `date 2025-12-02`; cut: the photo caption "Lãnh
# đạo Hội LHPN tỉnh thăm mô hình “Địa chỉ tin cậy” xã Trung Hạ." with the blank line after it; the
# excerpt ends in "trong công tác h"). A precision text, no record: "tháng 8/2022" (a date), "Dự án
# 8" (a name), "giai đoạn 2021-2030" (a period in a programme's name), "5 nguyên tắc" (the
# principles of the model, as the spec's counts of tasks and solutions).
# --------------------------------------------------------------------------
D12 = dict(name="12_thanhhoa-trungha-dia-chi-tin-cay-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 13 Kon Tum, Plan 925/KH-UBND of 20/3/2024 on family work in 2024 (kontum.gov.vn; cut: the page's
# date widget "Thứ 3, Ngày 25/06/2024 -" with the blank line after it, the font widget "Mặc định Cỡ
# chữ", and the byline "Ngày đăng: 21/03/2024  10:41", written as the first line `date 2024-03-21`;
# the excerpt ends in "trên "). Targets, year 2024; bare numbers and "75% trở lên" >=; "Giảm 10% số
# vụ bạo lực gia đình" a target stated as a change (spec, >=). Scope null ("từ tỉnh đến cơ sở" is
# part of the subject). Not quantities: "925/KH-UBND", "20/3/2024", "năm 2024" (documents, dates),
# "mỗi năm 01 lần" (a frequency).
# --------------------------------------------------------------------------
D13 = dict(name="13_kontum-ke-hoach-gia-dinh-2024", kind="target", year=2024, records=[
    R("tiêu: «100% công chức", "công chức, viên chức và người lao động phụ trách công tác gia đình từ tỉnh đến cơ sở "
      "được tập huấn công tác quản lý nhà nước về gia đình và phòng, chống bạo lực gia đình", ">=", 100),
    R("«90% hộ gia đình", "hộ gia đình được cung cấp kiến thức, kỹ năng về giáo dục gia đình, thực hiện bình đẳng "
      "giới trong gia đình, phòng, chống bạo lực gia đình", ">=", 90),
    R("«65% các xã", "các xã, phường, thị trấn thành lập mô hình phòng, chống bạo lực gia đình", ">=", 65),
    R("sinh hoạt. «85% hộ", "hộ gia đình được cung cấp thông tin về chủ trương, đường lối, chính sách, pháp luật về "
      "gia đình", ">=", 85),
    R("khăn. «75% trở lên", "hộ gia đình thực hiện Bộ tiêu chí ứng xử trong gia đình", ">=", 75),
    R("Giảm «10% số vụ", "giảm số vụ bạo lực gia đình", ">=", 10),
])

# --------------------------------------------------------------------------
# 14 Bình Định, Hoài Nhơn town honouring cultured families during the Action Month, June 2022
# (baobinhdinh.vn; cut: the photo caption "Lãnh đạo TX Hoài Nhơn khen thưởng các gia đình văn hóa
# tiêu biểu"; no byline, no stamp). Year 2022 (the anniversary's "28.6.2022"; "từ đầu năm đến
# nay"). Results: "trên 1.800 lượt người tham gia" the propaganda (>, count, as earlier sets' people
# reached), "11 câu lạc bộ ... với 350 hội viên và 4 câu lạc bộ ... với 126 thành viên", "17 địa chỉ
# tin cậy" (=, count). Not quantities: "2 tập thể, 21 gia đình" (title and body: the recipients of
# an award, as earlier sets), "21 năm" (an anniversary), "28.6.2001 - 28.6.2022", "23.6", "28.6"
# (dates).
# --------------------------------------------------------------------------
D14 = dict(name="14_binhdinh-hoainhon-gia-dinh-2022", kind="result", year=2022, records=[
    N("trên «1.800 lượt", "lượt người tham gia tuyên truyền các chính sách, pháp luật về trẻ em, hôn nhân, gia "
      "đình, bình đẳng giới", ">", 1800),
    N("duy trì «11 câu lạc bộ", "câu lạc bộ gia đình phát triển bền vững các xã, phường duy trì", "=", 11),
    N("với «350 hội viên", "hội viên câu lạc bộ gia đình phát triển bền vững", "=", 350),
    N("và «4 câu lạc bộ", "câu lạc bộ phòng chống bạo lực gia đình", "=", 4),
    N("với «126 thành viên", "thành viên câu lạc bộ phòng chống bạo lực gia đình", "=", 126),
    N("duy trì «17 địa chỉ", "địa chỉ tin cậy kịp thời hỗ trợ, giúp đỡ các trường hợp bị bạo lực, bạo hành", "=", 17),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
