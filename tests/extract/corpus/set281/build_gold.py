#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set281).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against the same period of the year before); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml (`iid=`); the theme (drugs, crime, public order) lies outside
the catalogue, so all but one are null (see README).

The theme's counts are written with `N(...)` (a count result, `=`), a partial of goldkit's `R`.

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

N = functools.partial(R, op="=", unit="count")  # a count reached: N(loc, indicator, value=...)
GRAM = dict(unit="other", unit_text="gram")
DONG = dict(unit="other", unit_text="đồng")
EID_ACT = "society.eid_accounts_activated_count"

# --------------------------------------------------------------------------
# 01 Cà Mau's legal-education site (pbgdpl.camau.gov.vn) on the approval of the drug-prevention
# programme 2021-2025: its general aim and its specific targets. Nothing cut; no stamp, no byline;
# the excerpt ends in "Ch". Kind target. Year 2025: the text's only year ("Phấn đấu dến năm 2025"),
# the programme's horizon, given to its yearly targets too (as set241's "Hằng năm" took the plan's
# horizon). Ops: "dưới" `<`; "Trên"/"trên" `>`; "tăng từ 5%", "tăng từ 50%" `>=` (a target stated as
# a change is a quantity, spec; "từ X" = from X up); bare "100%" `>=`. "kiềm chế tỷ lệ gia tăng số
# người nghiện ma túy và số xã ... dưới 1%": one value stated once, one record. "tại 100% số xã,
# phường, thị trấn, trường học, khu công nghiệp, khu chế xuất": one record, scope null (one value for
# all kinds of place). Pillar null. Not quantities: "năm 2025" (a date). Ids null.
# --------------------------------------------------------------------------
D01 = dict(name="01_camau-chuong-trinh-phong-chong-ma-tuy-2025", kind="target", year=2025, records=[
    R("ma túy dưới «1% so", "tỷ lệ gia tăng số người nghiện ma túy và số xã, phường, thị trấn không có tệ nạn ma túy "
      "so với năm trước", "<", 1),
    R("Trên «80% số người", "số người nghiện và người sử dụng trái phép chất ma túy có hồ sơ quản lý được tiếp cận "
      "dịch vụ tư vấn, điều trị, cai nghiện ma túy, hỗ trợ hoà nhập cộng đồng", ">", 80),
    R("năm tăng từ «5% so", "số vụ phạm tội về ma túy được phát hiện, bắt giữ hàng năm tăng so với năm trước", ">=",
      5),
    R("trước; trên «90% số vụ án", "số vụ án ma túy được giải quyết, xét xử", ">", 90),
    R("xét xử; «100% các vụ việc", "các vụ việc có thông tin về vận chuyển trái phép chất ma túy qua đường biên, hàng "
      "không, chuyển phát nhanh được xác minh làm rõ", ">=", 100),
    R("xóa tăng từ «50% so", "số điểm, tụ điểm phức tạp về ma túy được triệt xóa tăng so với năm trước", ">=", 50),
    R("triệt xóa trên «80% số", "số “điểm nóng” về ma túy được triệt xóa", ">", 80),
    R("phù hợp tại «100% số xã", "số xã, phường, thị trấn, trường học, khu công nghiệp, khu chế xuất được tổ chức "
      "tuyên truyền, phổ biến, giáo dục các kiến thức phòng, chống ma túy", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 National: the drug-prevention programme to 2030 and some of its targets (vov1.vov.gov.vn; nothing
# cut; no stamp, no byline; the excerpt ends in "tham gi"). Kind target, year 2030 ("chỉ tiêu phấn đấu
# thực hiện đến năm 2030"; the yearly "Hằng năm ..." targets take the horizon). Ops: "trên" `>`,
# "dưới" `<`, "Ít nhất" `>=`, the bare "90% người sau cai nghiện" `>=`. "dưới 1%/năm": %, the rate
# per year. Targets stated as a change ("tăng trên 3%") are quantities (spec). Each target its own
# record, each its own subject. Pillar null. Not quantities: "03 nhóm mục tiêu", "03 nhóm chỉ tiêu"
# (counts of groups of targets, spec), "năm 2030". Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_toanquoc-chuong-trinh-ma-tuy-chi-tieu-2030", kind="target", year=2030, records=[
    R("chuyển phát nhanh tăng trên «3%", "số vụ phạm tội về ma túy được phát hiện, bắt giữ tại khu vực biên giới, "
      "tuyến đường biển, đường hàng không, chuyển phát nhanh tăng hằng năm", ">", 3),
    R("xuyên quốc gia được phát hiện, bắt giữ tăng trên «3%", "số vụ phạm tội về ma túy có tổ chức xuyên quốc gia "
      "được phát hiện, bắt giữ tăng", ">", 3),
    R("triệt phá tăng trên «5%", "số vụ phạm tội lợi dụng không gian mạng được phát hiện, triệt phá tăng", ">", 5),
    R("góp phần tăng trên «3% số vụ", "số vụ phạm tội về ma túy được phát hiện, bắt giữ toàn quốc mỗi năm tăng", ">",
      3),
    R("người nghiện dưới «1%/năm", "tỷ lệ gia tăng người nghiện", "<", 1),
    R("chất ma túy dưới «1%/năm", "tỷ lệ gia tăng người sử dụng trái phép chất ma túy", "<", 1),
    R("Ít nhất «80% người", "người nghiện ma túy được tư vấn cai nghiện", ">=", 80),
    R("cai nghiện; «90% người sau", "người sau cai nghiện ma túy được hỗ trợ phòng, chống tái nghiện ma tuý và hòa "
      "nhập cộng đồng", ">=", 90),
    R("cộng đồng. Trên «90% người", "người nghiện ma túy, người sau cai nghiện ma túy và gia đình người nghiện ma tuý "
      "được cung cấp, tiếp cận chính sách, pháp luật, thông tin hệ thống dịch vụ về cai nghiện", ">", 90),
    R("Trên «90% người nghiện ma tuý, người sử dụng", "người nghiện ma tuý, người sử dụng trái phép chất ma tuý, người "
      "cai nghiện ma tuý, người tham gia điều trị nghiện ma tuý, người sau cai nghiện ma túy được hỗ trợ và can "
      "thiệp về y tế, tâm lý", ">", 90),
    R("toàn quốc đạt trên «20%", "tỷ lệ xã, phường, thị trấn không có ma túy trên toàn quốc", ">", 20),
])

# --------------------------------------------------------------------------
# 03 Thừa Thiên Huế (TP. Huế), the scheme for drug-free communes and wards 2025-2030, January 2026
# (huengaynay.vn; the stamp " date 2026-01-15" written as the first line, the photo caption that
# followed it on the same line kept (part of a line); cut: the photo caption "Công an phường Vỹ Dạ
# dvới pano, ..." with the blank line after it; the excerpt ends in "Phát biểu kế"). Result: "đến năm
# 2025, TP. Huế đã có 30% xã, phường đạt tiêu chí" (=, 2025). Targets: "mỗi năm tăng tối thiểu 15%"
# (>=, a yearly target taking the scheme's horizon 2030, as set241), "đến năm 2030 hoàn thành 100%"
# (>=, 2030), "Năm 2026, ... đưa 11 xã, phường vào diện xây dựng" (a count target of 2026, bare `>=`).
# Pillar null. Not quantities: "2025 - 2030" (dates), "A Lưới 2", "A Lưới 1" (names of communes).
# Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hue-xa-phuong-khong-ma-tuy-2026", kind="target", year=2030, records=[
    R("Huế đã có «30% xã", "xã, phường đạt tiêu chí “xã, phường không ma túy”", "=", 30, kind="result",
      year=2025),
    R("tăng tối thiểu «15% số xã", "số xã, phường đạt tiêu chí “không ma túy” tăng mỗi năm", ">=", 15),
    R("hoàn thành «100% xã", "xã, phường không ma túy", ">=", 100),
    R("đồng thời đưa «11 xã", "xã, phường đưa vào diện xây dựng “xã, phường không ma túy”", ">=", 11, **CNT,
      year=2026),
])

