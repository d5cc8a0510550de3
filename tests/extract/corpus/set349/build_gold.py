#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set349).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(completion or exceedance against a plan, changes against an earlier value, a class bound);
check_gold.py verifies that every percentage has a record or a NOT entry.

Theme: pre-school education (children enrolled, universal pre-school education, schools meeting
the national standard, private pre-schools, new schools, national and provincial targets). Each
record carries `indicator_id_gold` (ignored by the scorer): no indicator of
muctieu/catalog/data/indicators.yaml measures pre-school enrolment, schools, universalisation or
school investment, so every id is null (see README). No text stands under a heading naming a
pillar: every pillar is null.

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

VND = dict(unit="other", unit_text="đồng")
NCL = "tỷ lệ trường mầm non ngoài công lập"

# --------------------------------------------------------------------------
# 01 Hà Nội, the review of the city's pre-school development scheme 2018-2025 (vietnamplus.vn; the
# stamp " date 2025-06" written as the first line; nothing cut). Year 2025. Results: "đã đầu tư hơn
# 62.000 tỷ đồng" (>, money, twice: the sapo and the body, a record at each, as set298's repeated
# sentences), "1.160 trường mầm non" (=), "Tỷ lệ trẻ 5 tuổi ... ra lớp đạt 100%" (=). NOT: "100%
# các chỉ tiêu đều đạt (hoặc) và vượt kế hoạch" (twice: completion against the plan), "vượt 15,2%",
# "vượt 3,6% so với mục tiêu" (exceedance against a target, spec). Not quantities: "khoảng 1/10
# tổng số trường mầm non toàn quốc" (the 1.160 schools' weight in the country, a comparison of
# size given as a fraction; a judgement), "2018-2025", "2/6/2025" (dates), "7 năm" (a duration),
# "5 tuổi", "3 đến 5 tuổi" (ages).
# --------------------------------------------------------------------------
D01 = dict(name="01_hanoi-de-an-mam-non-tong-ket-2025", kind="result", year=2025, records=[
    R("2025-06\nGiai đoạn 2018-2025, Hà Nội đã đầu tư hơn «62.000", "Hà Nội đầu tư cho phát triển giáo dục mầm non "
      "giai đoạn 2018-2025", ">", 62000e9, **VND),
    R("ra.\n\nGiai đoạn 2018-2025, Hà Nội đã đầu tư hơn «62.000", "Hà Nội đầu tư cho phát triển giáo dục mầm non "
      "giai đoạn 2018-2025", ">", 62000e9, **VND),
    R("với «1.160 trường", "trường mầm non của Hà Nội", "=", 1160, **CNT),
    R("ra lớp đạt «100%", "tỷ lệ trẻ 5 tuổi của thành phố ra lớp", "=", 100),
], NOT=["nay, «100% các", "Sau 7 năm thực hiện Đề án “Phát triển giáo dục mầm non giai đoạn 2018-2025”, «100% các",
        "vượt «15,2%", "vượt «3,6%"])

