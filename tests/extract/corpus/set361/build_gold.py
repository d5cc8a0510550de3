#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set361).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with set283's
shorthands for exam texts. Each record is written by hand below; its anchor is never typed in. A
record names a locator: a piece of the text with « just before the number. The locator (without «)
must occur exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that
states the quantity) are computed as in the seeds' builder (`start_at` moves the start back).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a change against another value, a
misprint that fuses a label with a rate); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue holds no indicator of exam prizes, pupils'
results, language proficiency or education coverage, so every record of this set has null (see
README, "Catalogue labels").

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
from goldkit import R, T  # noqa: E402

N = functools.partial(R, unit="count")  # a count: pupils, teachers, prizes, medals, projects, exam sites
PLACE = functools.partial(R, unit="rank")  # a place in a ranking, or a top group (`<=`)
MONEY = functools.partial(R, unit="other", unit_text="đồng")  # a sum of money in đồng
TG = functools.partial(R, kind="target")  # a target's share

# --------------------------------------------------------------------------
# 01 Thanh Hóa, the chairman's decision rewarding the pupils and teachers of Lam Sơn gifted school
# for the national pupils' contest of the school year 2025 - 2026 (baothanhhoa.vn; cut: the photo
# caption "Đại diện Sở Giáo dục ... năm 2025-2026." with the blank line after it; no byline, no
# stamp; the excerpt ends in "32 gi"). Results, year 2026 (the school year read by its end year, as
# set181 and set283; the results "ngày 19/1"). Counts (=): "86 học sinh và 24 giáo viên" in the
# lead and again in the decision's sentence (each statement a record, as set245 and set283), the
# four prizes' pupils "8 ... 26 ... 32 ... 20", the "24 giáo viên" rewarded, "86/90 học sinh đoạt
# giải" (86; the denominator 90 is the contest's participants, not a quantity, set283), and the
# breakdown "8 giải Nhất, 26 giải Nhì, 32 gi[ải ...]" (the excerpt cuts the last word; the number
# is whole and recorded). Money (other, "đồng"): the total "824.250.000 đồng", each prize's reward
# "12 triệu", "7 triệu", "5 triệu", "2.500 nghìn đồng" (the amounts the decision awards: a
# judgement, see README), the teachers' "từ 1.250.000 đồng đến 7 triệu đồng/giải" (one `between`).
# "chiếm tỉ lệ 96,63%" (=). Not quantities: "351/QĐ-UBND" (a number of a decision), "19/1" (a
# date), "năm học 2025 - 2026" (twice, a school year). Pillar null. Ids null.
# --------------------------------------------------------------------------
D01 = dict(name="01_thanhhoa-khen-thuong-hsg-quoc-gia-2026", kind="result", year=2026, records=[
    N("thưởng cho «86 học sinh", "học sinh Trường THPT Chuyên Lam Sơn đoạt giải tại Kỳ thi học sinh giỏi quốc gia "
      "được tặng Bằng khen kèm theo tiền thưởng", "=", 86),
    N("học sinh và «24 giáo viên Trường", "giáo viên Trường THPT Chuyên Lam Sơn được tặng Bằng khen kèm theo tiền "
      "thưởng", "=", 24),
    MONEY("tiền thưởng «824.250.000 đồng", "tiền thưởng kèm theo Bằng khen cho học sinh đoạt giải và giáo viên",
          "=", 824250000),
    N("đồng cho «86 học sinh", "học sinh đoạt giải trong kỳ thi chọn học sinh giỏi quốc gia THPT được tặng Bằng khen",
      "=", 86),
    N("giải và «24 giáo viên trực", "giáo viên trực tiếp giảng dạy học sinh đoạt giải được tặng Bằng khen", "=", 24),
    N("quyết định, «8 học sinh", "học sinh đoạt giải Nhất", "=", 8),
    MONEY("thưởng «12 triệu", "tiền thưởng mỗi học sinh đoạt giải Nhất", "=", 12e6),
    N("đồng; «26 học sinh", "học sinh đoạt giải Nhì", "=", 26),
    MONEY("thưởng «7 triệu đồng; 32", "tiền thưởng mỗi học sinh đoạt giải Nhì", "=", 7e6),
    N("đồng; «32 học sinh", "học sinh đoạt giải Ba", "=", 32),
    MONEY("thưởng «5 triệu", "tiền thưởng mỗi học sinh đoạt giải Ba", "=", 5e6),
    N("đồng; «20 học sinh", "học sinh đoạt giải khuyến khích", "=", 20),
    MONEY("thưởng «2.500 nghìn", "tiền thưởng mỗi học sinh đoạt giải khuyến khích", "=", 2.5e6),
    N("Ngoài ra, «24 giáo viên", "giáo viên có học sinh đoạt giải được nhận Bằng khen và tiền thưởng của Chủ tịch "
      "UBND tỉnh", "=", 24),
    MONEY("từ «1.250.000 đồng", "mức thưởng giáo viên có học sinh đoạt giải", "between", 1250000, value_max=7e6),
    N("có «86/90", "học sinh Thanh Hóa đoạt giải kỳ thi chọn học sinh giỏi quốc gia THPT", "=", 86),
    R("tỉ lệ «96,63%", "tỉ lệ học sinh Thanh Hóa đoạt giải", "=", 96.63),
    N("gồm: «8 giải Nhất", "giải Nhất", "=", 8),
    N("«26 giải Nhì", "giải Nhì", "=", 26),
    N("Nhì, «32 gi", "giải học sinh Thanh Hóa đoạt", "=", 32),
])