# --------------------------------------------------------------------------
# 04 Lạng Sơn, the plan for drug-free communes and wards 2026-2030 (langson.gov.vn; cut: the photo
# caption "Ảnh minh hoạ"; no stamp, no byline; the excerpt ends in "trong phòng, "). A precision text:
# one record among dates and a document number. Target "bảo đảm đến năm 2030, 100% xã, phường của
# tỉnh đạt chuẩn" (>=, 2030). Pillar null. Not quantities: "2026 - 2030", "năm 2030", "18/3/2026"
# (dates), "96/KH-UBND" (a document). Id null.
# --------------------------------------------------------------------------
D04 = dict(name="04_langson-ke-hoach-xa-khong-ma-tuy-2026-precision", kind="target", year=2030, records=[
    R("năm 2030, «100% xã", "xã, phường của tỉnh đạt chuẩn “xã, phường không ma túy” và duy trì ổn định", ">=",
      100),
])

# --------------------------------------------------------------------------
# 05 An Giang, communes recognised drug-free in 2025, January 2026 (plo.vn; the stamp " date 2026-01-12"
# written as the first line; cut: the photo caption "Ông Nguyễn Thanh Phong, ... Ảnh: CAAG" with the
# blank line after it; the excerpt ends in "giữ"). Year 2025 (the results of "năm 2025"). Results
# (=, count): the headline's and the lead's "1 đặc khu và 26 xã" (two records each: a breakdown by kind
# of unit, each its own subject, scope null), "725 vụ, với 1.233 người", "71 vụ vi phạm", "27 xã,
# đặc khu", the closing "26 xã" of "gồm một đặc khu và 26 xã", "10 địa phương chưa được giao chỉ tiêu
# ... đã chủ động đăng ký và hoàn thành". Pillar null. Not quantities: "102 đơn vị hành chính cấp xã"
# (the size of the province, as earlier sets' sizes), "12/01/2026 19:29", "12-1" (dates, a time),
# "Điều 256a" (a name), "một vụ", "một đặc khu" (no digits). Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_angiang-dia-ban-khong-ma-tuy-2025", kind="result", year=2025, records=[
    N("An Giang có «1 đặc khu", "đặc khu được công nhận địa bàn không ma túy", value=1),
    N("«26 xã được công nhận địa bàn không ma túy 12", "xã được công nhận địa bàn không ma túy", value=26),
    N("có «1 đặc khu và 26 xã được công nhận địa bàn không ma túy năm", "đặc khu được công nhận địa bàn không ma túy",
      value=1),
    N("có 1 đặc khu và «26 xã được công nhận địa bàn không ma túy năm", "xã được công nhận địa bàn không ma túy",
      value=26),
    N("xử lý «725 vụ", "vụ liên quan đến ma túy được lực lượng Cảnh sát điều tra phát hiện, bắt và xử lý", value=725),
    N("với «1.233 người", "người liên quan đến các hành vi tàng trữ, vận chuyển, mua bán, tổ chức và sử dụng trái "
      "phép chất ma túy", value=1233),
    N("phát hiện «71 vụ", "vụ vi phạm tội sử dụng trái phép chất ma túy được phát hiện", value=71),
    N("toàn tỉnh có «27 xã", "xã, đặc khu được công nhận đạt tiêu chí “địa bàn không ma túy”", value=27),
    N("đặc khu và «26 xã. ", "xã được công nhận đạt tiêu chí “địa bàn không ma túy”", value=26),
    N("có «10 địa phương", "địa phương chưa được giao chỉ tiêu nhưng đã chủ động đăng ký và hoàn thành địa bàn không "
      "ma túy", value=10),
])

