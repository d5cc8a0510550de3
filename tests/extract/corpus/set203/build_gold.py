#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set203).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (../goldkit.py).

Each document may also list NOT: locators of percentages deliberately left without a record (a
share that is no value of an indicator under the contract: a literacy rate of 1945, a village's
ethnic make-up); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README),
given in the record itself (`iid=`).

The set's theme is the 2025-2026 "Bình dân học vụ số" movement and digital-skills training: the
youth volunteer teams sent to the communes after the July 2025 two-tier reorganisation (01, 02,
03, 09, 14), provinces' and the nation's targets for digital skills and digital signatures (05, 06,
07, 08), a province's results (04), a course for commune officials (10) and three precision texts
(11, 12, 13).

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

SIGN = "society.adult_digital_signature_share"
FIBRE_VILLAGE = "infra.fibre_village_coverage_share"
POP_SKILLS = "hr.population_digital_skills_share"
WORKFORCE_SKILLS = "hr.workforce_basic_digital_skills_share"
CS_TRAINED = "hr.civil_servants_dx_trained_share"
CS_TRAINED_N = "hr.civil_servants_dx_trained_count"

# A target of 07's list: `>=` (each is "phấn đấu ..." or a bare number under the lead "đề ra một
# số mục tiêu đến năm 2025"), year 2025 from the document.
GOAL = functools.partial(R, op=">=", kind="target")

# --------------------------------------------------------------------------
# 01 National, the Youth Union's review of its 2025 summer volunteer campaign, October 2025
# (thanhnien.vn; cut: the photo caption "Anh Nguyễn Minh Triết phát biểu tại hội nghị ẢNH: ĐĂNG
# HẢI" with the blank line after it; no byline, no stamp; the excerpt ends in "cho những t").
# Year 2025 ("hè năm 2025", "mùa hè 2025"). Results, counts: "trong hai tháng cao điểm, 25.410 đội
# hình với hơn 480.000 tình nguyện viên đã có mặt tại 3.321 xã, phường, đặc khu để hỗ trợ gần 4,2
# triệu lượt người dân tiếp cận dịch vụ công" (four records, each its own subject: `=`, `>`, `=`,
# `~` with the magnitude word multiplied in). Pillar null: the heading above them, "Thanh niên xung
# kích hỗ trợ mô hình chính quyền hai cấp", names the two-tier administration, no pillar (a
# judgement; "chính quyền hai cấp" is the reorganised local government, not chính quyền số). Not
# quantities: "10.10", "2.9" (dates), "80 năm" (an anniversary), "A80" (a name), "Kết luận số 174" (a document),
# "hai tháng" (a period, in words). Ids null (the catalogue counts teams of the community digital
# technology kind, not volunteer teams; the 4,2 million are visits helped, not people trained).
# --------------------------------------------------------------------------
D01 = dict(name="01_toanquoc-tinh-nguyen-he-tong-ket-2025", kind="result", year=2025, records=[
    R("cao điểm, «25.410 đội", "đội hình thanh niên tình nguyện có mặt tại xã, phường, đặc khu hỗ trợ vận hành "
      "mô hình chính quyền địa phương hai cấp", "=", 25410, **CNT),
    R("với hơn «480.000 tình", "tình nguyện viên đã có mặt tại xã, phường, đặc khu", ">", 480000, **CNT),
    R("mặt tại «3.321 xã", "xã, phường, đặc khu có đội hình tình nguyện viên hỗ trợ", "=", 3321, **CNT),
    R("hỗ trợ gần «4,2 triệu", "lượt người dân được hỗ trợ tiếp cận dịch vụ công", "~", 4.2e6, **CNT),
])