# --------------------------------------------------------------------------
# 02 Quảng Nam, the province's grade-9 pupils' contest of the school year 2020 - 2021
# (baoquangnam.vn; the stamp " date 2021-05" written as the first line; nothing cut). Results, year
# 2021. Counts (=): "tổng cộng 504 giải ..., trong đó 28 giải nhất, 99 giải nhì, 156 giải ba và 221
# giải khuyến khích"; the first prizes by district: "Hội An, Phú Ninh (mỗi đơn vị có 7 giải)" (one
# record for the value stated once for two districts, set283), "Tam Kỳ (3)" (place Tam Kỳ),
# "Duy Xuyên, Điện Bàn, Quế Sơn, Phước Sơn (2)" and "Thăng Bình, Nam Giang, Đông Giang (1)" (one
# record each, the districts in the indicator). Not quantities: "lớp 9" (a grade), "năm học 2020 -
# 2021" (a school year), "bảng A (gồm 7 địa phương ...)", "bảng B (gồm 5 ...)", "bảng C (gồm 6 ...)"
# (the make-up of the contest's groups: the lead count of a list of names, set193's "15 xã ... bao
# gồm"), "giải nhất toàn đoàn", "nhì", "ba" (no digit). Pillar null. Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_quangnam-hsg-lop-9-toan-tinh-2021", kind="result", year=2021, records=[
    N("tổng cộng «504 giải", "giải kỳ thi học sinh giỏi lớp 9 toàn tỉnh được trao cho các thí sinh", "=", 504),
    N("trong đó «28 giải nhất", "giải nhất", "=", 28),
    N("«99 giải nhì", "giải nhì", "=", 99),
    N("«156 giải ba", "giải ba", "=", 156),
    N("«221 giải khuyến khích", "giải khuyến khích", "=", 221),
    N("đơn vị có «7 giải", "giải nhất của Hội An, Phú Ninh, mỗi đơn vị", "=", 7),
    N("Tam Kỳ («3)", "giải nhất của Tam Kỳ", "=", 3, place="Tam Kỳ"),
    N("Phước Sơn («2)", "giải nhất của Duy Xuyên, Điện Bàn, Quế Sơn, Phước Sơn", "=", 2),
    N("Đông Giang («1)", "giải nhất của Thăng Bình, Nam Giang, Đông Giang", "=", 1),
])

