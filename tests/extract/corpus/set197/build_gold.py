#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set197).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a change against an earlier year);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).

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
from goldkit import R, CNT, RANK, T, INFRA  # noqa: E402

PTS = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
HANDBOOK = "society.party_members_e_handbook_share"
ON_TIME = "egov.on_time_applications_share"

# --------------------------------------------------------------------------
# 01 Bình Phước, the Government Office's report praising the province's online payments and
# electronic certified copies, 8 months of 2022 (binhphuoc.gov.vn; nothing cut; no byline, no
# stamp; the excerpt ends in "TTHC 8"). Year 2022 ("8 tháng đầu năm 2022", "năm 2022"; the
# national portal's totals "đến nay" of the same report). Pillar null. Results: the national
# portal's nine totals ("3.805 DVC trực tuyến", "hơn 2,8 triệu tài khoản", ... "hơn 46 nghìn phản
# ánh"; "hơn" as `>`, magnitude words multiplied in, "2,78 nghìn tỷ đồng" = 2.78e12, unit other
# "đồng"); Bình Phước's counts and rates ("tổng số giao dịch 8.701, tỷ lệ giao dịch thành công
# 45,37%", "60.222", "79,28%", "tổng số hồ sơ 17.921, hoàn thành 16.864, chiếm tỷ lệ 94,1%") and
# "thuộc tốp 10" (rank `<=` 10, spec's "tốp 10"). Not quantities: "tốp khá", "tốp cao" (no number),
# "6055/BC-VPCP" (a document), "12/2019", "23/8/2022" (dates), "mức độ 3, 4" (labels), "8 tháng"
# (a period), the truncated "TTHC 8". Ids null (the catalogue's online-payment share is the share of
# payments made online, not the success rate of transactions; the national totals are not the
# province's).
# --------------------------------------------------------------------------
D01 = dict(name="01_binhphuoc-thanh-toan-truc-tuyen-dvc-2022", kind="result", year=2022, records=[
    R("cung cấp «3.805 DVC", "DVC trực tuyến mức độ 3, 4 Cổng DVC quốc gia đã cung cấp", "=", 3805, **CNT),
    R("hơn «2,8 triệu tài khoản", "tài khoản đăng ký Cổng DVC quốc gia", ">", 2800000, **CNT),
    R("hơn «720 triệu truy cập", "truy cập tìm hiểu thông tin, dịch vụ Cổng DVC quốc gia", ">", 720000000, **CNT),
    R("hơn «129,6 triệu hồ sơ", "hồ sơ đồng bộ trạng thái Cổng DVC quốc gia", ">", 129600000, **CNT),
    R("hơn «4,78 triệu hồ sơ", "hồ sơ trực tuyến thực hiện từ Cổng DVC quốc gia", ">", 4780000, **CNT),
    R("hơn «2,6 triệu giao dịch", "giao dịch thanh toán trực tuyến Cổng DVC quốc gia", ">", 2600000, **CNT),
    R("hơn «2,78 nghìn tỷ đồng", "số tiền giao dịch thanh toán trực tuyến Cổng DVC quốc gia", ">", 2780000000000,
      **DONG),
    R("hơn «189 nghìn cuộc gọi", "cuộc gọi tới tổng đài Cổng DVC quốc gia đã tiếp nhận, xử lý", ">", 189000, **CNT),
    R("hơn «46 nghìn phản ánh", "phản ánh, kiến nghị Cổng DVC quốc gia đã tiếp nhận, xử lý", ">", 46000, **CNT),
    R("giao dịch «8.701", "tổng số giao dịch thanh toán trực tuyến trên Cổng DVC quốc gia của Bình Phước", "=", 8701,
      **CNT),
    R("thành công «45,37%", "tỷ lệ giao dịch thanh toán trực tuyến thành công", "=", 45.37),
    R("năm 2022 là «60.222", "tổng số giao dịch thanh toán thuế, lệ phí trước bạ trong thực hiện TTHC về đất đai",
      "=", 60222, **CNT),
    R("thành công «79,28%", "tỷ lệ giao dịch thanh toán thuế, lệ phí trước bạ thành công", "=", 79.28),
    R("thuộc tốp «10 với", "Bình Phước thuộc tốp chứng thực bản sao điện tử từ bản chính", "<=", 10, **RANK),
    R("hồ sơ «17.921", "tổng số hồ sơ chứng thực bản sao điện tử từ bản chính", "=", 17921, **CNT),
    R("hoàn thành «16.864", "hồ sơ chứng thực bản sao điện tử hoàn thành", "=", 16864, **CNT),
    R("tỷ lệ «94,1%", "tỷ lệ hồ sơ chứng thực bản sao điện tử hoàn thành", "=", 94.1),
])