# --------------------------------------------------------------------------
# 02 National, the Youth Union's first ten days of volunteer teams for the two-tier local
# government, July 2025 (thanhgiong.vn; cut: the photo caption "Quang cảnh hội nghị giao ban. |"
# that opened the excerpt; the caption "Anh Nguyễn Kim Quy thông tin về kết quả triển khai từ ngày
# 1/7 - 10/7. |" carries figures and was kept; no byline, no stamp; the excerpt ends in "nộp hồ sơ
# đi"). Year 2025 ("01/7/2025", "07/7/2025"). Results, counts, `=`: "đã triển khai 5.056 đội hình
# với 240.479 tình nguyện viên hỗ trợ 3.321 đơn vị hành chính cấp xã và 34 đơn vị hành chính cấp
# tỉnh" (four records, scope null: the units of each level are the subject of their own count, not
# one value split by level). Not quantities: "392-KH/TWĐTN-CTTTN" (a document), the dates
# "01/7/2025", "07/7/2025", "1/7 - 10/7", "ba nhóm" (in words). Pillar null, ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_toanquoc-doi-hinh-hai-cap-10-ngay-2025", kind="result", year=2025, records=[
    R("triển khai «5.056 đội", "đội hình thanh niên tình nguyện hỗ trợ vận hành mô hình chính quyền địa phương "
      "hai cấp đã triển khai trên toàn quốc", "=", 5056, **CNT),
    R("với «240.479 tình", "tình nguyện viên hỗ trợ đơn vị hành chính", "=", 240479, **CNT),
    R("hỗ trợ «3.321 đơn vị", "đơn vị hành chính cấp xã được đội hình tình nguyện hỗ trợ", "=", 3321, **CNT),
    R("và «34 đơn vị", "đơn vị hành chính cấp tỉnh được đội hình tình nguyện hỗ trợ", "=", 34, **CNT),
])

# --------------------------------------------------------------------------
# 03 National, the Youth Union's launch of the volunteer teams, 5 July 2025 (feed.ilidea.com, a
# copy of a news page; cut: the byline "Vũ Thơ July 06, 2025 01:42 PM", written as the first line
# `date 2025-07-06`; the excerpt ends in "Anh Ngu"). Year 2025 (the date line; the text's "5.7"
# names no year). Results, counts, `=`: the heading "3.321 đội hình tình nguyện đồng loạt ra quân"
# (a record of its own: a heading's figure is recorded where it stands, as the earlier sets record a
# title's figure; its subject as the heading words it, teams), "Đến nay có 4.806 đội hình ở 3.321
# xã, phường, đặc khu với 241.147 đoàn viên thanh niên tham gia" (three records), "758 đội hình
# sinh viên tình nguyện ... với 25.270 sinh viên tham gia" (two). Not quantities: "5.7" (a date),
# "2 cấp" in "chính quyền địa phương 2 cấp" (the name of the model, three times), "Hàng ngàn" (no
# digit). Pillar null, ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_toanquoc-doi-hinh-hai-cap-ra-quan-2025", kind="result", year=2025, records=[
    R("\n«3.321 đội hình", "đội hình tình nguyện đồng loạt ra quân", "=", 3321, **CNT),
    R("có «4.806 đội", "đội hình thanh niên tình nguyện hỗ trợ vận hành chính quyền địa phương", "=", 4806,
      **CNT),
    R("ở «3.321 xã", "xã, phường, đặc khu có đội hình thanh niên tình nguyện", "=", 3321, **CNT),
    R("với «241.147 đoàn", "đoàn viên thanh niên tham gia đội hình tình nguyện", "=", 241147, **CNT),
    R("có «758 đội", "đội hình sinh viên tình nguyện được thành lập trên toàn quốc", "=", 758, **CNT),
    R("với «25.270 sinh", "sinh viên tham gia đội hình sinh viên tình nguyện", "=", 25270, **CNT),
])

# --------------------------------------------------------------------------
# 04 Nghệ An, the launch of the province's "Bình dân học vụ số" movement (nongnghiepmoitruong.vn;
# cut: the photo caption "Chủ tịch UBND tỉnh Lê Hồng Vinh phát biểu và kêu gọi tại buổi lễ. Ảnh:
# Hữu Tình." after the excerpt's leading empty line; no byline, no stamp; the excerpt ends in
# "Phong trào nhằm "). Year null: the excerpt names no year (Resolution 57 is named without its
# date; the page's June 2025 is not in the text). Results: "Tỷ lệ phủ sóng di động gần 100%" (`~`),
# "hạ tầng cáp quang đến hơn 99% thôn/bản" (`>`). Pillar null: the sentence before them lists
# "các trụ cột thực thi: hạ tầng số, thể chế số, ..." as a statement, not a heading or a lead-in to
# the figures (set193's reading of a sentence naming pillars). Not quantities: "Nghị quyết 57" (a
# name), "6 nhiệm vụ trọng tâm, 8 nhóm giải pháp đột phá" (tasks and solutions, spec). Ids:
# FIBRE_VILLAGE for the villages reached by fibre; the mobile coverage null (the text names no base:
# population, villages or area).
# --------------------------------------------------------------------------
D04 = dict(name="04_nghean-phat-dong-binh-dan-hoc-vu-so", kind="result", year=None, records=[
    R("di động gần «100%", "Tỷ lệ phủ sóng di động", "~", 100),
    R("đến hơn «99% thôn", "hạ tầng cáp quang đến thôn/bản", ">", 99, iid=FIBRE_VILLAGE),
])