# --------------------------------------------------------------------------
# 02 Thanh Hóa, five pre-schools recognised as meeting the national standard in 2022
# (baothanhhoa.vn; the stamp " date 2022-06" written as the first line; cut: the signature "BĐT"
# with the blank line before it). A precision text: two records among labels. Year 2022. Results:
# "Cấp bằng công nhận cho 5 trường Mầm non đạt chuẩn quốc gia" (the title) and "công nhận và cấp
# bằng công nhận cho 5 trường Mầm non đạt chuẩn quốc gia" (the body), a record at each (=, count).
# Not quantities: "cấp độ 1 và 2", "mức độ 1", "mức độ 2" (levels of the standard, names), "5 năm
# (60 tháng)" (the recognition's validity, a duration), "năm 2022" (a date).
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-truong-mam-non-dat-chuan-2022-precision", kind="result", year=2022, records=[
    R("Cấp bằng công nhận cho «5 trường", "trường Mầm non công nhận đạt chuẩn quốc gia", "=", 5, **CNT),
    R("cấp bằng công nhận cho «5 trường", "trường Mầm non công nhận và cấp bằng công nhận đạt chuẩn quốc gia năm "
      "2022", "=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 03 Vĩnh Long, the conference launching universal pre-school education for children of 3-5 in
# 2026-2030 (vinhlong.edu.vn; cut: the photo caption "Ông Nguyễn Thanh Tuấn - Phó Giám đốc Sở GDĐT
# phát biểu khai mạc"; no byline, no stamp; the excerpt ends in "– Ph"). A precision text, no
# record: "3–5 tuổi" (ages, four times), "2026–2030" (a period), "21/01/2026", "14/01/2026"
# (dates), "277/2025/NĐ-CP", "13/KH-UBND" (documents).
# --------------------------------------------------------------------------
D03 = dict(name="03_vinhlong-pho-cap-mam-non-3-5-tuoi-2026-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 04 Khánh Hòa, Nha Trang's education office: the plan for the pre-school intake of 2023-2024
# (mnsca-nt.khanhhoa.edu.vn; cut: the byline "11/07/2023 15:20" with its trailing spaces, written as
# the first line `date 2023-07-11`; the excerpt ends in "thành ph"). A precision text, no record:
# the document numbers "1106 /KH-GDĐT", "1406/SGDĐT-GDTH", "1419/QĐ-UBND", the dates "23 tháng 6
# năm 2023", "12/5/2023", "28/3/2023", the school years "2023 - 2024", "2023-2024", the birth months
# "tháng 3/2022", "tháng 01/2021" (the age band of the intake), the list labels "I.", "II.", "1.".
# --------------------------------------------------------------------------
D04 = dict(name="04_khanhhoa-nhatrang-tuyen-sinh-mam-non-2023-precision", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 05 Hồ Chí Minh City, Tân Phú district's pre-schools at the city's meeting on independent groups
# (thanhnien.vn; the stamp " date 2021-01" written as the first line; nothing cut). Year 2021.
# Results (=, counts, place "Tân Phú"): "60 trường mầm non", of which "15 trường công lập", "45
# trường ngoài công lập" (a breakdown by kind, scope null), "có tới 103 nhóm, lớp độc lập" ("có
# tới" stresses, no bound: =), "10 trung tâm giáo dục kỹ năng sống được Sở GD-ĐT cấp phép".
# Not a quantity: "22.1" (a date).
# --------------------------------------------------------------------------
TP = dict(place="Tân Phú")
D05 = dict(name="05_hcm-tanphu-nhom-lop-doc-lap-2021", kind="result", year=2021, records=[
    R("có «60 trường", "trường mầm non cả quận", "=", 60, **CNT, **TP),
    R("có «15 trường", "trường mầm non công lập cả quận", "=", 15, **CNT, **TP),
    R("lập, «45 trường", "trường mầm non ngoài công lập cả quận", "=", 45, **CNT, **TP),
    R("tới «103 nhóm", "nhóm, lớp độc lập cả quận", "=", 103, **CNT, **TP),
    R("có «10 trung tâm", "trung tâm giáo dục kỹ năng sống được Sở GD-ĐT cấp phép", "=", 10, **CNT, **TP),
])

# --------------------------------------------------------------------------
# 06 Hồ Chí Minh City, pre-school children back at school on a voluntary basis, January 2022
# (plo.vn; the stamp " date 2022-01" written as the first line; nothing cut). Year 2022 (the school
# year 2021-2022 read by its end year, as the earlier sets' results of a school year). Results:
# "khoảng 1.360 trường" (~), "hơn 1.800 nhóm trẻ, lớp mẫu giáo tư thục" (>), "khoảng 355.000 em"
# (~). Not quantities: "tháng 2", "tháng 7-2022", "29-7" (dates).
# --------------------------------------------------------------------------
D06 = dict(name="06_hcm-mam-non-tu-thuc-2022", kind="result", year=2022, records=[
    R("khoảng «1.360 trường", "trường mầm non toàn TP", "~", 1360, **CNT),
    R("hơn «1.800 nhóm", "nhóm trẻ, lớp mẫu giáo tư thục toàn TP", ">", 1800, **CNT),
    R("khoảng «355.000 em", "trẻ mầm non toàn TP", "~", 355000, **CNT),
])

# --------------------------------------------------------------------------
# 07 Hồ Chí Minh City, pre-schools inaugurated in April 2025 (thanhnien.vn; the stamp " date
# 2025-04" written as the first line; nothing cut; the excerpt ends in "H.Củ Chi…"). Year 2025.
# Results, money (unit other "đồng", the magnitude "tỉ" multiplied in): "tổng mức đầu tư 23 tỉ
# đồng" (=), "hơn 36 tỉ đồng" (>), "hơn 28 tỉ đồng" (>), "gần 49 tỉ đồng" (~), each with `place`
# the school's district. Not quantities: the floor and land areas "1.663,2 m²", "836,7 m²", "2.900
# m²" (sizes, as set298's areas), the names "P.6", "Q.4", "Trường mầm non 12", "P.12", "Q.3", "Cơ
# sở 2", "Tân Thạnh Đông 2", and "4.2025" (a date).
# --------------------------------------------------------------------------
D07 = dict(name="07_hcm-khanh-thanh-truong-mam-non-2025", kind="result", year=2025, records=[
    R("đầu tư «23 tỉ", "tổng mức đầu tư Trường mầm non Trường Thọ", "=", 23e9, **VND, place="TP.Thủ Đức"),
    R("hơn «36 tỉ", "tổng vốn đầu tư Trường mầm non 12, Q.4", ">", 36e9, **VND, place="Q.4"),
    R("hơn «28 tỉ", "tổng mức đầu tư Trường mầm non 12, P.12, Q.3", ">", 28e9, **VND, place="Q.3"),
    R("gần «49 tỉ", "tổng kinh phí đầu tư Cơ sở 2 Trường mầm non Vàng Anh", "~", 49e9, **VND, place="H.Nhà Bè"),
])

# --------------------------------------------------------------------------
# 08 Lâm Đồng, Đơn Dương district building the Sơn Ca pre-school, April 2020 (baolamdong.vn; the
# stamp " date 2020-04" written as the first line; cut: the signature "NGỌC THANH" with the blank
# line before it). Year 2020 (the stamp's; the school, begun "cuối năm 2019", is to open in the
# school year 2020-2021). The project's cost, a school under construction: kind target (as set298
# read a project's planned cost at its start), money: "Tổng kinh phí đầu tư trên 14 tỷ đồng" (>),
# "kinh phí xây lắp 12 tỷ đồng" (bare number in a target: >=). Not quantities: "6.369 m2", "115 m2"
# (sizes), "1 trệt, 1 lầu", "8 phòng học" (the parts of one building, as set298's), "cuối năm 2019",
# "năm học 2020-2021" (dates).
# --------------------------------------------------------------------------
D08 = dict(name="08_lamdong-donduong-truong-mam-non-son-ca-2020", kind="target", year=2020, records=[
    R("trên «14 tỷ", "tổng kinh phí đầu tư xây dựng Trường Mầm non Sơn Ca", ">", 14e9, **VND),
    R("lắp «12 tỷ", "kinh phí xây lắp Trường Mầm non Sơn Ca", ">=", 12e9, **VND),
])

# --------------------------------------------------------------------------
# 09 The country's pre-schools in the school year 2023-2024 (baogialai.com.vn; nothing cut; no
# byline, no stamp). A national text. Year 2024 (the school year 2023-2024 read by its end year;
# "Đến nay" in it). Results: "15.256 cơ sở giáo dục mầm non", "18.115 điểm trường lẻ" (=), "hơn
# 17.000 cơ sở giáo dục mầm non độc lập tư thục, dân lập" (>), "tỷ lệ huy động trẻ đến trường đạt
# 72,6%" (=); "100% đơn vị cấp tỉnh; 99,9% đơn vị cấp huyện và 99,95% đơn vị cấp xã đạt chuẩn phổ
# cập" (a split by level: three records, scopes "cấp tỉnh", "cấp huyện", "cấp xã"). NOT: "tăng 2,2%
# so với năm học trước" (a change). Not quantities: "giảm 19 cơ sở", "giảm 1.283 điểm trường",
# "tăng 1.690 cơ sở" (changes against the year before), "5 tuổi" (an age), "2023-2024" (dates).
# --------------------------------------------------------------------------
PC5 = "đơn vị đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi"
D09 = dict(name="09_toanquoc-mam-non-nam-hoc-2023-2024", kind="result", year=2024, records=[
    R("có «15.256 cơ sở", "cơ sở giáo dục mầm non cả nước", "=", 15256, **CNT),
    R("với «18.115 điểm", "điểm trường lẻ", "=", 18115, **CNT),
    R("hơn «17.000 cơ sở", "cơ sở giáo dục mầm non độc lập tư thục, dân lập", ">", 17000, **CNT),
    R("đạt «72,6%", "tỷ lệ huy động trẻ đến trường", "=", 72.6),
    R("có «100% đơn vị", PC5, "=", 100, scope="cấp tỉnh"),
    R("«99,9% đơn vị", PC5, "=", 99.9, scope="cấp huyện"),
    R("«99,95% đơn vị", PC5, "=", 99.95, scope="cấp xã"),
], NOT=["tăng «2,2%"])

# --------------------------------------------------------------------------
# 10 The government's programme for pre-school education in disadvantaged areas 2022-2030
# (vovworld.vn; cut: the photo caption "Đến năm 2030, 100% trẻ em ... - ảnh 1Chương trình ... Ảnh:
# Đỗ Quyên/ congdankhuyenhoc.vn" with the blank line after it; no byline, no stamp; the excerpt
# ends in "trên cơ sở p"). A national plan. Targets, year 2030 ("Đến năm 2030"): the title's "100%
# trẻ em ... được nuôi dưỡng, chăm sóc, giáo dục" and the body's (a record at each occurrence);
# "ít nhất 25% trẻ em trong độ tuổi nhà trẻ, 95% trẻ trong độ tuổi mẫu giáo vùng khó khăn được đến
# cơ sở giáo dục mầm non" (a split by age group: scopes as written, as set298's "38% trẻ em trong độ
# tuổi nhà trẻ và 97% trẻ em trong độ tuổi mẫu giáo"); "xóa bỏ 100% phòng học nhờ, phòng học tạm"
# (a target stated as a change, >=). Not quantities: "(VOV5)" (a name), "2022 - 2030", "26/12/2022"
# (dates).
# --------------------------------------------------------------------------
CARE = "trẻ em trong các cơ sở giáo dục mầm non vùng khó khăn được nuôi dưỡng, chăm sóc, giáo dục"
ENROL = "trẻ em vùng khó khăn được đến cơ sở giáo dục mầm non"
D10 = dict(name="10_toanquoc-mam-non-vung-kho-khan-2030", kind="target", year=2030, records=[
    R("Đến năm 2030, «100% trẻ em trong các cơ sở giáo dục mầm non vùng khó khăn được nuôi dưỡng, chăm sóc, giáo "
      "dục\n", CARE, ">=", 100, line=True),
    R("ít nhất «25% trẻ", ENROL, ">=", 25, scope="trẻ em trong độ tuổi nhà trẻ"),
    R("nhà trẻ, «95% trẻ", ENROL, ">=", 95, scope="trẻ trong độ tuổi mẫu giáo"),
    R("non; «100% trẻ", CARE, ">=", 100),
    R("xóa bỏ «100% phòng", "phòng học nhờ, phòng học tạm được xóa bỏ", ">=", 100),
])

# --------------------------------------------------------------------------
# 11 The country's universal pre-school education for five-year-olds, August 2022 (vietbao.vn; the
# stamp " date 2022-08" written as the first line; nothing cut). A national text. Year 2022 (the
# stamp's). Results, a split by level with each clause its own verb (scopes as written, as 09's
# split): "63/63 tỉnh, thành phố duy trì và đạt chuẩn" (=, count, scope "tỉnh, thành phố"),
# "713/713 đơn vị cấp huyện (100%)" (the count and the bracket's share, scope "cấp huyện"),
# "99,94% đơn vị cấp xã đạt chuẩn" (scope "cấp xã"). Not quantities: the denominators "/63",
# "/713", "5 tuổi" (an age).
# --------------------------------------------------------------------------
D11 = dict(name="11_toanquoc-pho-cap-mam-non-5-tuoi-2022", kind="result", year=2022, records=[
    R("có «63/63 tỉnh", "tỉnh, thành phố duy trì và đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi", "=", 63,
      **CNT, scope="tỉnh, thành phố"),
    R("tuổi; «713/713 đơn vị", "đơn vị duy trì phổ cập giáo dục mầm non cho trẻ em 5 tuổi", "=", 713, **CNT,
      scope="cấp huyện"),
    R("huyện («100%)", "đơn vị duy trì phổ cập giáo dục mầm non cho trẻ em 5 tuổi", "=", 100, scope="cấp huyện"),
    R("tuổi; «99,94% đơn vị", PC5, "=", 99.94, scope="cấp xã"),
])

# --------------------------------------------------------------------------
# 12 The country's pre-school network at the end of the school year 2019-2020, with the provinces'
# shares of private pre-schools (vietnamnet.vn; nothing cut; no byline, no stamp; the excerpt ends
# in "dưới 10 "). A national text. Year 2020 (the school year 2019-2020 read by its end year).
# Results: "15.461 nhà trẻ, trường mẫu giáo, trường mầm non", "23.960 điểm trường lẻ" (=, counts),
# "tỷ lệ bình quân 1,39 trường mầm non/đơn vị hành chính cấp xã" (unit other, unit_text as written
# at the number), "tỷ lệ điểm trường lẻ/trường mầm non là 1,55" (unit other, unit_text null: no
# unit word at the number), "3.180 trường mầm non ngoài công lập (tỉ lệ 20,6% ...)" (a count and
# the bracket's share), "chăm sóc cho 1.172.967 trẻ (tỷ lệ 22,1%)" (a count and its share); the
# provinces' shares of private pre-schools "Hà Nội 30%, ..., Bà Rịa-Vũng Tàu 40,5%" (13) and "Hậu
# Giang 2,3%, ..., Bắc Kạn 0,8%" (16): one record each, `place` the province, scope null (a list of
# provinces that are not the document's own, as set193's places); "toàn quốc có 13 tỉnh có dưới 10"
# (=, count). Target: "Mục tiêu huy động trẻ em MN NCL đến năm 2020 là: 25%" (>=, 2020, the
# scheme's target). NOT: "dưới 10%" (a class bound naming the group, not a value reached). Not
# quantities: "giảm 40 trường (giảm 159 ..., tăng 119 ...)", "giảm 2.278 điểm trường lẻ", "tăng
# 144 trường" (changes), "1677/QĐ-TTg" (a document), "2018-2025", "năm 2020" (dates), the last "10"
# (the truncated bound).
# --------------------------------------------------------------------------
PROV_HI = [("Hà Nội", "30"), ("Hải Phòng", "28,3"), ("Đà Nẵng", "65,9"), ("Quảng Nam", "19,4"),
           ("Quảng Ngãi", "19,1"), ("Bình Định", "20,9"), ("Khánh Hòa", "20,4"), ("Ninh Thuận", "26,4"),
           ("Bình Thuận", "20,3"), ("Bình Dương", "71,1"), ("Đồng Nai", "36,2"), ("TP Hồ Chí Minh", "65,5"),
           ("Bà Rịa-Vũng Tàu", "40,5")]
PROV_LO = [("Hậu Giang", "2,3"), ("Đồng Tháp", "5,3"), ("An Giang", "9,1"), ("Vĩnh Long", "9,2"),
           ("Trà Vinh", "8,2"), ("Tiền Giang", "8,6"), ("Hà Tĩnh", "7,2"), ("Quảng Bình", "7"),
           ("Thanh Hóa", "4,8"), ("Hòa Bình", "3,2"), ("Điện Biên", "1,8"), ("Hà Nam", "4,2"),
           ("Nam Định", "2,1"), ("Ninh Bình", "4,6"), ("Cao Bằng", "0,5"), ("Bắc Kạn", "0,8")]
def prov(p, v):
    """One province's share of private pre-schools, located by the province's name before it."""
    return R(f"{p} «{v}%", NCL, "=", float(v.replace(",", ".")), place=p)
D12 = dict(name="12_toanquoc-mam-non-ngoai-cong-lap-2020", kind="result", year=2020, records=[
    R("có «15.461 nhà trẻ", "nhà trẻ, trường mẫu giáo, trường mầm non toàn quốc", "=", 15461, **CNT),
    R("non), «23.960 điểm", "điểm trường lẻ", "=", 23960, **CNT),
    R("bình quân «1,39 trường", "tỷ lệ bình quân trường mầm non/đơn vị hành chính cấp xã", "=", 1.39,
      unit="other", unit_text="trường mầm non/đơn vị hành chính cấp xã"),
    R("là «1,55", "tỷ lệ điểm trường lẻ/trường mầm non", "=", 1.55, unit="other", unit_text=None),
    R("có «3.180 trường", "trường mầm non ngoài công lập toàn quốc", "=", 3180, **CNT),
    R("(tỉ lệ «20,6%", NCL, "=", 20.6),
    R("cho «1.172.967 trẻ", "trẻ trường mầm non ngoài công lập chăm sóc cho", "=", 1172967, **CNT),
    R("(tỷ lệ «22,1%", "tỷ lệ trẻ trường mầm non ngoài công lập chăm sóc cho", "=", 22.1),
    *[prov(p, v) for p, v in PROV_HI],
    R("là: «25%", "tỷ lệ huy động trẻ em mầm non ngoài công lập", ">=", 25, **T),
    *[prov(p, v) for p, v in PROV_LO],
    R("có «13 tỉnh", "tỉnh có tỷ lệ trường mầm non ngoài công lập dưới", "=", 13, **CNT),
], NOT=["dưới «10% gồm"])

# --------------------------------------------------------------------------
# 13 The National Assembly's resolution on universal pre-school education for children of 3-5
# (vtcnews.vn; the stamp " date 2025-10-11" written as the first line; nothing cut). A national
# plan, one target: "mục tiêu đến năm 2030, 100% tỉnh, thành phố trực thuộc Trung ương đạt chuẩn
# phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi" (>=, 2030). Not quantities: "26/6/2025" (a
# date), "3 đến 5 tuổi" (ages, twice), "(VTC News)" (a name).
# --------------------------------------------------------------------------
D13 = dict(name="13_toanquoc-nghi-quyet-pho-cap-mam-non-3-5-tuoi-2025", kind="target", year=2030, records=[
    R("2030, «100% tỉnh", "tỉnh, thành phố trực thuộc Trung ương đạt chuẩn phổ cập giáo dục mầm non cho trẻ em từ "
      "3 đến 5 tuổi", ">=", 100),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