# --------------------------------------------------------------------------
# 06 Gia Lai, drug cases caught since the start of 2023, April 2023 (gialaitv.vn; the stamp
# " date 2023-04" written as the first line; cut: the byline "Đoàn Bình – Thanh Sáng" with the blank
# line before it; no other cut). Year 2023 ("Từ đầu năm 2023 đến nay"). Results (=): the headline's
# and the body's "43 vụ", "63 đối tượng", "25 vụ với 78 đối tượng" (counts); the drugs seized, each
# its own subject: "1,892 gram Heroin" (1.892, decimal comma), "157,88 gram", "197,68 gram", "44,7
# gram" (unit other, "gram"), "13,6kg cây cần sa" (other, "kg"). The seizures are the province's
# totals for the period, reported results (a judgement; set241 left out only one case's amounts).
# Not quantities: "tăng 5 vụ, tăng 19 đối tượng" (a change against the same period, spec), "năm
# 2022", "năm 2023". Pillar null. Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_gialai-bat-giu-ma-tuy-2023", kind="result", year=2023, records=[
    N("bắt giữ «43 vụ tàng trữ", "vụ tàng trữ, vận chuyển, mua bán và tổ chức sử dụng trái phép chất ma túy phát hiện, "
      "bắt giữ", value=43),
    N("bắt giữ «43 vụ với", "vụ tàng trữ, vận chuyển, mua bán và tổ chức sử dụng trái phép chất ma túy phát hiện, "
      "bắt giữ", value=43),
    N("với «63 đối tượng", "đối tượng tàng trữ, vận chuyển, mua bán và tổ chức sử dụng trái phép chất ma túy", value=63),
    R("thu giữ «1,892 gram", "Heroin thu giữ", "=", 1.892, **GRAM),
    R("«157,88 gram", "ma túy dạng khay thu giữ", "=", 157.88, **GRAM),
    R("«197,68 gram", "thuốc lắc thu giữ", "=", 197.68, **GRAM),
    R("«44,7 gram", "ma túy đá thu giữ", "=", 44.7, **GRAM),
    R("«13,6kg", "cây cần sa thu giữ", "=", 13.6, unit="other", unit_text="kg"),
    N("xử lý «25 vụ", "vụ sử dụng trái phép chất ma túy phát hiện, xử lý", value=25),
    N("với «78 đối tượng", "đối tượng sử dụng trái phép chất ma túy phát hiện, xử lý", value=78),
])