# --------------------------------------------------------------------------
# 05 Đồng Nai, the Department of Science and Technology's plan 17/KH-SKHCN (7/8/2025) for the
# movement and for training commune officials after the reorganisation (chuyendoiso.dongnai.gov.vn;
# nothing cut but the excerpt's leading empty line; no byline, no stamp; the excerpt ends in "Bên
# cạnh đó tổ"). Year 2025 (the plan's "năm 2025"). Targets: "hướng tới mục tiêu 80% người trưởng
# thành hiểu biết về chuyển đổi số, sử dụng được thiết bị thông minh, ..." (`>=`), "sẽ tổ chức các
# lớp tập huấn ... tại 95 phường, xã trên địa bàn tỉnh" (`>=`, count: the communes the planned
# training is to reach, a planned quantity as set193's "tại 7 thôn" was a result; a judgement).
# Not quantities: "17/KH-SKHCN" (a document), "7/8/2025", "8/2025", "11/2025" (dates). Pillar null.
# Ids: POP_SKILLS for the 80% (adults with basic digital knowledge and skills); the 95 communes
# null.
# --------------------------------------------------------------------------
D05 = dict(name="05_dongnai-tap-huan-can-bo-xa-2025", kind="target", year=2025, records=[
    R("mục tiêu «80% người", "người trưởng thành hiểu biết về chuyển đổi số, sử dụng được thiết bị thông minh, "
      "khai thác hiệu quả các nền tảng, dịch vụ số thiết yếu", ">=", 80, iid=POP_SKILLS),
    R("tại «95 phường", "phường, xã tổ chức các lớp tập huấn về chuyển đổi số cho đội ngũ cán bộ, công chức",
      ">=", 95, **CNT),
])

# --------------------------------------------------------------------------
# 06 National, the targets for the digital skills of workers in enterprises under the central
# plan 01-KH/BCĐTW, as the Ministry of Science and Technology's Decision 757/QĐ-BKHCN restates them
# (nhansu.vn; cut: the byline "Đăng bài: 08:00 19/05/2025", written as the first line
# `date 2025-05-19`; the excerpt ends in "trong các doanh"). Targets, `>=`: the title "100% Người lao
# động trong các doanh nghiệp có kiến thức về kỹ năng số?", the lead "Hướng đến 100% ... năm 2026?"
# and the section heading repeating the title (each a record where it stands, the earlier sets'
# rule for a title's figure; their question mark asks what the target means, it does not make the
# figure a question; a judgement), all year 2026 (the lead's "năm 2026" and the list's "Năm 2026:
# 100%"); the list "Năm 2025: 80% ..." (2025) and "Năm 2026: 100% ..." (2026). Not quantities:
# "757/QĐ-BKHCN", "01-KH/BCĐTW" (documents), "2025" in "năm 2025" after them, "Mục 1 Phụ lục 1.4",
# "Phiên bản 1.0", "Kế hoạch 1", "Kế hoạch 01", the list label "1." (labels and names), the date
# line. Pillar null (no heading names one). Ids null (the catalogue's digital-skills shares count
# working-age people, civil servants or the population, not workers in enterprises).
# --------------------------------------------------------------------------
WORKERS = "người lao động trong các doanh nghiệp có kiến thức về kỹ năng số"
D06 = dict(name="06_toanquoc-nguoi-lao-dong-ky-nang-so-2026", kind="target", year=2026, records=[
    R("\n«100% Người lao", WORKERS, ">=", 100),
    R("Hướng đến «100% người", WORKERS, ">=", 100),
    R("\n\n«100% người lao động trong các doanh nghiệp có kiến thức về kỹ năng số?\n\nTheo", WORKERS, ">=", 100),
    R("Năm 2025: «80% người", "người lao động trong các doanh nghiệp, hợp tác xã, liên hợp tác xã có kiến thức cơ "
      "bản về công nghệ số, có kỹ năng số, sử dụng được thiết bị thông minh", ">=", 80, year=2025),
    R("Năm 2026: «100% người", "người lao động trong các doanh nghiệp", ">=", 100),
])