# --------------------------------------------------------------------------
# 03 The provinces' shares of prize-winners at the national pupils' contest of the school year
# 2024-2025: Vĩnh Phúc and Hải Dương ahead (kenh14.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "vớ"). Results, year 2025 (the school year's end year). A national article: each
# province's value carries `place` (the spec's optional field for a province that is not the
# document's own). Rates (=): 88,8% (Vĩnh Phúc), 88,6% (Hải Dương), "Nghệ An và Hà Tĩnh ... 85,7%"
# (one record, one value stated once for two provinces, no place), 85,6% (Thanh Hóa), 76,9% (Hà
# Nội), 70,3% (TP.HCM). Counts (=): the winners "87/98", "97/110", "77/90", "200/260", "166/236"
# (the numerators; the denominators are the participants, set283), "Hà Nội (top 1 với 200 thí sinh
# đoạt giải)", "TP.HCM (top 2 với 166 giải)", Hà Nội's thirteen subjects ("Toán 18 giải" ...
# "tiếng Nhật 8 giải", one record each), "đoàn TPHCM với 166 giải", "05 thí sinh đoạt giải Nhất".
# Ranks: "lần lượt xếp hạng 13 và 14" (=, two places), "top 1", "top 2" (`<=`, the spec's "tốp"),
# "Những địa phương khác góp mặt trong top 10 bao gồm Nam Định, ..." (`<=` 10, one record for the
# five provinces). NOT: "chỉ kém Vĩnh Phúc 0,2%" (a gap to another province's value), "giảm 1,7% so
# với năm ngoái", "tăng 4,5%" (changes, spec). Not quantities: "xếp thứ hai", "vị trí thứ ba",
# "hạng năm", "xếp thứ ba" (no digit), "tăng 56 giải so với năm 2024" (a change), "năm học
# 2024-2025", "năm 2024". Pillar null. Ids null.
# --------------------------------------------------------------------------
VP, HD, TH, HN, HCM = "Vĩnh Phúc", "Hải Dương", "Thanh Hóa", "Hà Nội", "TP.HCM"
HNSUB = "giải học sinh giỏi quốc gia của đoàn Hà Nội môn "
D03 = dict(name="03_vinhphuc-haiduong-ty-le-giai-hsg-quoc-gia-2025", kind="result", year=2025, records=[
    N("Với «87/98", "học sinh giành giải", "=", 87, place=VP),
    R("tỷ lệ «88,8%", "tỷ lệ học sinh đạt giải", "=", 88.8, place=VP),
    R("tỷ lệ «88,6%", "tỷ lệ học sinh đạt giải", "=", 88.6, place=HD),
    N("với «97/110", "học sinh đoạt giải", "=", 97, place=HD),
    R("tỷ lệ «85,7%", "tỷ lệ học sinh đạt giải của Nghệ An và Hà Tĩnh", "=", 85.7),
    R("tỷ lệ «85,6%", "tỷ lệ học sinh đạt giải", "=", 85.6, place=TH),
    N("(«77/90", "học sinh đạt giải", "=", 77, place=TH),
    PLACE("trong top «10 bao", "địa phương góp mặt trong top về tỷ lệ học sinh đạt giải: Nam Định, Bắc Giang, "
          "Quảng Ninh, Ninh Bình và Hải Phòng", "<=", 10),
    PLACE("xếp hạng «13 và", "xếp hạng về tỷ lệ học sinh đạt giải", "=", 13, place=HN),
    PLACE("xếp hạng 13 và «14", "xếp hạng về tỷ lệ học sinh đạt giải", "=", 14, place=HCM),
    N("Hà Nội có «200/260", "học sinh đạt giải", "=", 200, place=HN),
    R("(«76,9%)", "tỷ lệ học sinh đạt giải", "=", 76.9, place=HN),
    R("tỷ lệ «70,3%", "tỷ lệ học sinh đạt giải", "=", 70.3, place=HCM),
    N("(«166/236", "học sinh đạt giải", "=", 166, place=HCM),
    PLACE("(top «1 với", "xếp hạng về tổng số giải", "<=", 1, place=HN),
    N("với «200 thí sinh", "thí sinh đoạt giải", "=", 200, place=HN),
    PLACE("(top «2 với", "xếp hạng về tổng số giải", "<=", 2, place=HCM),
    N("với «166 giải)", "tổng số giải", "=", 166, place=HCM),
    N("Toán «18 giải", HNSUB + "Toán", "=", 18, place=HN),
    N("Vật lý «20 giải", HNSUB + "Vật lý", "=", 20, place=HN),
    N("Hóa học «20 giải", HNSUB + "Hóa học", "=", 20, place=HN),
    N("Sinh học «18,", HNSUB + "Sinh học", "=", 18, place=HN),
    N("Tin học «15 giải", HNSUB + "Tin học", "=", 15, place=HN),
    N("Ngữ văn «15 giải", HNSUB + "Ngữ văn", "=", 15, place=HN),
    N("Lịch sử «14 giải", HNSUB + "Lịch sử", "=", 14, place=HN),
    N("Địa lý «17 giải", HNSUB + "Địa lý", "=", 17, place=HN),
    N("tiếng Anh «20 giải", HNSUB + "tiếng Anh", "=", 20, place=HN),
    N("tiếng Nga «11 giải", HNSUB + "tiếng Nga", "=", 11, place=HN),
    N("tiếng Pháp «17 giải", HNSUB + "tiếng Pháp", "=", 17, place=HN),
    N("tiếng Trung «7 giải", HNSUB + "tiếng Trung", "=", 7, place=HN),
    N("tiếng Nhật «8 giải", HNSUB + "tiếng Nhật", "=", 8, place=HN),
    N("TPHCM với «166 giải", "giải của đoàn", "=", 166, place="TPHCM"),
    N("có «05 thí sinh", "thí sinh đoạt giải Nhất", "=", 5, place="TPHCM"),
], NOT=["kém Vĩnh Phúc «0,2%", "giảm «1,7%", "tăng «4,5%"])