# --------------------------------------------------------------------------
# 02 Thái Nguyên, over 89% of Party members installed the electronic Party handbook, March 2024
# (baothainguyen.vn; cut: the byline "Hằng Nga 15:25, 13/03/2024" with the blank line after it,
# written as the first line `date 2024-03-13`, and the photo caption "Cán bộ Sở Thông tin và
# Truyền thông ... cho công dân." (two identical lines) with the blank line after them; the excerpt
# ends in "thông tin th"). Year 2024. Pillar null. Results: the title's "Trên 89% đảng viên" (>),
# "tại 16 đảng bộ trực thuộc" (the committees where the installation was deployed), "hơn 88.000
# đảng viên ..., đạt 89,44%", the members not installed "(chiếm 9,26%)" and "(chiếm 1,3%)" (two
# shares, each its own subject), "675 văn bản", "748 tin, bài", "trên 1.859.660 lượt truy cập",
# "trung bình 77.400 lượt/tháng" (=, unit other "lượt/tháng") and "hơn 2.580 lượt/ngày" (>, other
# "lượt/ngày", as set17 and set55 read "lượt/ngày"). Not quantities: "12-QC/TU" (a document),
# "19/5/2022" (a date), "9 chức năng, hơn 120 ứng dụng" (the make-up of the application, as the
# spec's parts of an index; a judgement). Ids: HANDBOOK for the two shares of members who
# installed it; null for the rest.
# --------------------------------------------------------------------------
D02 = dict(name="02_thainguyen-so-tay-dang-vien-2024", kind="result", year=2024, records=[
    R("Trên «89% đảng viên", "đảng viên cài đặt Sổ tay điện tử", ">", 89, iid=HANDBOOK),
    R("tại «16 đảng bộ", "đảng bộ trực thuộc Tỉnh ủy triển khai đồng loạt cài đặt STĐVĐT", "=", 16, **CNT),
    R("hơn «88.000 đảng viên", "đảng viên cài đặt, đăng ký thành công STĐVĐT", ">", 88000, **CNT),
    R("đạt «89,44%", "đảng viên cài đặt, đăng ký thành công STĐVĐT", "=", 89.44, iid=HANDBOOK),
    R("(chiếm «9,26%)", "đảng viên chưa cài đặt: đảng viên dự bị, được miễn sinh hoạt, không sử dụng điện thoại "
      "thông minh", "=", 9.26),
    R("(chiếm «1,3%)", "đảng viên chưa cài đặt tại các đảng bộ có tính đặc thù như quân sự, công an", "=", 1.3),
    R("có «675 văn bản", "văn bản, tài liệu được đưa lên hệ thống STĐVĐT", "=", 675, **CNT),
    R("nguồn «748 tin", "tin, bài biên soạn và dẫn nguồn trên STĐVĐT", "=", 748, **CNT),
    R("trên «1.859.660 lượt", "lượt truy cập vào ứng dụng STĐVĐT", ">", 1859660, **CNT),
    R("bình «77.400 lượt/tháng", "lượt truy cập STĐVĐT trung bình", "=", 77400, unit="other",
      unit_text="lượt/tháng"),
    R("hơn «2.580 lượt/ngày", "lượt truy cập STĐVĐT", ">", 2580, unit="other", unit_text="lượt/ngày"),
])