# --------------------------------------------------------------------------
# 07 National, the 2025 targets of the project "Xây dựng xã hội học tập giai đoạn 2021-2030"
# (infonet.vietnamnet.vn; cut: the template line "{keywords}" left where the page's image was; the
# photo caption "Phấn đấu đến năm 2025 có 100% địa phương phổ cập giáo dục mầm non cho trẻ 4 tuổi"
# carries a figure and was kept; no byline, no stamp; the excerpt ends in "giáo dục nghề "). Kind
# target, year 2025 ("đề ra một số mục tiêu đến năm 2025"); every figure of the list `>=` (bare
# numbers and "phấn đấu"). Twelve records: the literacy and universal-education shares of provinces
# (65%, 100%, 40%, 20%), the caption's 100% of localities (a record where it stands, as a title's
# figure), the civil servants trained in digital technology and in life skills (90%, 90%), the
# working-age people with basic IT and digital skills and with life skills (50%, 50%), the
# population with technical qualifications and with a university degree (23%, 12,5%: "Trong đó" a
# part of the whole, each its own subject), the universities building open learning resources and
# the schools cut off at the end (60%, 60%). Pillar null (no heading names one; "Về nâng cao năng
# lực cơ bản và trình độ của người dân" names no pillar). Not quantities: "2021-2030" (the project's
# period), "mức độ 2", "mức độ 3" (levels of a standard), "4 tuổi", "15 tuổi" (part of the
# subject). Ids: CS_TRAINED (the 90% trained in digital technology and digital transformation),
# WORKFORCE_SKILLS (the 50% with basic digital skills); the others null (education targets).
# --------------------------------------------------------------------------
D07 = dict(name="07_toanquoc-xa-hoi-hoc-tap-muc-tieu-2025", kind="target", year=2025, records=[
    GOAL("phấn đấu «65% tỉnh", "tỉnh, thành phố trực thuộc trung ương đạt chuẩn XMC mức độ 2", value=65),
    GOAL("\n\n«100% tỉnh", "tỉnh hoàn thành phổ cập giáo dục mầm non cho trẻ mẫu giáo 4 tuổi", value=100),
    GOAL("tuổi; «40% tỉnh", "tỉnh đạt chuẩn phổ cập giáo dục tiểu học mức độ 3", value=40),
    GOAL("\n\n«20% tỉnh", "tỉnh đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3", value=20),
    GOAL("có «100% địa phương", "địa phương phổ cập giáo dục mầm non cho trẻ 4 tuổi", value=100),
    GOAL("phấn đấu «90% cán bộ", "cán bộ, công chức, viên chức được đào tạo, tập huấn, nâng cao kiến thức, kỹ năng "
         "về công nghệ số và chuyển đổi số", value=90, iid=CS_TRAINED),
    GOAL("\n\n«90% cán bộ", "cán bộ, công chức, viên chức được bồi dưỡng kỹ năng sống, kỹ năng nghề nghiệp",
         value=90),
    GOAL("\n\n«50% người trong độ tuổi lao động được phổ cập", "người trong độ tuổi lao động được phổ cập kỹ năng "
         "sử dụng công nghệ thông tin, kỹ năng số cơ bản", value=50, iid=WORKFORCE_SKILLS),
    GOAL("\n\n«50% người trong độ tuổi lao động được trang bị", "người trong độ tuổi lao động được trang bị kỹ năng "
         "sống, kỹ năng làm việc", value=50),
    GOAL("\n\n«23% dân số", "dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật", value=23),
    GOAL("đó, «12,5% dân số", "dân số có trình độ đại học trở lên", value=12.5),
    GOAL("có «60% các trường", "các trường đại học và cao đẳng tham gia xây dựng tài nguyên giáo dục mở", value=60),
    GOAL("\n\n«60% cơ sở", "cơ sở giáo dục phổ thông, cơ sở GDTX, cơ sở giáo dục nghề", value=60),
])