# --------------------------------------------------------------------------
# 07 Tiền Giang, the month of action against drugs, June 2022 (thtg.vn; the stamp " date 2022-07"
# written as the first line; cut: the photo caption "Các vụ bắt quả tang ... Ảnh: Trọng Tín" and the
# byline "Mạnh Cường", each with a blank line). Year 2022. Results: the lead's "15 vụ, bắt giữ 90 đối
# tượng ... và trên 155 gram ma túy" (counts =, gram >); the police's "13 vụ, 78 đối tượng"; the
# seizures "hơn 145,1 gam" (>, unit_text "gam" as written), "gần 5,2 gam" (~), "04 xe mô tô", "21
# điện thoại di động" (counts), "trên 9,1 triệu đồng" (>, money 9.1e6). "11/12 vụ đối tượng", "02 /03
# vụ đối tượng": N cases / M people (11 + 2 = 13 cases, 12 + 3 + 63 = 78 people): both numbers are
# counts, two records each, not a share. The border guards' "02 /12 vụ đối tượng" likewise, and their
# seizures "10 gram ma túy đá", "02 xe mô tô", "02 bộ dụng cụ", "01 khẩu súng", "05 viên đạn cao su",
# "01 cây súng bút", "01 dao tự chế" (counts =). Not quantities: "giảm 06 vụ, 183 đối tượng" (a change
# against the same period, spec), "01 tháng" (the length of the campaign), "26/6" (a date), "02 bánh"
# (a kind of motorbike, a name), "năm 2021". Pillar null. Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_tiengiang-thang-hanh-dong-ma-tuy-2022", kind="result", year=2022, records=[
    N("phát hiện «15 vụ", "vụ liên quan đến ma túy phát hiện trong Tháng hành động", value=15),
    N("bắt giữ «90 đối tượng", "đối tượng có liên quan đến ma túy bắt giữ trong Tháng hành động", value=90),
    R("và trên «155 gram", "ma túy bắt giữ trong Tháng hành động", ">", 155, **GRAM),
    N("xử lý «13 vụ", "vụ có liên quan đến ma túy ngành Công an phát hiện, bắt giữ và xử lý", value=13),
    N("«78 đối tượng có liên quan", "đối tượng có liên quan đến ma túy ngành Công an phát hiện, bắt giữ và xử lý",
      value=78),
    R("hơn «145,1 gam", "ma túy tổng hợp thu giữ", ">", 145.1, unit="other", unit_text="gam"),
    R("gần «5,2 gam", "cần sa khô thu giữ", "~", 5.2, unit="other", unit_text="gam"),
    N("khô; «04 xe mô tô", "xe mô tô thu giữ", value=4),
    N("«21 điện thoại", "điện thoại di động thu giữ", value=21),
    R("trên «9,1 triệu đồng", "tiền Việt Nam thu giữ", ">", 9.1e6, **DONG),
    N("có «11/12 vụ", "vụ thuộc hành vi tàng trữ trái phép chất ma túy", value=11),
    N("có 11/«12 vụ", "đối tượng thuộc hành vi tàng trữ trái phép chất ma túy", value=12),
    N("ma túy; «02 /03", "vụ mua bán trái phép chất ma túy", value=2),
    N("ma túy; 02 /«03", "đối tượng mua bán trái phép chất ma túy", value=3),
    N("và «63 đối tượng", "đối tượng sử dụng trái phép chất ma túy", value=63),
    N("bắt giữ «02 /12", "vụ tàng trữ, sử dụng trái phép chất ma túy Bộ đội Biên phòng phát hiện, bắt giữ",
      value=2),
    N("bắt giữ 02 /«12", "đối tượng tàng trữ, sử dụng trái phép chất ma túy Bộ đội Biên phòng phát hiện, bắt giữ",
      value=12),
    R("thu giữ: «10 gram", "ma túy đá thu giữ (Bộ đội Biên phòng)", "=", 10, **GRAM),
    N("đá, «02 xe mô tô", "xe mô tô 02 bánh thu giữ (Bộ đội Biên phòng)", value=2),
    N("«02 bộ dụng cụ", "bộ dụng cụ sử dụng ma túy đá thu giữ", value=2),
    N("«01 khẩu súng", "khẩu súng thu giữ", value=1),
    N("«05 viên đạn", "viên đạn cao su thu giữ", value=5),
    N("«01 cây súng bút", "cây súng bút thu giữ", value=1),
    N("«01 dao", "dao tự chế thu giữ", value=1),
])