# --------------------------------------------------------------------------
# 04 The ten provinces and cities leading the national pupils' contest of the school year 2025-2026,
# after the provinces' merger (giaoducthudo.giaoducthoidai.vn; the byline "•19/01/2026 18:05" written
# as the first line `date 2026-01-19`; nothing else cut; the excerpt ends in "chính"). Results, year
# 2026. Counts (=, place each province): TP HCM 288, Ninh Bình 238, Phú Thọ 229, Hải Phòng 208, Hà
# Nội 207, Bắc Ninh 174, Đà Nẵng 146, Lào Cai 134, Hưng Yên 125, Thái Nguyên 125; the first prizes
# "Hà Nội ... 23 em", "Đại học Quốc gia Hà Nội (15)" (a university: named in the indicator, not
# place, set283's schools), "Nghệ An và Thanh Hóa ... lần lượt 10 và 8 em" (two records); the
# country's "gần 3.700 em đạt giải" (`~`), "tỷ lệ 59%" (=). Ranks: "Hà Nội tụt xuống vị trí thứ 5"
# (lead) and "tụt xuống thứ 5 với 207 giải" (body; each statement a record), "Chỉ Thái Nguyên (125
# giải) ... từng nằm trong top 10 năm ngoái" (`<=` 10, year 2025: "năm ngoái"). Not quantities:
# "10 tỉnh, thành" (the title's lead count of a list), "hơn 6.750 thí sinh từ 38 đơn vị (34 địa
# phương và 4 đại học)" (the contest's participants, set283), "4 "gương mặt" mới gồm ..." (the lead
# count of a list), "tối đa 10 thí sinh", "Hà Nội là 20", "tối đa 20-30 thí sinh", "40 em mỗi đội"
# (the rules of entry: set283's rules of an exam), "19/1", "năm học 2025-2026" (dates). Pillar null.
# Ids null.
# --------------------------------------------------------------------------
GIAI = "học sinh đạt giải kỳ thi chọn học sinh giỏi quốc gia"
D04 = dict(name="04_ca-nuoc-10-tinh-dan-dau-hsg-quoc-gia-2026", kind="result", year=2026, records=[
    PLACE("vị trí thứ «5.", "vị trí về số giải kỳ thi học sinh giỏi quốc gia", "=", 5, place="Hà Nội"),
    N("có gần «3.700 em", "em đạt giải kỳ thi chọn học sinh giỏi quốc gia năm học 2025-2026", "~", 3700),
    R("tỷ lệ «59%", "tỷ lệ thí sinh đạt giải", "=", 59),
    N("với «288 em", GIAI, "=", 288, place="TP HCM"),
    N("Ninh Bình («238)", GIAI, "=", 238, place="Ninh Bình"),
    N("Phú Thọ («229)", GIAI, "=", 229, place="Phú Thọ"),
    N("Hải Phòng («208)", GIAI, "=", 208, place="Hải Phòng"),
    PLACE("xuống thứ «5 với", "thứ hạng về số giải", "=", 5, place="Hà Nội"),
    N("với «207 giải", "giải học sinh giỏi quốc gia", "=", 207, place="Hà Nội"),
    N("Bắc Ninh («174 giải)", "giải học sinh giỏi quốc gia", "=", 174, place="Bắc Ninh"),
    N("Đà Nẵng («146)", "giải học sinh giỏi quốc gia", "=", 146, place="Đà Nẵng"),
    N("Lào Cai («134)", "giải học sinh giỏi quốc gia", "=", 134, place="Lào Cai"),
    N("Hưng Yên («125)", "giải học sinh giỏi quốc gia", "=", 125, place="Hưng Yên"),
    N("Thái Nguyên («125 giải)", "giải học sinh giỏi quốc gia", "=", 125, place="Thái Nguyên"),
    PLACE("trong top «10 năm", "địa phương nằm trong top về số giải học sinh giỏi quốc gia", "<=", 10, year=2025,
          place="Thái Nguyên"),
    N("với «23 em", "em đạt giải nhất", "=", 23, place="Hà Nội"),
    N("Hà Nội («15)", "em đạt giải nhất Đại học Quốc gia Hà Nội", "=", 15),
    N("lần lượt «10 và", "em đạt giải nhất", "=", 10, place="Nghệ An"),
    N("10 và «8 em", "em đạt giải nhất", "=", 8, place="Thanh Hóa"),
])

