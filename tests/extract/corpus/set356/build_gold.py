#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set356).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record
(completion against a plan, changes against an earlier period); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue names no indicator of vocational training, trained workforce or job placement: every
record of this set has `iid` null (written once, in the shorthands below).

The theme (vocational training of rural workers, job placement) has no digital-transformation
heading anywhere: every record's pillar is null.

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

BETWEEN = "between"
# a count reached (=) and a count planned (>= unless a word says otherwise)
done = functools.partial(R, unit="count")
plan = functools.partial(R, unit="count", kind="target")
share_t = functools.partial(R, kind="target")

# --------------------------------------------------------------------------
# 01 Hải Dương, the province's plan for renewing vocational training of rural workers (haiduong.gov.vn,
# the address's "/2024/"; nothing cut; no byline, no stamp; the excerpt ends in "đa dạng h"). Targets:
# "hàng năm đào tạo nghề cho 2.000 lao động nông thôn được cấp bằng/chứng chỉ" (bare: >=; a yearly
# target, year 2030, the plan's horizon as the earlier sets give "hằng năm" targets; the text names no
# year of its own for it), "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 33% vào năm 2025 và
# đạt 43% vào năm 2030" (>=, 2025 and 2030). Not quantities: "6 nhóm nhiệm vụ, giải pháp" (tasks,
# spec), "bằng/ chứng chỉ" (no number), "Cách mạng công nghiệp lần thứ tư" (a name).
# --------------------------------------------------------------------------
D01 = dict(name="01_haiduong-ke-hoach-dao-tao-nghe-lao-dong-nong-thon-2024", kind="target", year=None, records=[
    plan("nghề cho «2.000 lao động", "lao động nông thôn được đào tạo nghề, cấp bằng/chứng chỉ hàng năm", ">=",
         2000, year=2030),
    R("chứng chỉ đạt «33%", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", ">=", 33, year=2025),
    R("và đạt «43%", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", ">=", 43, year=2030),
])

# --------------------------------------------------------------------------
# 02 Vĩnh Long, vocational enrolment since the start of 2022 (baovinhlong.com.vn, the address's
# "/202209/"; cut: the byline "MINH THÁI" and the reader-comment widgets "Thông tin bạn đọc", "Đóng
# Lưu thông tin"; no stamp). Year 2022 ("Tháng 9/2022", "kế hoạch năm 2022"). Results (=): the
# enrolment "29.802 người" twice (the lead line above "(VLO)" and the body: one record each, as the
# earlier sets record a headline and its repeat), "159 lớp", "3.483 học viên". Targets: "Tháng 9/2022,
# dự kiến tuyển sinh ... 3.300 người, trong đó tổ chức 33 lớp đào tạo nghề cho gần 600 lao động" (the
# earlier sets read "dự kiến" as a target: >=, "gần" ~), "Theo kế hoạch năm 2022, toàn tỉnh tuyển sinh
# ... 34.500 người; trong đó đào tạo nghề cho 5.000 lao động nông thôn" (bare: >=). NOT: "(đạt
# 86,38%)" twice (completion against the year's plan, as set193's quota rates). Not quantities:
# "dưới 3 tháng" (a class of course by its length), "Tháng 9/2022".
# --------------------------------------------------------------------------
ENROL22 = "người được tuyển sinh giáo dục nghề nghiệp trên toàn tỉnh đầu năm đến nay"
D02 = dict(name="02_vinhlong-tuyen-sinh-gdnn-9-thang-2022", kind="result", year=2022, records=[
    done("Đầu năm đến nay, các đơn vị chức năng đã tuyển sinh giáo dục nghề nghiệp trên toàn tỉnh cho «29.802 "
         "người (đạt 86,38%).\n(VLO)", ENROL22, "=", 29802),
    done("(VLO) Đầu năm đến nay, các đơn vị chức năng đã tuyển sinh giáo dục nghề nghiệp trên toàn tỉnh cho "
         "«29.802", ENROL22, "=", 29802),
    done("(có «159 lớp", "lớp đào tạo nghề cho người lao động theo chính sách hỗ trợ đào tạo nghề sơ cấp, dưới 3 "
         "tháng", "=", 159),
    done("với «3.483 học viên", "học viên các lớp đào tạo nghề theo chính sách hỗ trợ", "=", 3483),
    plan("nghiệp «3.300 người", "người dự kiến tuyển sinh giáo dục nghề nghiệp tháng 9/2022", ">=", 3300),
    plan("tổ chức «33 lớp", "lớp đào tạo nghề dự kiến tổ chức tháng 9/2022", ">=", 33),
    plan("cho gần «600 lao động", "lao động được đào tạo nghề trong các lớp dự kiến tháng 9/2022", "~", 600),
    plan("cho «34.500 người", "người tuyển sinh giáo dục nghề nghiệp theo kế hoạch năm 2022", ">=", 34500),
    plan("cho «5.000 lao động", "lao động nông thôn được đào tạo nghề theo kế hoạch năm 2022", ">=", 5000),
], NOT=["(VLO) Đầu năm đến nay, các đơn vị chức năng đã tuyển sinh giáo dục nghề nghiệp trên toàn tỉnh cho 29.802 "
        "người (đạt «86,38%",
        "người (đạt «86,38%).\n(VLO)"])

# --------------------------------------------------------------------------
# 03 Vĩnh Long, vocational enrolment in the first five months of 2023 (baovinhlong.vn, the address's
# "/202305/"; cut: the byline line "Cập nhật, 05:45, Thứ Ba, 30/05/2023 (GMT+7)" with the blank line
# after it, written as the first line `date 2023-05-30`, and the byline "MINH THÁI"). Year 2023.
# Results: the headline's and the lead's "hơn 12.200 người" (>, one record each), "trên 11.600 người"
# (>), "72 lớp ... cho 1.740 người lao động nông thôn" (=). Targets: "Tháng 6/2023, dự kiến tuyển
# sinh ... 2.400 người" (>=), "mở 51 lớp ... cho gần 1.100 học viên" (>=; ~), "nâng lên 123 lớp đào
# tạo nghề cho hơn 2.800 người đến nửa đầu năm nay" (the expected running total at mid-year, part of
# the "dự kiến" sentence: >=; "hơn" >). Not quantities: "5 tháng" (the period), "dưới 3 tháng" (a
# class of course), "Tháng 6/2023".
# --------------------------------------------------------------------------
ENROL23 = "người tuyển sinh giáo dục nghề nghiệp 5 tháng đầu năm"
D03 = dict(name="03_vinhlong-tuyen-sinh-gdnn-5-thang-2023", kind="result", year=2023, records=[
    done("5 tháng, tuyển sinh giáo dục nghề nghiệp hơn «12.200", ENROL23, ">", 12200),
    done("giáo dục nghề nghiệp hơn «12.200 người;", ENROL23, ">", 12200),
    done("thường xuyên trên «11.600", "người đào tạo dưới 3 tháng và đào tạo thường xuyên", ">", 11600),
    done("(bao gồm «72 lớp", "lớp hỗ trợ đào tạo nghề cho người lao động nông thôn", "=", 72),
    done("cho «1.740 người", "người lao động nông thôn được hỗ trợ đào tạo nghề", "=", 1740),
    plan("nghiệp «2.400 người", "người dự kiến tuyển sinh giáo dục nghề nghiệp tháng 6/2023", ">=", 2400),
    plan("mở «51 lớp", "lớp hỗ trợ đào tạo nghề dự kiến mở tháng 6/2023", ">=", 51),
    plan("cho gần «1.100 học viên", "học viên các lớp hỗ trợ đào tạo nghề dự kiến tháng 6/2023", "~", 1100),
    plan("nâng lên «123 lớp", "lớp đào tạo nghề đến nửa đầu năm", ">=", 123),
    plan("cho hơn «2.800 người", "người được đào tạo nghề đến nửa đầu năm", ">", 2800),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa and Nghệ An, jobs in the first nine months of 2023 (en.vneconomy.vn: a Vietnamese page
# on the "en." host, one excerpt of a regional article on the North Central provinces; nothing cut;
# no byline, no stamp; the excerpt ends in "theo hợp đồng 17."). Year 2023. The article covers two
# provinces: each record carries its `place`. Results (=): Thanh Hóa's "47.620 lao động", "10.021 lao
# động"; Nghệ An's "39.106 người", "9.210 người", "12.800 người" (a breakdown by where the job is,
# scope null). "dự báo Thanh Hóa có trên 60.000 lao động có nhu cầu được giải quyết việc làm" (a
# forecast of the year's need, a value the page reports: result, >; a judgement). Targets: "năm 2023
# trung tâm dự kiến sẽ tổ chức 78 phiên giao dịch việc làm, trong đó có 24 ... định kỳ ..., 30 ... lưu
# động ..., 24 ... trực tuyến" (dự kiến: >=; each kind of session its own subject). NOT: "đạt 82,1% kế
# hoạch năm", "vượt 100,4% kế hoạch năm", "(đạt 95,49% kế hoạch)" (completion against the plan),
# "tăng 8,7% so với cùng kỳ", "tăng 26,2% so cùng kỳ" (changes, spec). Not quantities: "theo hợp đồng
# 17." (a number cut off by the stored page, magnitude unknown, as set9), "9 tháng", "Tiểu dự án 3",
# "dự án 4" (names), "năm 2022".
# --------------------------------------------------------------------------
TH, NA = "Thanh Hóa", "Nghệ An"
SESS = "phiên giao dịch việc làm Trung tâm Dịch vụ việc làm dự kiến tổ chức năm 2023"
D04 = dict(name="04_thanhhoa-nghean-giai-quyet-viec-lam-9-thang-2023", kind="result", year=2023, records=[
    done("việc làm mới «47.620", "lao động được tạo việc làm mới 9 tháng", "=", 47620, place=TH),
    done("có «10.021 lao động", "lao động được đưa đi làm việc có thời hạn ở nước ngoài", "=", 10021, place=TH),
    done("có trên «60.000", "lao động có nhu cầu được giải quyết việc làm (dự báo)", ">", 60000, place=TH),
    plan("tổ chức «78 phiên", SESS, ">=", 78, place=TH),
    plan("có «24 phiên", SESS + " định kỳ tại trung tâm", ">=", 24, place=TH),
    plan("tâm, «30 phiên", SESS + " lưu động tại các địa phương", ">=", 30, place=TH),
    plan("tỉnh, «24 phiên", SESS + " trực tuyến", ">=", 24, place=TH),
    done("cho «39.106 người", "người được giải quyết việc làm 9 tháng", "=", 39106, place=NA),
    done("trong tỉnh «9.210", "người được giải quyết việc làm trong tỉnh", "=", 9210, place=NA),
    done("ngoại tỉnh «12.800", "người được giải quyết việc làm ngoại tỉnh", "=", 12800, place=NA),
], NOT=["(đạt «82,1% kế", "tăng «8,7%", "(vượt «100,4%", "tăng «26,2%", "(đạt «95,49%"])

# --------------------------------------------------------------------------
# 05 Thanh Hóa, new jobs in the first nine months of 2024 (truyenhinhthanhhoa.vn; cut: the station's
# name lines "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA", "Thanh Hoa Radio and Television", "Đường dây
# nóng: 0237 3721150" with the blank line after them; the byline "Thanh Thảo" and its date "26/09/2024
# 18:06" (written as the first line `date 2024-09-26`) with their blank lines; the photo caption
# "Thanh Hoá tạo việc làm mới cho khoảng 48.800 lao động- Ảnh 1." with its blank line; after "Nguồn:
# Bản tin 18h/TTV", the comment widgets "Ý kiến bạn đọc", "Xem thêm bình luận" and a related item
# (its title twice, "09:14 , 26/09/2024", its first line) with their blank lines). Year 2024.
# Results: the headline's and the lead's "khoảng 48.800 lao động" (~, one record each), "9.518 lao
# động" (=), and the year-end estimates "Ước đến hết năm 2024, toàn tỉnh sẽ tạo việc làm mới cho
# khoảng 62.000 lao động ..., trong đó đưa khoảng 12.000 lao động" (spec: an estimate "ước" is a
# result; "khoảng" ~). NOT: "đạt 84,1% kế hoạch năm", "vượt 58,6% kế hoạch năm", "vượt 6,9% kế hoạch
# đề ra" (against the plan), "tăng 2,5% so với cùng kỳ", "bằng 95% so với cùng kỳ năm trước"
# (against last year). Not quantities: "gấp 2 lần kế hoạch đề ra" (against the plan), "9 tháng năm
# 2024", "Bản tin 18h" (a programme's name).
# --------------------------------------------------------------------------
NEWJOBS = "lao động tạo việc làm mới từ đầu năm 2024"
D05 = dict(name="05_thanhhoa-tao-viec-lam-moi-9-thang-2024", kind="result", year=2024, records=[
    done("Thanh Hoá tạo việc làm mới cho khoảng «48.800", NEWJOBS, "~", 48800),
    done("Thanh Hóa đã tạo việc làm mới cho khoảng «48.800", NEWJOBS, "~", 48800),
    done("đưa «9.518 lao động", "lao động đi làm việc ở nước ngoài theo hợp đồng", "=", 9518),
    done("cho khoảng «62.000", "lao động tạo việc làm mới ước đến hết năm 2024", "~", 62000),
    done("đưa khoảng «12.000", "lao động đi làm việc ở nước ngoài theo hợp đồng ước đến hết năm 2024", "~",
         12000),
], NOT=["đạt «84,1%", "tăng «2,5%", "vượt «58,6%", "bằng «95%", "vượt «6,9%"])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh, jobs in 2024 (vietnamnet.vn; the stamp " date 2024-12" written as the first line; nothing
# cut; the excerpt ends in "11.360 ngư"). Year 2024. Results (=, count): "tổ chức 101 phiên giao dịch
# việc làm", "tư vấn cho 12.846 lượt lao động, giới thiệu việc làm cho 13.074 lượt lao động, số lao
# động được tuyển dụng ... 3.202 người", "giải quyết việc làm cho 23.500 người", "trong nước 12.140
# người", "lao động đi làm việc ở nước ngoài đạt 11.360 ngư[ời]" (the number is whole; the page cuts
# the word after it). NOT: "tăng 1,6% so với năm 2023", "đạt 111,2% so với 2023" (against last year),
# "đạt 102,2% kế hoạch", "đạt 78,3% kế hoạch" (against the plan). Not quantities: "thu hút hơn
# 20.455 lượt người lao động và 1.074 lượt doanh nghiệp tham gia" (the participants of the job fairs:
# spec's participants of an event, as the earlier set's "thu hút 2.790 lao động và 250 cơ quan, doanh
# nghiệp tham dự").
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-giai-quyet-viec-lam-2024", kind="result", year=2024, records=[
    done("tổ chức «101 phiên", "phiên giao dịch việc làm đã tổ chức", "=", 101),
    done("tư vấn cho «12.846", "lượt lao động được tư vấn", "=", 12846),
    done("việc làm cho «13.074", "lượt lao động được giới thiệu việc làm", "=", 13074),
    done("ngoài nước «3.202", "lao động được tuyển dụng trong nước và ngoài nước", "=", 3202),
    done("việc làm cho «23.500", "người được giải quyết việc làm năm 2024", "=", 23500),
    done("trong nước «12.140", "người được giải quyết việc làm trong nước", "=", 12140),
    done("ngoài đạt «11.360", "lao động đi làm việc ở nước ngoài", "=", 11360),
], NOT=["tăng «1,6%", "đạt «102,2%", "đạt «111,2%", "đạt «78,3%"])

# --------------------------------------------------------------------------
# 07 Quảng Nam, the provincial party committee's plan No. 255 (implementing Resolution 39-NQ/TW) on
# the workforce (qrt.vn; cut: the byline "Văn Trường – Duy Uyên" with the blank line before it; no
# stamp, no date). Targets by sentence: 2025 (headline, lead, the first paragraph), 2035, 2045. The
# trained share "70 – 75%" three times (headline, lead's "70-75%", body): `between`, one record each.
# "tỷ trọng lao động ... nông, lâm nghiệp và thủy sản chiếm khoảng 34%, công nghiệp xây dựng chiếm
# khoảng 31%, dịch vụ chiếm khoảng 35%" (three records, each its own sector as subject, ~), "có bằng
# cấp, chứng chỉ chiếm khoảng 35%" (~), "Tăng tỷ lệ lao động kỹ thuật lên khoảng 43 – 45%" (`between`:
# the range decides over "khoảng", as the earlier sets), "chiếm dưới 25%" (2035, <), "còn chiếm dưới
# 15%" (2045, <). Not quantities: "Kế hoạch số 255", "39-NQ/TW", "15.1.2019" (names, a date).
# --------------------------------------------------------------------------
TRAINED = "lao động qua đào tạo"
AGRI = "tỷ trọng lao động làm việc trong khu vực nông, lâm nghiệp và thủy sản"
D07 = dict(name="07_quangnam-lao-dong-qua-dao-tao-muc-tieu-2025", kind="target", year=2025, records=[
    R("đào tạo đạt «70 – 75%\n", TRAINED, BETWEEN, 70, value_max=75),
    R("đào tạo đạt «70-75%", TRAINED, BETWEEN, 70, value_max=75),
    R("sản chiếm khoảng «34%", AGRI, "~", 34),
    R("dựng chiếm khoảng «31%", "tỷ trọng lao động làm việc trong khu vực công nghiệp xây dựng", "~", 31),
    R("vụ chiếm khoảng «35%", "tỷ trọng lao động làm việc trong khu vực dịch vụ", "~", 35),
    R("đào tạo đạt «70 – 75%;", TRAINED, BETWEEN, 70, value_max=75),
    R("chỉ chiếm khoảng «35%", "lao động qua đào tạo có bằng cấp, chứng chỉ", "~", 35),
    R("lên khoảng «43 – 45%", "tỷ lệ lao động kỹ thuật", BETWEEN, 43, value_max=45),
    R("chiếm dưới «25%", AGRI, "<", 25, year=2035),
    R("còn chiếm dưới «15%", AGRI, "<", 15, year=2045),
])

# --------------------------------------------------------------------------
# 08 Hòa Bình, the Farmers' Association's vocational classes in 2021 (khuyennong.vn, a copy of
# baohoabinh.com.vn's item; cut: the photo caption "Hội viên nông dân thị trấn Ba Hàng Đồi (Lạc Thuỷ)
# ..." with the whitespace line after it; after the last sentence, the whitespace lines, the initials
# "T.H", the author line "Tác giả: Le Viet Anh", the source line "Nguồn: http://baohoabinh.com.vn/..."
# and "Tin liên quan"; no stamp). Year 2021. Results: the headline's and the body's "trên 2.000 hội
# viên" (>, one record each), "84 lớp nghề", "4 lớp nghề", "80 lớp nghề" (=, each its own organiser),
# "gần 1.900 hội viên nông dân đã học nghề có việc làm" (~), their income "từ 3,5 - 5 triệu
# đồng/người/tháng" (between 3.5e6 and 5e6, unit other "đồng/người/tháng", as the earlier sets'
# wages), "400 con bê", "400 hộ", "793 con", "393 hộ thoát nghèo" (=). Not quantities: "2 huyện Lạc
# Sơn, Kim Bôi" (where the households live, the two named), "Năm 2021".
# --------------------------------------------------------------------------
D08 = dict(name="08_hoabinh-hoi-nong-dan-day-nghe-2021", kind="result", year=2021, records=[
    done("Năm 2021, trên «2.000 hội viên", "hội viên nông dân được đào tạo, dạy nghề", ">", 2000),
    done("tổ chức «84 lớp", "lớp nghề Hội Nông dân các cấp phối hợp tổ chức", "=", 84),
    done("tổ chức «4 lớp", "lớp nghề Trung tâm Hỗ trợ nông dân phối hợp tổ chức", "=", 4),
    done("tổ chức «80 lớp", "lớp nghề HND các huyện, thành phố tổ chức", "=", 80),
    done("cho trên «2.000 hội viên", "hội viên nông dân học các lớp nghề", ">", 2000),
    done("cho gần «1.900", "hội viên nông dân đã học nghề có việc làm", "~", 1900),
    R("từ «3,5 - 5 triệu", "thu nhập của hội viên nông dân đã học nghề có việc làm", BETWEEN, 3.5e6,
      value_max=5e6, unit="other", unit_text="đồng/người/tháng"),
    done("dõi «400 con", "bê cái giống sinh sản hỗ trợ hộ nông dân nghèo", "=", 400),
    done("cho «400 hộ", "hộ nông dân nghèo được hỗ trợ bê cái giống sinh sản", "=", 400),
    done("lên «793 con", "tổng số bò", "=", 793),
    done("giúp cho «393 hộ", "hộ thoát nghèo", "=", 393),
])

# --------------------------------------------------------------------------
# 09 The whole country, the emulation movement for a learning society (vietnamplus.vn; the stamp " date
# 2025-12-29" written as the first line; nothing cut). Results, each paragraph's figures recorded
# (the lead and the body repeat the sentence: one record each). "tăng từ 64,5% năm 2020 lên 70% năm
# 2025": two values, each with its year (as the earlier sets' "giảm từ 23 lượt (năm 2024) xuống còn
# 12 lượt (năm 2025)"); "đạt khoảng 29% (so với 24,1% năm 2020)" (~, 2025; and the bracket's 2020
# value, =, as the earlier sets' "(21,7% năm 2020 so với 22,5% năm 2015)"); "tỷ lệ lao động trong
# nông nghiệp giảm từ 28,3% xuống còn khoảng 25%" (28.3 =, year 2020: the paragraph's pair of years
# 2020 → 2025, a judgement; 25 ~, 2025). Not quantities: "Qua hai năm" (a period).
# --------------------------------------------------------------------------
TRAINED_SH = "tỷ lệ lao động qua đào tạo"
CERT_SH = "tỷ lệ lao động có bằng cấp, chứng chỉ"
D09 = dict(name="09_canuoc-lao-dong-qua-dao-tao-2025", kind="result", year=2025, records=[
    R("triển khai, tỷ lệ lao động qua đào tạo tăng từ «64,5%", TRAINED_SH, "=", 64.5, year=2020),
    R("triển khai, tỷ lệ lao động qua đào tạo tăng từ 64,5% năm 2020 lên «70%", TRAINED_SH, "=", 70),
    R("năm 2025, trong đó tỷ lệ lao động có bằng cấp, chứng chỉ đạt khoảng «29% (so với 24,1% năm 2020).\n\nQua",
      CERT_SH, "~", 29),
    R("«24,1% năm 2020).\n\nQua", CERT_SH, "=", 24.1, year=2020),
    R("Tỷ lệ lao động qua đào tạo tăng từ «64,5%", TRAINED_SH, "=", 64.5, year=2020),
    R("Tỷ lệ lao động qua đào tạo tăng từ 64,5% năm 2020 lên «70%", TRAINED_SH, "=", 70),
    R("đạt khoảng «29% (so với 24,1% năm 2020). Cơ", CERT_SH, "~", 29),
    R("«24,1% năm 2020). Cơ", CERT_SH, "=", 24.1, year=2020),
    R("giảm từ «28,3%", "tỷ lệ lao động trong nông nghiệp", "=", 28.3, year=2020),
    R("xuống còn khoảng «25%", "tỷ lệ lao động trong nông nghiệp", "~", 25),
])

# --------------------------------------------------------------------------
# 10 Kon Tum, Plan 1637/KH-UBND of 14 May 2024 on vocational training for workers in 2024-2025
# (hethongphapluat.com; cut: the site's name "Hệ thống pháp luật" with the blank line after it; the
# excerpt ends in "II. MỤC ĐÍCH,"). A precision text: only the header and the legal bases, no record.
# Not quantities: document numbers and dates ("1637/KH-UBND", "263/QĐ-TTg", "22 tháng 02 năm 2022",
# "1719/QĐ-TTg", "90/QĐ-TTg", "17/2022/TT-BLĐTBXH", "3685/QĐ-BNN-KTHT", "82/NQ-HĐND", ...), periods
# ("giai đoạn 2024 - 2025", "2021-2025", "2021 - 2030", "2022-2025"), list numbers (1.-6., I., II.),
# "3 chương trình mục tiêu quốc gia" (the programmes a circular covers: a count of programmes named,
# not a value reached or planned).
# --------------------------------------------------------------------------
D10 = dict(name="10_kontum-ke-hoach-dao-tao-nghe-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 11 Cao Bằng, Decision 1283/QĐ-UBND of 29 September 2022 approving the scheme for vocational education
# and rural workers' quality 2021-2025 (ls1.hethongphapluat.com; cut: the site's name "Hệ thống pháp
# luật" and two loading lines "Đang tải nội dung, vui lòng chờ giây lát..." with the blank line after
# them; the excerpt ends in "có đ"). A precision text: header and legal bases, no record. Not
# quantities: document numbers and dates ("1283/QĐ-UBND", "19/6/2015", "22/11/2019", "27/11/2014",
# "15/2019/NĐ-CP", "01/02/2019", "1719/QĐ-TTg", "90/QĐ-TTg", "263/QĐ-TTg", "08-CTr/TU", ...), periods
# ("2021-2025", "2021-2030"), "giai đoạn 1".
# --------------------------------------------------------------------------
D11 = dict(name="11_caobang-de-an-gdnn-lao-dong-nong-thon-2022-precision", kind="target", year=2022, records=[])

# --------------------------------------------------------------------------
# 12 Ninh Thuận, the tag page on the provincial party committee's Plan 338-KH/TU implementing
# Directive 37-CT/TW (vietnam.vn/ninhthuan; nothing cut). A precision text, no record. Not
# quantities: "37-CT/TW", "10/7/2024", "9/9/2024", "338-KH/TU" (a directive's and a plan's numbers,
# dates).
# --------------------------------------------------------------------------
D12 = dict(name="12_ninhthuan-chi-thi-37-dao-tao-nghe-2024-precision", kind="target", year=2024, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