# --------------------------------------------------------------------------
# 08 Quảng Nam, the mountain districts' police, the 2024 emulation review, November 2024
# (baoquangnam.vn; the stamp " date 2024-11" written as the first line; cut: the two photo captions
# "Cụm thi đua Công an các huyện miền núi ... Ảnh: HIỀN THÚY" and "Trung tá Lương Quốc Nghĩa ... Ảnh:
# HIỀN THÚY", each with a blank line; the excerpt ends in "1 đơn vị; "). Year 2024. Results (=,
# count): the headline's and the body's "91/97 vụ" (91 cases cleared; "/97" the denominator),
# "193/193 thông tin" (193 reports received and handled; "/193" the denominator), "158 vụ/287 bị can",
# "19 vụ/36 bị can", "13 vụ/22 bị can" (N cases / M accused: two counts each), "22 vụ tai nạn giao
# thông làm 14 người chết, 14 người bị thương", "10.519 hồ sơ căn cước", "27.301 tài khoản định danh
# điện tử", "430 khẩu súng", "17 vũ khí thô sơ", "348 viên đạn", "205 triệu đồng" (money, other
# "đồng") "cho 4 hộ gia đình". Not quantities: "20/11" (a date), "từ đủ 14 tuổi" (an age
# threshold), "1 đơn vị" proposed for the Ministry's flag (an award, not a result of the work; a
# judgement). Pillar null. Ids: EID_ACT for the activated eID accounts; the ID-card dossiers null
# (the catalogue's registrations are eID registrations, not ID cards).
# --------------------------------------------------------------------------
D08 = dict(name="08_quangnam-huyen-mien-nui-an-ninh-trat-tu-2024", kind="result", year=2024, records=[
    N("miền núi làm rõ «91/97", "vụ tội phạm xâm phạm trật tự xã hội làm rõ", value=91),
    N("xử lý «193/193", "thông tin tiếp nhận và xử lý", value=193),
    N("«158 vụ/287", "vụ thụ lý điều tra", value=158),
    N("158 vụ/«287 bị can", "bị can thụ lý điều tra", value=287),
    N("điều tra làm rõ «91/97", "vụ tội phạm xâm phạm trật tự xã hội điều tra làm rõ", value=91),
    N("khởi tố «19 vụ", "vụ vi phạm pháp luật về kinh tế, chức vụ và môi trường khởi tố", value=19),
    N("19 vụ/«36 bị can", "bị can vi phạm pháp luật về kinh tế, chức vụ và môi trường khởi tố", value=36),
    N("khởi tố «13 vụ", "vụ khởi tố về các tội tổ chức sử dụng, tàng trữ, mua bán trái phép chất ma túy",
      value=13),
    N("13 vụ/«22 bị can", "bị can khởi tố về các tội tổ chức sử dụng, tàng trữ, mua bán trái phép chất ma túy",
      value=22),
    N("xảy ra «22 vụ", "vụ tai nạn giao thông", value=22),
    N("làm «14 người chết", "người chết tai nạn giao thông", value=14),
    N("chết, «14 người bị thương", "người bị thương tai nạn giao thông", value=14),
    N("thu nhận «10.519", "hồ sơ căn cước thu nhận", value=10519),
    N("kích hoạt «27.301", "tài khoản định danh điện tử kích hoạt", value=27301, iid=EID_ACT),
    N("thu hồi «430 khẩu", "khẩu súng các loại nhân dân giao nộp, thu hồi", value=430),
    N("«17 vũ khí", "vũ khí thô sơ nhân dân giao nộp, thu hồi", value=17),
    N("«348 viên", "viên đạn nhân dân giao nộp, thu hồi", value=348),
    R("Trao «205 triệu đồng", "trao cho hộ gia đình khó khăn xây dựng nhà tình nghĩa", "=", 205e6, **DONG),
    N("cho «4 hộ", "hộ gia đình khó khăn trao xây dựng nhà tình nghĩa", value=4),
])