# --------------------------------------------------------------------------
# 05 The Politburo's Resolution 71 on a breakthrough in education: its targets for 2030 and 2035
# (dantri.com.vn; the stamp " date 2025-08-30" written as the first line; cut: the photo caption
# "Học sinh tiểu học điều khiển robot ... (Ảnh: Hoàng Hồng)." with the blank line after it; the
# excerpt ends in "công b"). Targets. Year 2030: "số người trong độ tuổi hoàn thành cấp THPT và
# tương đương đạt ít nhất 85%" (>=), "không có tỉnh, thành phố đạt dưới 60%" (>=: no province under
# 60% is every province at 60% or more; scope "tỉnh, thành phố": the sentence gives the country's
# value, then the provinces', as the spec's "phủ 75% hộ gia đình, 100% cấp xã"), "Chỉ số giáo dục
# đóng góp vào chỉ số phát triển con người (HDI) đạt trên 0,8" (>, other, unit_text null: an index
# value), "chỉ số bất bình đẳng giáo dục giảm xuống dưới 10%" (<). Year 2035: "chỉ số HDI đạt trên
# 0,85" (>), "Đồng thời, phấn đấu ít nhất 2 cơ sở giáo dục đại học thuộc nhóm 100 đại học hàng đầu
# thế giới" (>= 2, count; "Đồng thời" continues the 2035 paragraph; "nhóm 100" part of the subject,
# as set204's same phrase). Not quantities: "3 giai đoạn", "2030, 2035 và 2045", "năm 2045"
# (periods and dates), "từ 3 đến 5 tuổi" (the children's ages: part of the subject), "Nghị quyết
# 71" (a name). Pillar null. Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-nghi-quyet-71-muc-tieu-giao-duc-2030", kind="target", year=2030, records=[
    R("ít nhất «85%", "số người trong độ tuổi hoàn thành cấp THPT và tương đương", ">=", 85),
    R("dưới «60%.", "số người trong độ tuổi hoàn thành cấp THPT và tương đương, tỉnh, thành phố", ">=", 60,
      scope="tỉnh, thành phố"),
    R("đạt trên «0,8,", "chỉ số giáo dục đóng góp vào chỉ số phát triển con người (HDI)", ">", 0.8, unit="other"),
    R("dưới «10%", "chỉ số bất bình đẳng giáo dục", "<", 10),
    R("đạt trên «0,85", "chỉ số giáo dục đóng góp vào chỉ số HDI", ">", 0.85, unit="other", year=2035),
    N("ít nhất «2 cơ sở", "cơ sở giáo dục đại học thuộc nhóm 100 đại học hàng đầu thế giới trong một số lĩnh vực",
      ">=", 2, year=2035),
])

# --------------------------------------------------------------------------
# 06 The Prime Minister's approval of the scheme making English the second language in schools
# (vietnamnet.vn, a news round-up; the stamp " date 2025-10-30" written as the first line; nothing
# cut; the excerpt ends in "giáo dục v"). Targets of "giai đoạn 2025-2030": year 2030 (the period's
# end). "ít nhất 20% số cơ sở giáo dục đại học ... đạt mức độ 1" (>=), "3% cơ sở đạt mức độ 3"
# (bare, >=). NOT: "đạt mức độ 1,5% cơ sở đạt mức độ 2": the page fuses the label "mức độ 1," with
# the next target "5%" into "1,5%"; the 5% target is real but stands inside a number under the
# contract's reading (no anchor can fall on its "5"), so it is listed, not recorded (a judgement,
# see README). Not quantities: "mức độ 1 đến mức độ 3", "mức độ 2", "mức độ 3" (labels), "từ lớp 1"
# (a grade), "tất cả cơ sở" (no digit), "khoảng 50.000 cơ sở giáo dục" (the scheme's reach: the size
# of the population it applies to, as set245's "trên 350.000 học sinh của tỉnh"), "2025-2030" (a
# period). Pillar null. Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-de-an-tieng-anh-ngon-ngu-thu-hai-2025", kind="target", year=2030, records=[
    R("ít nhất «20% số", "số cơ sở giáo dục đại học trên cả nước (trừ các cơ sở dùng ngoại ngữ khác tiếng Anh) "
      "đạt mức độ 1", ">=", 20),
    R("và «3% cơ sở", "cơ sở giáo dục đại học đạt mức độ 3", ">=", 3),
], NOT=["mức độ «1,5% cơ sở"])