# --------------------------------------------------------------------------
# 08 Khánh Hòa, the Department of Information and Communications signing with four telecom firms
# to spread public digital signatures, April 2024 (baokhanhhoa.vn; cut: the byline "15:34,
# 08/04/2024", written as the first line `date 2024-04-08`, the author's line "N.T", and the photo
# caption "Đại diện Sở Thông tin và Truyền thông cùng các doanh nghiệp viễn thông thực hiện nghi
# thức ký kết ..." (twice) with the blank lines that went with them; the excerpt ends in "cho đ").
# Targets: the title "Năm 2025: Phấn đấu 30% dân số ở độ tuổi trưởng thành có chữ ký số hoặc chữ ký
# điện tử" (`>=`, 2025; a record where it stands), the agreement's "đến năm 2025, tỷ lệ dân số
# trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt trên 30%" (`>`, 2025) and "đến năm
# 2030, con số này sẽ phấn đấu đạt trên 70%" (`>`, 2030; its subject the same share, named by "con
# số này"). Not quantities: "8-4" (a date), "4 doanh nghiệp viễn thông" (the parties to the
# agreement, as the spec's participants of an event). Pillar null. Ids: SIGN for all three.
# --------------------------------------------------------------------------
D08 = dict(name="08_khanhhoa-chu-ky-so-muc-tieu-2025", kind="target", year=2025, records=[
    R("Phấn đấu «30% dân số", "dân số ở độ tuổi trưởng thành có chữ ký số hoặc chữ ký điện tử", ">=", 30, iid=SIGN),
    R("đạt trên «30%;", "tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">", 30, iid=SIGN),
    R("đạt trên «70%", "tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">", 70, year=2030,
      iid=SIGN),
])

# --------------------------------------------------------------------------
# 09 National, the Youth Union's review of the 2025 summer campaign as another paper reported it
# (tienphong.vn; the stamp " date 2025-10-10" written as the first line; cut: the photo caption
# "Anh Bùi Quang Huy và anh Nguyễn Minh Triết chủ trì hội nghị. Ảnh: Xuân Tùng" with the blank line
# after it; the excerpt ends in "điện tử như"). Year 2025. Results: "các báo của Đoàn đã triển khai
# 2.316 tin, bài về chiến dịch" (`=`, count) and "thu hút gần 350 triệu lượt theo dõi" (`~`, the
# magnitude word multiplied in). Not quantities: "Toàn bộ 12 chỉ tiêu trọng tâm của Chiến dịch đều
# hoàn thành và vượt kế hoạch" (a count of targets met, as set162's "12 chỉ tiêu"), "Hè 2025" (the
# campaign's name, five times), "10/10" (a date). Pillar null: the heading "Hoàn thành và vượt kế
# hoạch các chỉ tiêu" names no pillar. Ids null (news about the campaign, not the catalogue's news
# about digital transformation; a judgement).
# --------------------------------------------------------------------------
D09 = dict(name="09_toanquoc-tinh-nguyen-he-bao-chi-2025", kind="result", year=2025, records=[
    R("triển khai «2.316 tin", "tin, bài về chiến dịch các báo của Đoàn đã triển khai", "=", 2316, **CNT),
    R("thu hút gần «350 triệu", "lượt theo dõi tin, bài về chiến dịch", "~", 350e6, **CNT),
])

# --------------------------------------------------------------------------
# 10 National, the Ministry of Science and Technology's online course (MOOC) for commune officials,
# opened on 1 December (vjst.vn; nothing cut; no byline, no stamp; the excerpt ends in "Phát biểu
# tại buổi L"). Year null: the text names no year (the day "1/12" only). One record: "mở hệ thống
# đào tạo ..., sẵn sàng phục vụ 18.000 học viên trên toàn quốc" (a target: the course's planned
# number of learners, `>=`; a judgement, the capacity the course opens with). Not quantities: "34
# Sở KH&CN" (the places the opening reached: participants of an event, as set167), "24/7" (hours,
# twice), "1/12", "ngày 1 đến ngày 15/12" (dates), "tối thiểu 10/19 chuyên đề, gồm 5 chuyên đề bắt
# buộc và 5 chuyên đề tự chọn" (the course's rules and parts, as set193's scoring rules). Pillar
# null. Id: CS_TRAINED_N (the officials to be trained in digital transformation; a judgement). The
# clause starts at "Buổi Lễ khai giảng" (`start_at`: the colon of "https://" would cut it).
# --------------------------------------------------------------------------
D10 = dict(name="10_toanquoc-tap-huan-can-bo-xa-mooc", kind="target", year=None, records=[
    R("phục vụ «18.000 học viên", "học viên cán bộ, công chức, viên chức cấp xã được hệ thống đào tạo phục vụ",
      ">=", 18000, **CNT, iid=CS_TRAINED_N, start_at="Buổi Lễ khai giảng"),
])

# --------------------------------------------------------------------------
# 11 Đắk Lắk, the province's instructions for the movement in 2026 (daklak24h.com.vn; cut: the
# byline "Thứ năm , 22/01/2026 15:46" (twice), written as the first line `date 2026-01-22`, and the
# photo caption "Công an xã Ea Wy hướng dẫn người dân sử dụng ứng dụng VNeID"; the excerpt ends in
# "biểu d"). A precision text, no record: "2026" (three times) and "2026 - 2030" (dates and a
# period), the date line. Nothing in the excerpt is a target or a result with a number.
# --------------------------------------------------------------------------
D11 = dict(name="11_daklak-binh-dan-hoc-vu-so-2026-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 12 Hà Nội, Hai Bà Trưng district launching the movement, 21 May 2025 (nguoihanoi.vn; nothing cut;
# no byline, no stamp; the excerpt ends in "Trưởng Ban Chỉ "). A precision text, no record: "năm
# 2025" (twice), "21/5", "18/11/2024", "20/11" (dates), "80 năm trước", "năm 1945" (history). NOT:
# "nước ta có hơn 95% dân số chưa biết đọc, biết viết" (the illiteracy of 1945, a historical
# figure, no indicator of a plan; as set30 left out the 1945 literacy result).
# --------------------------------------------------------------------------
D12 = dict(name="12_hanoi-haibatrung-phat-dong-2025-precision", kind="result", year=2025, records=[],
           NOT=["có hơn «95% dân"])

# --------------------------------------------------------------------------
# 13 Gia Lai, Ia Ly commune: the community digital technology team of Kép 2 village going door to
# door, January 2026 (baogialai.com.vn; the stamp " date 2026-02-09" written as the first line;
# nothing cut: the photo caption naming "làng Kép 2" carries a digit and was kept). A precision
# text, no record: "Kép 2" (a village's name, four times), "1-2026" (a date), "65 tuổi" (an age),
# "250 hộ với 927 nhân khẩu" (the village's size, as the earlier sets' sizes). NOT: "95% là người
# Jrai" (the village's ethnic make-up, no indicator).
# --------------------------------------------------------------------------
D13 = dict(name="13_gialai-ialy-lang-kep-2026-precision", kind="result", year=2026, records=[],
           NOT=["đó, «95% là"])

# --------------------------------------------------------------------------
# 14 National, the Youth Union and the Ministry of Public Security training the volunteer teams,
# 10 July 2025 (th389.vn; cut: the two image placeholders "![]() |" and the two photo captions
# "Bí thư Trung ương Đoàn, ... phát biểu tại chương trình. |", "Lãnh đạo Trung ương Đoàn ... tặng
# hoa các báo cáo viên. |"; no byline, no stamp; the excerpt ends in "Sử dụ"). Year 2025 ("tháng
# 7-2025"). Results: "Trong 9 ngày đầu tháng 7-2025, hơn 240.000 thanh niên đồng loạt ra quân tại
# 3.321 đơn vị hành chính cấp xã" (`>` and `=`, counts). Not quantities: "hơn 3.600 điểm cầu gồm
# 34 điểm cầu cấp tỉnh, thành phố, 3.321 điểm cầu các xã, ... thu hút gần 20.000 cán bộ Đoàn - Hội
# và tình nguyện viên ... tham dự" (the places and the participants of the training conference,
# spec's participants of an event), "10-7" (a date), "9 ngày" (a period), "2 cấp" (the model's
# name), "3 chuyên đề" (the training's contents), "C06" (a name). Pillar null, ids null.
# --------------------------------------------------------------------------
D14 = dict(name="14_toanquoc-tap-huan-doi-hinh-hai-cap-2025", kind="result", year=2025, records=[
    R("hơn «240.000 thanh", "thanh niên đồng loạt ra quân tại đơn vị hành chính cấp xã", ">", 240000, **CNT),
    R("quân tại «3.321 đơn", "đơn vị hành chính cấp xã có thanh niên ra quân", "=", 3321, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