# --------------------------------------------------------------------------
# 09 Bà Rịa - Vũng Tàu, the provincial police's 2023 review, January 2024 (baobariavungtau.com.vn; the
# stamp " date 2024-01" written as the first line; cut: the byline "TRÍ NHÂN" with the blank line
# before it). Year 2023. Results (=): "788 vụ vi phạm về TTXH", "695 vụ, với 1.408 đối tượng (đạt tỷ lệ
# 88,2%)", "121/127 vụ án rất nghiêm trọng và đặc biệt nghiêm trọng (đạt tỷ lệ 95,3%)", "35/36 vụ
# (đạt tỷ lệ 97,2%)" (the counts cleared and the clearance rates; the "/127", "/36" denominators),
# "138 vụ, 188 đối tượng" (corruption, economy, smuggling), "1.525 vụ với 1.827 đối tượng" (drug
# use), "426 vụ TNGT đường bộ, làm 207 người chết và 335 người bị thương". Scope null (kinds of crime
# are kinds of thing, set241). Not quantities: "giảm 88 vụ", "ít hơn 24 vụ, nhiều hơn 12 đối tượng",
# "giảm 70 vụ, giảm 44 người chết và giảm 41 người bị thương" (changes against 2022, spec), "giảm cả 3
# tiêu chí" (a count of criteria), "11/1" (a date). Pillar null. Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_bariavungtau-tong-ket-cong-an-2023", kind="result", year=2023, records=[
    N("xảy ra «788 vụ", "vụ vi phạm về TTXH", value=788),
    N("làm rõ «695 vụ", "vụ vi phạm về TTXH được điều tra, làm rõ", value=695),
    N("với «1.408 đối tượng", "đối tượng vi phạm về TTXH điều tra, làm rõ", value=1408),
    R("tỷ lệ «88,2%", "tỷ lệ điều tra, làm rõ vụ vi phạm về TTXH", "=", 88.2),
    N("làm rõ «121/127", "vụ án rất nghiêm trọng và đặc biệt nghiêm trọng được điều tra, làm rõ", value=121),
    R("tỷ lệ «95,3%", "tỷ lệ điều tra, làm rõ vụ án rất nghiêm trọng và đặc biệt nghiêm trọng", "=", 95.3),
    N("làm rõ «35/36", "vụ án đặc biệt nghiêm trọng được điều tra làm rõ", value=35),
    R("tỷ lệ «97,2%", "tỷ lệ điều tra làm rõ án đặc biệt nghiêm trọng", "=", 97.2),
    N("bắt giữ «138 vụ", "vụ vi phạm, phạm tội về tham nhũng, kinh tế, buôn lậu được phát hiện, bắt giữ", value=138),
    N("«188 đối tượng", "đối tượng vi phạm, phạm tội về tham nhũng, kinh tế, buôn lậu được phát hiện, bắt giữ",
      value=188),
    N("và «1.525 vụ", "vụ có hành vi sử dụng trái phép chất ma túy được phát hiện, bắt giữ", value=1525),
    N("với «1.827 đối tượng", "đối tượng có hành vi sử dụng trái phép chất ma túy được phát hiện, bắt giữ",
      value=1827),
    N("xảy ra «426 vụ", "vụ TNGT đường bộ", value=426),
    N("làm «207 người chết", "người chết TNGT đường bộ", value=207),
    N("«335 người bị thương (", "người bị thương TNGT đường bộ", value=335),
])