# --------------------------------------------------------------------------
# 07 Hà Nội, the city's plan for foreign languages in schools: targets for 2020 and 2025
# (kinhtedothi.vn; nothing cut; no byline, no stamp; the excerpt opens mid-article, "Theo đó, ...",
# and ends in "đư"). Targets, each taking the year of its lead "Đến năm 2020" / "Đến năm 2025" (the
# document's year is nowhere written). 2020: "100% học sinh tiểu học, THCS, THPT được học chương
# trình ngoại ngữ hệ 10 năm", "100% giáo viên ngoại ngữ ... đạt chuẩn", "30% giáo viên tiếng Anh ...
# được bồi dưỡng", "30% giáo viên dạy môn Toán và môn Khoa học bằng tiếng Anh ... đạt trình độ
# B2", "Cùng với đó, ... cho 100% các phòng học ngoại ngữ" and "tối thiểu 50% các phòng học có ti
# vi/màn hình ..." (the same 2020 block: "Cùng với đó" continues it). 2025: "100% các trường tiểu học
# dạy đủ chương trình tiếng Anh", "20% số THCS, THPT triển khai chương trình song ngữ", "Phấn đấu
# 50% cán bộ, công chức, viên chức (CB, CC, VC) đư[ợc ...]" (cut by the excerpt; the number and
# subject are whole). All >= (bare, "phấn đấu", "tối thiểu"). Not quantities: "hệ 10 năm", "khung
# năng lực ngoại ngữ 6 bậc" (twice), "B2", "ngoại ngữ 1", "ngoại ngữ thứ 2" (names and labels),
# "4 tiết/tuần" (the programme's hours: part of the subject "dạy đủ chương trình tiếng Anh 4
# tiết/tuần", a judgement). Pillar null. Ids null (the catalogue's schools' Internet share counts
# schools, not classrooms with a screen).
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-ngoai-ngu-muc-tieu-2020-2025", kind="target", year=2020, records=[
    R("2020, «100% học sinh", "học sinh tiểu học, THCS, THPT được học chương trình ngoại ngữ hệ 10 năm", ">=", 100),
    R("có «100% giáo viên", "giáo viên ngoại ngữ cấp học phổ thông đạt chuẩn về năng lực ngoại ngữ và phương pháp "
      "dạy học mới", ">=", 100),
    R("«30% giáo viên tiếng Anh", "giáo viên tiếng Anh THCS, THPT được bồi dưỡng phương pháp giảng dạy và nâng chuẩn "
      "nghe nói tại các nước sử dụng tiếng Anh là ngôn ngữ thứ nhất", ">=", 30),
    R("«30% giáo viên dạy", "giáo viên dạy môn Toán và môn Khoa học bằng tiếng Anh được đào tạo đạt trình độ B2",
      ">=", 30),
    R("cho «100% các phòng", "phòng học ngoại ngữ được rà soát, bổ sung và cấp mới trang thiết bị dạy học", ">=",
      100),
    R("tối thiểu «50% các", "phòng học có ti vi/màn hình hoặc thiết bị tương ứng khác nối mạng internet và các phần "
      "mềm ứng dụng dạy học ngoại ngữ", ">=", 50),
    R("2025, «100% các trường", "trường tiểu học dạy đủ chương trình tiếng Anh 4 tiết/tuần", ">=", 100, year=2025),
    R("«20% số THCS", "số THCS, THPT triển khai chương trình song ngữ", ">=", 20, year=2025),
    R("Phấn đấu «50% cán bộ", "cán bộ, công chức, viên chức (CB, CC, VC)", ">=", 50, year=2025),
])