# --------------------------------------------------------------------------
# 03 Nghệ An, the Provincial Party Committee's instruction deploying the electronic Party handbook
# (baonghean.vn; the stamp " date 2025-01-11" written as the first line, the rest of its line
# ("Xây dựng Đảng Nghệ An triển khai ...", the section label and title run into the lead) on the
# second; cut: the photo caption "Sổ tay đảng viên điện tử đang được ứng dụng rộng rãi." with the
# blank line after it; the excerpt ends in "theo đúng"). A precision text, no record: "132-CV/TU"
# (twice), "339-QĐ/TW", "168-KH/VPTW" (documents), "30/10/2025", "10/7/2025", "21/8/2025",
# "29/10/2025", "01/11/2025" (dates), "Cơ sở dữ liệu đảng viên 3.0" (a name). Year 2025 (the text's
# dates; the stamp says 2025-01, the text October 2025).
# --------------------------------------------------------------------------
D03 = dict(name="03_nghean-so-tay-dang-vien-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 04 Tây Ninh, the Provincial Party Committee handing chip Party cards to its committees, October
# 2025 (baolongan.vn; cut: the language switch "Tiếng Việt | English" and the date line
# "03/10/2025 - 16:54" (written as the first line `date 2025-10-03`) with their blank lines, and
# two photo captions without a figure ("Việc cấp thẻ đảng viên gắn chip điện tử nhằm ...", "Phó
# Trưởng ban ... phát biểu tại buổi lễ") with the blank lines after them; the caption "Ban Tổ chức
# Tỉnh ủy Tây Ninh bàn giao gần 85.800 thẻ ... cho 100 đảng bộ trực thuộc" carries figures and
# stays; the excerpt ends in "chất lượng côn"). Year 2025. Pillar null. Results: "gần 85.800 thẻ
# đảng viên" (~) "cho 100 đảng bộ trực thuộc" (=), stated twice (the kept caption and the body:
# each statement its own records), and "đạt hơn 98%" (>). Not quantities: "03/10" (a date). Ids
# null (no catalogue indicator for Party cards).
# --------------------------------------------------------------------------
D04 = dict(name="04_tayninh-the-dang-vien-gan-chip-2025", kind="result", year=2025, records=[
    R("Tây Ninh bàn giao gần «85.800 thẻ", "thẻ đảng viên gắn chip điện tử bàn giao", "~", 85800, **CNT),
    R("điện tử cho «100 đảng bộ trực thuộc\n", "đảng bộ trực thuộc được bàn giao thẻ đảng viên gắn chip điện tử",
      "=", 100, **CNT),
    R("đạt hơn «98%", "công tác đổi thẻ đảng viên tại Tây Ninh", ">", 98),
    R("Tỉnh ủy bàn giao gần «85.800 thẻ", "thẻ đảng viên gắn chip điện tử bàn giao trong đợt phát thẻ", "~", 85800,
      **CNT),
    R("cho «100 đảng bộ trực thuộc. Tây", "đảng bộ trực thuộc được bàn giao thẻ đảng viên gắn chip điện tử",
      "=", 100, **CNT),
])

# --------------------------------------------------------------------------
# 05 Nghệ An, the 2G network switched off and subscribers moved to 4G, October 2024 (baonghean.vn;
# the stamp " date 2024-10" written as the first line, the rest of its line ("Kinh tế Nghệ An cơ
# bản hoàn tất ...", section label and title run into the lead) on the second; cut: the photo
# caption "Các điện thoại "cục gạch" ... Ảnh: P.V" with the blank line after it, and the last,
# truncated caption "Người dân đến làm thủ tục chuyển đổi sang 4G tại VinaPhone Nghệ A"). Year 2024.
# One result: "khoảng 370.080 thuê bao di động 2G hoạt động" (~, count). Pillar
# digital_infrastructure: it stands under the heading "Chính thức tắt sóng 2G", the switching-off
# of a mobile network (spec: a heading naming a topic of one pillar, mạng viễn thông; a judgement).
# Not quantities: "2G", "4G", "5G" (names), "10/2024/TT-BTTTT" (a document), "15/10" (a date),
# "hơn 30 năm" (a duration). Id null.
# --------------------------------------------------------------------------
D05 = dict(name="05_nghean-tat-song-2g-2024", kind="result", year=2024, records=[
    R("khoảng «370.080 thuê bao", "thuê bao di động 2G hoạt động trên địa bàn tỉnh Nghệ An", "~", 370080, **CNT,
      pillar=INFRA),
])

# --------------------------------------------------------------------------
# 06 Phú Thọ, the province's merged newspaper and radio-TV agency rated excellent on press digital
# maturity in 2025 (baophutho.vn; the stamp " date 2025-12-19" written as the first line, the title
# on the second; nothing cut: the caption "Bảng xếp hạng top 10 khối báo địa phương ..." carries a
# figure and stays; the excerpt ends in "(thay thế Qu"). Year 2025. Pillar null. Results: "xếp thứ
# 8 trong khối báo địa phương" (rank =), "tổng số 90,13/100 điểm" and "(năm 2024 đạt 86,94/100
# điểm)" (unit other "điểm", the bracket a result of 2024, spec), the two pillars' "Chiến lược
# 18/18 điểm", "Độc giả/khán giả/thính giả 23/23 điểm" (points reached; "/18", "/23", "/100" the
# scales), "trung bình 1,5 triệu lượt truy cập/tháng" (=, unit other "lượt truy cập/tháng"), "hơn
# 123 nghìn người theo dõi", "hơn 317 nghìn người theo dõi" (>, counts). Not quantities: "top 10"
# in the caption (the name of the table shown), "2 trụ cột đạt điểm tối đa" (the parts of the
# index that the two scores then give; a judgement), "6/10/2025" (a date), "3560/QĐ-BVHTTDL" (a
# document). Ids null (the press maturity index is not in the catalogue).
# --------------------------------------------------------------------------
D06 = dict(name="06_phutho-chuyen-doi-so-bao-chi-2025", kind="result", year=2025, records=[
    R("xếp thứ «8 trong", "Báo và phát thanh, truyền hình Phú Thọ xếp thứ trong khối báo địa phương về mức độ "
      "trưởng thành chuyển đổi số báo chí", "=", 8, **RANK),
    R("tổng số «90,13/100", "tổng số điểm mức độ trưởng thành chuyển đổi số báo chí", "=", 90.13, **PTS),
    R("năm 2024 đạt «86,94/100", "tổng số điểm mức độ trưởng thành chuyển đổi số báo chí", "=", 86.94, **PTS,
      year=2024),
    R("Chiến lược «18/18", "điểm trụ cột Chiến lược", "=", 18, **PTS),
    R("thính giả «23/23", "điểm trụ cột Độc giả/khán giả/thính giả", "=", 23, **PTS),
    R("trung bình «1,5 triệu lượt", "lượt truy cập trang web Báo Phú Thọ duy trì trung bình", "=", 1500000, unit="other",
      unit_text="lượt truy cập/tháng"),
    R("hơn «123 nghìn người", "người theo dõi Fanpage Báo Phú Thọ trên Facebook", ">", 123000, **CNT),
    R("hơn «317 nghìn người", "người theo dõi Tiktok Báo Phú Thọ", ">", 317000, **CNT),
])

# --------------------------------------------------------------------------
# 07 Quảng Ngãi, the national picture of press digital maturity in 2024, with Báo Quảng Ngãi rated
# good (chuyendoiso.quangngai.gov.vn; cut: the photo caption "Đa dạng các chương trình trên báo
# điện tử Quảng Ngãi"; no byline, no stamp; the excerpt ends in "24 đi"). Year 2024. Pillar null.
# Results (counts, =): "351 cơ quan báo chí tham gia và hoàn thành chương trình tập huấn", "chỉ có
# 282 đơn vị thực hiện đánh giá" and its bracketed breakdown by block ("40", "62", "48", "67",
# "65": each its own subject, scope null: a block of the press is a kind of agency, not a level or
# a population group), the five levels reached ("28 ... xuất sắc", "65 ... tốt", "55 ... khá",
# "25 ... trung bình", "109 ... Yếu"). NOT: the five bracketed changes against 2023 ("tăng 6,27% so
# với năm 2023", ..., "giảm 24,35% so với năm 2023": spec, a change against an earlier value). Not
# quantities: "năm 2024", "năm 2025", "10/2024" (dates), "tối đa là 100 điểm", "18 điểm", "24 đi"
# (the index's scale, spec's parts of an index). Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangngai-chuyen-doi-so-bao-chi-2024", kind="result", year=2024, records=[
    R("có «351 cơ quan", "cơ quan báo chí tham gia và hoàn thành chương trình tập huấn đánh giá mức độ trưởng thành "
      "chuyển đổi số", "=", 351, **CNT),
    R("chỉ có «282 đơn vị", "đơn vị thực hiện đánh giá, đo lường mức độ chuyển đổi số", "=", 282, **CNT),
    R("trung ương có «40 đơn vị", "đơn vị khối báo trung ương thực hiện đánh giá", "=", 40, **CNT),
    R("báo địa phương «62 đơn vị", "đơn vị khối báo địa phương thực hiện đánh giá", "=", 62, **CNT),
    R("và địa phương «48 đơn vị", "đơn vị khối Tạp chí trung ương và địa phương thực hiện đánh giá", "=", 48, **CNT),
    R("Khoa học «67 đơn vị", "đơn vị khối Tạp chí Khoa học thực hiện đánh giá", "=", 67, **CNT),
    R("tỉnh «65 đơn vị", "đơn vị khối Đài Phát thanh-Truyền hình tỉnh thực hiện đánh giá", "=", 65, **CNT),
    R("có «28 cơ quan", "cơ quan báo chí đạt mức xuất sắc", "=", 28, **CNT),
    R("2023); «65 đơn vị", "đơn vị đạt mức tốt", "=", 65, **CNT),
    R("Quảng Ngãi; «55 đơn vị", "đơn vị đạt mức khá", "=", 55, **CNT),
    R("2023); «25 đơn vị", "đơn vị đạt mức trung bình", "=", 25, **CNT),
    R("và «109 đơn vị", "đơn vị đạt mức Yếu", "=", 109, **CNT),
], NOT=["tăng «6,27%", "tăng «14,99%", "tăng «6,31%", "giảm «3,22%", "giảm «24,35%"])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, the provincial radio-TV station (TTV) pushing its digital transformation,
# September 2023 (truyenhinhthanhhoa.vn; cut: the byline "Hữu Đại – Quốc Cường" and the date line
# "26/09/2023 19:56" (written as the first line `date 2023-09-26`) with their blank lines, and the
# photo caption "Đẩy mạnh chuyển đổi số, ... - Ảnh 1." with the blank line after it; the site's
# header lines and hotline stay; the excerpt ends in "thay vào đ"). A precision text, no record:
# "0237 3721150" (a phone number), "FM 92,3 MHz" (the frequency of the station's channel, a name
# of a channel, not a quantity reached or planned; a judgement). Year 2023.
# --------------------------------------------------------------------------
D08 = dict(name="08_thanhhoa-dai-ptth-ttv-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 09 Lâm Đồng, the police and Party committees exchanging Party cards on the population database,
# August 2025 (baolamdong.vn; the stamp " date 2025-08-14" written as the first line, the rest of
# its line ("Chính trị Lâm Đồng chủ động ...", section label and title run into the lead) on the
# second; cut: two photo captions without a figure with the blank lines after them; the excerpt
# ends in "tình trạng suy"). Year 2025. One target: "phấn đấu hoàn thành việc thu nhận hồ sơ đổi
# thẻ đảng viên cho gần 125.000 đảng viên trước ngày 15/8/2025" (~: "gần"; count). Not quantities:
# "15/8/2025" (a date), "Chỉ thị số 51" (a document), "100 năm thành lập Đảng (1930 - 2030)", "100
# năm thành lập nước (1945 - 2045)" (anniversaries). Pillar null, id null.
# --------------------------------------------------------------------------
D09 = dict(name="09_lamdong-doi-the-dang-vien-2025", kind="target", year=2025, records=[
    R("cho gần «125.000 đảng viên", "đảng viên thu nhận hồ sơ đổi thẻ đảng viên", "~", 125000, **CNT),
])

# --------------------------------------------------------------------------
# 10 Phú Thọ, the administrative-procedure system after three months of the two-level local
# government, September 2025 (baophutho.vn; the stamp " date 2025-09-30" written as the first
# line, the title on the second; cut: two photo captions without a figure ("Tổ công nghệ số xã Lạc
# Sơn hỗ trợ ...", and the last, truncated "Cán bộ, công chức Trung tâm phục vụ hành chính công xã
# Thanh Thủy ...") with the blank line between them). Year 2025. Pillar null. Results: the title's
# "Trên 98% thủ tục hành chính được giải quyết thủ tục đúng và trước hạn" (>), the training "cho
# 100% cán bộ, lãnh đạo, công chức, viên chức cấp sở" (=) "và 148 xã, phường" (=, count: the
# communes and wards whose staff were trained; scope null, the department level is part of the
# subject, spec). Not quantities: "3 tháng" (a duration), "2 cấp", "2 nhóm dịch vụ công" (names of
# the model and of the service groups). Ids: ON_TIME for the 98%; null for the training.
# --------------------------------------------------------------------------
D10 = dict(name="10_phutho-thu-tuc-hanh-chinh-2-cap-2025", kind="result", year=2025, records=[
    R("Trên «98% thủ tục", "thủ tục hành chính được giải quyết thủ tục đúng và trước hạn", ">", 98, iid=ON_TIME),
    R("cho «100% cán bộ", "cán bộ, lãnh đạo, công chức, viên chức cấp sở được tập huấn trực tuyến vận hành hệ "
      "thống thông tin giải quyết TTHC", "=", 100),
    R("và «148 xã", "xã, phường được tập huấn trực tuyến vận hành hệ thống thông tin giải quyết TTHC", "=", 148,
      **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