# --------------------------------------------------------------------------
# 10 Hòa Bình, crime and public order in the first half of 2023 (hoabinh.gov.vn; nothing cut; no
# stamp, no byline; the excerpt ends in "tăng c"). Year 2023 ("6 tháng đầu năm 2023"). Results (=):
# "318 vụ vi phạm pháp luật", "180 vụ phạm tội về trật tự xã hội", "62 người bị thương", "tài sản
# thiệt hại ước tính 5 tỷ đồng" (money, 5e9; "ước tính" as the spec's "ước đạt", `=`), the kinds of
# crime "trộm cắp tài sản 53 vụ (29,44%), cố ý gây thương tích 45 vụ (25%), đánh bạc 33 vụ
# (18,33%)" (count and share each: the bracket states a value, spec), "07 vụ, 11 đối tượng" (economy),
# "10 vụ, 30 đối tượng" (corruption), "120 vụ ..., 184 đối tượng" (drugs), "01 vụ, 01 đối tượng"
# (forest), "34 vụ tai nạn giao thông, làm chết 26 người, bị thương 30 người". Not quantities: every
# "so với cùng kỳ năm 2022 ... nhiều hơn / ít hơn N" and its "(4,95%)", "= 1,6% (180/183 vụ)" (changes
# against the same period, spec; the two percentages in NOT; "180/183" restates this year's and last
# year's counts for the change), "6 tháng đầu năm 2023", "năm 2022" (dates). Pillar null. Ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_hoabinh-toi-pham-6-thang-2023", kind="result", year=2023, records=[
    N("phát hiện «318 vụ", "vụ vi phạm pháp luật xảy ra và phát hiện", value=318),
    N("Xảy ra «180 vụ", "vụ phạm tội về trật tự xã hội", value=180),
    N("làm «62 người", "người bị thương hậu quả phạm tội về trật tự xã hội", value=62),
    R("ước tính «5 tỷ đồng", "tài sản thiệt hại hậu quả phạm tội về trật tự xã hội", "=", 5e9, **DONG),
    N("tài sản «53 vụ", "vụ trộm cắp tài sản", value=53),
    R("(«29,44%)", "tỷ lệ trộm cắp tài sản trong các vụ phạm tội về trật tự xã hội", "=", 29.44),
    N("thương tích «45 vụ", "vụ cố ý gây thương tích", value=45),
    R("(«25%)", "tỷ lệ cố ý gây thương tích trong các vụ phạm tội về trật tự xã hội", "=", 25),
    N("đánh bạc «33 vụ", "vụ đánh bạc", value=33),
    R("(«18,33%)", "tỷ lệ đánh bạc trong các vụ phạm tội về trật tự xã hội", "=", 18.33),
    N("Phát hiện «07 vụ", "vụ phạm tội về kinh tế được phát hiện", value=7),
    N("«11 đối tượng", "đối tượng phạm tội về kinh tế được phát hiện", value=11),
    N("phát hiện «10 vụ", "vụ phạm tội về tham nhũng được phát hiện", value=10),
    N("«30 đối tượng", "đối tượng phạm tội về tham nhũng được phát hiện", value=30),
    N("Phát hiện «120 vụ", "vụ phạm tội về ma túy được phát hiện", value=120),
    N("«184 đối tượng", "đối tượng phạm tội về ma túy được phát hiện", value=184),
    N("đối tượng; «01 vụ", "vụ phạm tội hủy hoại rừng", value=1),
    N("01 vụ, «01 đối tượng", "đối tượng phạm tội hủy hoại rừng", value=1),
    N("Xảy ra «34 vụ", "vụ tai nạn giao thông", value=34),
    N("chết «26 người", "người chết tai nạn giao thông", value=26),
    N("thương «30 người", "người bị thương tai nạn giao thông", value=30),
], NOT=["(«4,95%)", "= «1,6%"])