# --------------------------------------------------------------------------
# 08 Quảng Nam, the notice of the second round of the provincial pupils' contest for upper
# secondary schools, school year 2022 - 2023 (baoquangnam.vn; nothing cut; no byline, no stamp;
# the excerpt ends in "tỉnh T"). A precision text: dates, grades, rules. One record: "Kỳ thi được
# tổ chức tại 7 điểm thi" (count =, the exam sites the department set up, as set283 counts exam
# sites; year 2023, the contest's "15/3/2023"). Not quantities: "15/3/2023" (a date), "năm học 2022 -
# 2023" (twice), "đợt 2", "đợt 1" (rounds), "lớp 10, lớp 11", "lớp 12", "Khối lớp 10, 11" (grades),
# "1 môn trong số 9 môn" (a rule of entry and the contest's programme), "2 bảng dự thi" (the
# contest's groups), "Bảng A", "bảng B" (names). Pillar null. Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangnam-hsg-cap-tinh-dot-2-2023-precision", kind="result", year=2023, records=[
    N("tại «7 điểm thi", "điểm thi kỳ thi học sinh giỏi cấp tỉnh THPT đợt 2", "=", 7),
])

# --------------------------------------------------------------------------
# 09 The Prime Minister's Decision 2371/QĐ-TTg approving the scheme "Đưa tiếng Anh thành ngôn ngữ
# thứ hai trong trường học giai đoạn 2025-2035" (thuviennhadat.vn, its second page: the decision's
# header and preamble; nothing cut; the excerpt ends in "đồng thu"). A precision text, no record:
# every number is a document number ("2371/QĐ-TTg", "71-NQ/TW", "91-KL/TW", "29-NQ/TW", "51/NQ-CP",
# "1737/TTr-BGDĐT"), a date ("ngày 27 tháng 10 năm 2025", "18 tháng 02 năm 2025", "14 tháng 6 năm
# 2019", ...), a period ("2025-2035", "năm 2045") or a list label ("1."). Year 2025.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-quyet-dinh-2371-tieng-anh-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 10 TP.HCM, the city's department of education on its two phases for English as a second language
# (plo.vn; the stamp " date 2025-11-02" written as the first line; cut: the photo caption "Ông
# Nguyễn Văn Hiếu, Giám đốc Sở GD&ĐT TP.HCM. Ảnh: NGUYỄN QUYÊN" with the blank line after it; the
# excerpt ends in "nhân r"). A precision text, no record: "02/11/2025 16:51" (a date and time),
# "Kết luận 91" (a name), "Hai giai đoạn" (no digit), "Giai đoạn 1 (2025-2026)", "Giai đoạn 2
# (2027-2030)" (phases and periods). Year 2025.
# --------------------------------------------------------------------------
D10 = dict(name="10_tphcm-lo-trinh-tieng-anh-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Vietnamese pupils' results at the international Olympiads and the science and engineering fair
# of 2023 (vtc.vn; the stamp " date 2023-12" written as the first line; cut: the photo caption "Thứ
# trưởng Ngô Thị Minh (giữa) trao bằng khen ... (Ảnh: Bộ GD&ĐT)" with the blank line after it; the
# excerpt ends in "đổi m"). Results, year 2023. Counts (=): "8 huy chương vàng, 12 huy chương bạc, 12
# huy chương đồng và 4 bằng khen", "1 dự án đoạt giải chính thức và 1 dự án đoạt giải đặc biệt";
# rank "nằm trong top 10 quốc gia đạt kết quả cao nhất" (`<=`, spec); money "giá trị giải thưởng
# 2.000 USD" (other, "USD"; the prize the project won, as 01's rewards). Not quantities: "cử 7 đoàn
# học sinh giỏi (36 lượt học sinh)", "1 đoàn Tin học", "1 đoàn Vật lý", "5 đoàn" (the teams sent:
# the contests' participants, set283), "16/12" (a date). Pillar null. Ids null.
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-olympic-quoc-te-huy-chuong-2023", kind="result", year=2023, records=[
    N("đạt «8 huy chương vàng", "huy chương vàng các đoàn học sinh Việt Nam đạt tại các kỳ thi Olympic khu vực và "
      "quốc tế", "=", 8),
    N("«12 huy chương bạc", "huy chương bạc", "=", 12),
    N("«12 huy chương đồng", "huy chương đồng", "=", 12),
    N("«4 bằng khen", "bằng khen", "=", 4),
    PLACE("top «10 quốc gia", "các đội tuyển học sinh Việt Nam nằm trong top quốc gia đạt kết quả cao nhất", "<=",
          10),
    N("có «1 dự án đoạt giải chính", "dự án của đoàn Việt Nam đoạt giải chính thức tại hội thi Khoa học kỹ thuật "
      "quốc tế", "=", 1),
    N("và «1 dự án đoạt giải đặc", "dự án đoạt giải đặc biệt", "=", 1),
    R("thưởng «2.000 USD", "giá trị giải thưởng", "=", 2000, unit="other", unit_text="USD"),
])