# --------------------------------------------------------------------------
# 11 Lâm Đồng, communes free of drug abuse, September 2022 (baolamdong.vn; cut: the byline's time and
# date "06:09, 16/09/2022", written as the first line `date 2022-09-16`, and the byline "NGUYỄN
# NGHĨA" at the end). Year 2022. Results (=): the headline's and the body's "18/142 xã, phường, thị
# trấn không có tệ nạn ma túy" (count 18; "/142" the denominator), "(chiếm 12,676%)", "124 xã, phường,
# thị trấn có tệ nạn ma túy (chiếm 87,324%)", and the shares of the key-point classes "loại I chiếm
# 0,704%; loại II chiếm 1,408%, loại III chiếm 23,944%" (each its own subject; "chiếm" reads as the
# value reached, `=`, as set241). Scope null (classes of commune are kinds of thing). Pillar null.
# Ids null.
# --------------------------------------------------------------------------
D11 = dict(name="11_lamdong-xa-khong-te-nan-ma-tuy-2022", kind="result", year=2022, records=[
    N("2022-09-16\n«18/142", "xã, phường, thị trấn không có tệ nạn ma túy", value=18),
    N("toàn tỉnh có «18/142", "xã, phường, thị trấn không có tệ nạn ma túy", value=18),
    R("(chiếm «12,676%)", "xã, phường, thị trấn không có tệ nạn ma túy chiếm", "=", 12.676),
    N("«124 xã", "xã, phường, thị trấn có tệ nạn ma túy", value=124),
    R("(chiếm «87,324%)", "xã, phường, thị trấn có tệ nạn ma túy chiếm", "=", 87.324),
    R("loại I chiếm «0,704%", "trọng điểm loại I chiếm", "=", 0.704),
    R("loại II chiếm «1,408%", "trọng điểm loại II chiếm", "=", 1.408),
    R("loại III chiếm «23,944%", "trọng điểm loại III chiếm", "=", 23.944),
])

# --------------------------------------------------------------------------
# 12 Thái Nguyên, the criminal police's review of the first half of 2020 (thainguyentv.vn; cut: the
# photo caption "Toàn cảnh Hội nghị."; the first line, the page's title without diacritics, kept; no
# stamp, no byline). Year 2020 (the title's "6 thang dau nam 2020"). Results: "Tỷ lệ điều tra khám
# phá án chung đạt trên 90%" (>, 90), "án rất nghiêm trọng và đặc biệt nghiêm trọng đạt 93%" (=, 93;
# scope null: kinds of crime). Not quantities: "năm 2019", "6 thang" (dates). Pillar null. Ids null.
# --------------------------------------------------------------------------
D12 = dict(name="12_thainguyen-canh-sat-dieu-tra-2020", kind="result", year=2020, records=[
    R("đạt trên «90%", "tỷ lệ điều tra khám phá án chung", ">", 90),
    R("đạt «93%", "tỷ lệ điều tra khám phá án rất nghiêm trọng và đặc biệt nghiêm trọng", "=", 93),
])

# --------------------------------------------------------------------------
# 13 Nghệ An, Kế hoạch 695/KH-UBND of 21/8/2025 for drug-free communes and wards 2025-2030, printed on
# hethongphapluat.com (cut: the site's name "Hệ thống pháp luật" with the blank line after it; the
# excerpt ends in "132-KL/TW c"). A precision text: document numbers and dates, one record: the
# Politburo's target the plan quotes, "bảo đảm đến hết năm 2030, có ít nhất 50% đơn vị hành chính cấp
# xã trên địa bàn toàn quốc “không ma túy”" (target, >=, 2030). Not quantities: "695/KH-UBND",
# "132-KL/TW", "36-CT/TW", "93/NQ-CP" (documents), "21 tháng 8 năm 2025", "18/3/2025", "16/8/2019",
# "16/4/2025", "2025 - 2030" (dates), the list labels "I.", "1.". Pillar null. Id null.
# --------------------------------------------------------------------------
D13 = dict(name="13_nghean-ke-hoach-695-xa-khong-ma-tuy-2025-precision", kind="target", year=2030, records=[
    R("có ít nhất «50% đơn vị", "đơn vị hành chính cấp xã trên địa bàn toàn quốc “không ma túy”", ">=", 50),
])

# --------------------------------------------------------------------------
# 14 Bình Thuận's provincial library, the month of action against drugs 2023 (thuvienbinhthuan.com.vn;
# cut: the rule line "————————————————————————-" and the counter "Views: 0", each with the blank line
# before it). A precision text, no record: "01 – 30/6/2023", "năm 2023" (dates), the list labels
# "1.", "2.", "3.".
# --------------------------------------------------------------------------
D14 = dict(name="14_binhthuan-thang-hanh-dong-ma-tuy-2023-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