# --------------------------------------------------------------------------
# 12 Thanh Hóa, the ceremony honouring the pupils and teachers with prizes at the national pupils'
# contest of the school year 2022-2023 (giaoducthoidai.vn; cut: the photo caption "Bí thư Tỉnh ủy
# Thanh Hóa Đỗ Trọng Hưng phát biểu tại buổi lễ. Ảnh: TL. |"; no byline, no stamp; the excerpt ends
# in "Chủ tịch "). Results, year 2023 (the school year's end year; the ceremony "19/3"). Counts (=):
# "trao thưởng 61 học sinh (HS) và 18 giáo viên (GV)", "61/78 học sinh dự thi đoạt giải" (61; 78 the
# participants), "3 giải Nhất; 15 giải Nhì; 22 giải Ba; 21 giải Khuyến khích", "60 HS của Trường
# THPT Chuyên Lam Sơn ... và 1 HS của Trường THPT Hậu Lộc 4" (the schools in the indicator, set283),
# "6 HS được chọn vào vòng 2 ... gồm: môn Toán học (2 HS), Vật lý (2 HS), Sinh học (1 HS), Tin học
# (1 HS)" (the lead count, then one record per subject: a bracket's breakdown, set283). Rate "Tỷ lệ
# HS đoạt giải so với số lượng HS dự thi là 78,21%" (=), rank "xếp thứ 6 toàn quốc" (=). "nằm trong
# nhóm các tỉnh có tổng số HS đoạt giải cao nhất toàn quốc (từ 50 giải trở lên)": a count `>=` 50
# (the group's bound states the province's value; a judgement). Not quantities: "tăng lên 3 giải"
# (a change), "Trong 61 giải có ..." (the total restated as the lead of its breakdown, no new
# statement; a judgement), "Hậu Lộc 4" (a school's name), "vòng 2" (twice, a round), "năm học
# 2022-2023", "năm học 2021 - 2022", "19/3" (dates). Pillar null. Ids null.
# --------------------------------------------------------------------------
D12 = dict(name="12_thanhhoa-hsg-quoc-gia-tuyen-duong-2023", kind="result", year=2023, records=[
    N("trao thưởng «61 học sinh", "học sinh có HS đạt giải quốc gia THPT được tuyên dương, trao thưởng", "=", 61),
    N("và «18 giáo viên", "giáo viên (GV) có HS đạt giải quốc gia THPT được tuyên dương, trao thưởng", "=", 18),
    N("có «61/78", "học sinh dự thi đoạt giải Kỳ thi học sinh giỏi Quốc gia THPT", "=", 61),
    N("gồm: «3 giải Nhất", "giải Nhất", "=", 3),
    N("«15 giải Nhì", "giải Nhì", "=", 15),
    N("«22 giải Ba", "giải Ba", "=", 22),
    N("«21 giải Khuyến khích", "giải Khuyến khích", "=", 21),
    N("có «60 HS", "HS của Trường THPT Chuyên Lam Sơn đoạt giải", "=", 60),
    N("và «1 HS của", "HS của Trường THPT Hậu Lộc 4 đoạt giải", "=", 1),
    R("là «78,21%", "tỷ lệ HS đoạt giải so với số lượng HS dự thi", "=", 78.21),
    PLACE("xếp thứ «6 toàn", "tỷ lệ HS đoạt giải xếp thứ toàn quốc", "=", 6),
    N("(từ «50 giải", "tổng số HS đoạt giải của tỉnh, nhóm các tỉnh cao nhất toàn quốc", ">=", 50),
    N("có «6 HS được", "HS được chọn vào vòng 2 dự thi chọn đội tuyển Olympic Quốc tế", "=", 6),
    N("Toán học («2 HS)", "HS môn Toán học được chọn vào vòng 2", "=", 2),
    N("Vật lý («2 HS)", "HS môn Vật lý được chọn vào vòng 2", "=", 2),
    N("Sinh học («1 HS)", "HS môn Sinh học được chọn vào vòng 2", "=", 1),
    N("Tin học («1 HS)", "HS môn Tin học được chọn vào vòng 2", "=", 1),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
