#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set215).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. This set needs none.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

Theme: digital transformation in education and health (school data and digital learning records,
electronic health records, telemedicine, online booking), provincial and national pages of
2021-2026.

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
from goldkit import R, CNT, RANK, T, DATA  # noqa: E402

PLAT = "digital_platforms"  # not among goldkit's shorthand

EHR = "society.electronic_health_records_share"
TELE = "society.telehealth_facilities_share"
EMR = "society.hospitals_emr_share"
EMR_N = "society.hospitals_emr_count"
EDOC = "egov.electronic_documents_share"
DTIR = "dti.provincial_rank"
NET = "infra.internet_users_share"
HOURS = dict(unit="other", unit_text="tiếng")

# --------------------------------------------------------------------------
# 01 Sơn La, Mộc Châu general hospital's telemedicine links (vietnamhoinhap.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "do các Bệnh "). Year 2023 (the only year the text gives:
# "Năm 2023, đơn vị đã kết nối ..."; the extension to the commune stations stands just before it,
# read as of the same year). Results: "mở rộng khám chữa bệnh từ xa đến 100% trạm y tế xã trên
# địa bàn" (=); "hội chẩn 13 ca bệnh nặng, đăng ký khám, chữa bệnh từ xa 39 ca, kết nối trạm y tế
# xã khám cho 16 ca bệnh" (three counts, each its own subject, scope null). Pillar null (no
# heading). Ids: TELE for the 100% (a commune station is a health facility; a judgement); the
# cases null (the catalogue counts facilities, not cases).
# --------------------------------------------------------------------------
D01 = dict(name="01_sonla-mocchau-kham-chua-benh-tu-xa-2023", kind="result", year=2023, records=[
    R("xa đến «100% trạm", "trạm y tế xã trên địa bàn mở rộng khám chữa bệnh từ xa", "=", 100, iid=TELE),
    R("hội chẩn «13 ca", "ca bệnh nặng hội chẩn với các bệnh viện tuyến Trung ương", "=", 13, **CNT),
    R("từ xa «39 ca", "ca đăng ký khám, chữa bệnh từ xa", "=", 39, **CNT),
    R("khám cho «16 ca", "ca bệnh kết nối trạm y tế xã khám", "=", 16, **CNT),
])

# --------------------------------------------------------------------------
# 02 Đồng Tháp, the education sector's digital transformation (nghean24h.vn, copying a TTXVN
# story; the stamp " date 2025-10-13" written as the first line; cut: the photo caption "Ứng dụng
# công nghệ số trong giờ học thực hành. (Ảnh: Nguyễn Thành/TTXVN)" that followed the stamp on its
# line, with the blank line after it; the excerpt ends in "Nhiề"). Year 2025 (the stamp). Results
# under the heading "Xây dựng nền giáo dục mở, thích ứng trên nền tảng số": pillar
# digital_platforms (the heading names nền tảng số, as an earlier set read "Phát triển du lịch
# trên nền tảng số"; a judgement): "100% văn bản trao đổi giữa Sở với các đơn vị được thực hiện
# trên môi trường mạng, ký số" (=), "thí điểm học bạ số tại 11 cơ sở tiểu học và trung học cơ sở"
# (count), "100% giáo án và kế hoạch dạy học của giáo viên được số hóa" (=), "trên 90% cơ sở giáo
# dục phổ thông đạt mức 2 trở lên" (>). Not quantities: "131/QĐ-TTg", "2022 - 2025", "2030",
# "Đề án 06" (names), "mức 2" (a level, part of the subject). Ids: EDOC for the documents (the Sở
# and its units are state agencies; a judgement); the rest null (the catalogue's học bạ số
# indicator is a share; lesson plans and the schools' DT level have none).
# --------------------------------------------------------------------------
D02 = dict(name="02_dongthap-giao-duc-so-2025", kind="result", year=2025, records=[
    R("đến nay, «100% văn bản", "văn bản trao đổi giữa Sở với các đơn vị được thực hiện trên môi trường mạng, ký số "
      "qua hệ thống iDesk", "=", 100, pillar=PLAT, iid=EDOC),
    R("học bạ số tại «11 cơ sở", "cơ sở tiểu học và trung học cơ sở thí điểm học bạ số", "=", 11, **CNT, pillar=PLAT),
    R("rộng với «100% giáo án", "giáo án và kế hoạch dạy học của giáo viên được số hóa", "=", 100, pillar=PLAT),
    R("cực, trên «90% cơ sở", "cơ sở giáo dục phổ thông có chỉ số chuyển đổi số đạt mức 2 trở lên", ">", 90,
      pillar=PLAT),
])

# --------------------------------------------------------------------------
# 03 Thanh Hóa, the education sector and the "Bình dân học vụ số" drive of 2026 (tamlygiaoduc.com.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "thách t"). Almost a precision text: one
# record. Year 2026 (the only year the sentence gives: "chiến lược “Bình dân học vụ số” năm 2026
# ... đưa Thanh Hóa xác lập vị trí thứ 5 cả nước về chỉ số chuyển đổi số quốc gia (DTI)"; a
# judgement). Result: rank =, 5. Pillar null (it stands above the only heading). Not quantities:
# "năm 1945" (a date), "Tám mươi năm" (no digit), "11 vị tiến sĩ" (the names on a stele of the
# feudal era, no indicator). Id: DTIR.
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-binh-dan-hoc-vu-so-giao-duc-2026", kind="result", year=2026, records=[
    R("vị trí thứ «5 cả nước", "Thanh Hóa xác lập vị trí cả nước về chỉ số chuyển đổi số quốc gia (DTI)", "=", 5,
      **RANK, iid=DTIR),
])

# --------------------------------------------------------------------------
# 04 Quảng Ninh, the smart hospitals of the health sector (vietnam.vn, copying the provincial
# paper; nothing cut; no byline, no stamp; the excerpt ends in "cho các TTHC"). A precision text,
# no record: "đến năm 2025, định hướng đến năm 2030" (the name of the programme), "từ năm 2017 và
# hoàn thành vào năm 2020" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_quangninh-benh-vien-thong-minh-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 05 Bắc Giang, the Department of Education's report 233/BC-SGDĐT of 15 June 2022 on IT and
# education statistics in the school year 2021-2022 (scribd.com; cut: the viewer's line "You are
# on page 1of 10"; the excerpt ends in "đúng độ tu"). A precision text, no record: "233",
# "333/CNTT" (document numbers), "15 tháng 6 năm 2022", "30/5/2022", "2021-2022", "2017-2020",
# "2021-2025", "2030" (dates and periods), "năm 2025" fused with the footnote mark "1" as
# "20251", the footnote marks "2" to "6" fused to words ("Kế hoạch2", "thứ tư3", "Trung ương4",
# "tỉnh5", "phổ thông6"), "năm học thứ năm" (no digit), and the size of the school network "760
# cơ sở giáo dục (CSGD) gồm 251 trường mầm non (chưa tính 307 cơ sở mầm non độc lập tư thục), 500
# trường phổ thông, 09 trung tâm" (sizes, as the earlier sets' sizes of a town or a fleet).
# --------------------------------------------------------------------------
D05 = dict(name="05_bacgiang-bao-cao-cntt-giao-duc-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 06 Hải Dương's paper on cashless fee collection against over-charging in schools, autumn 2023
# (baohaiduong.vn; nothing cut; no byline, no stamp; the excerpt ends in "hoặc không "). A
# precision text, no record: "12 điều hòa" (air conditioners parents gave a school), "500.000
# đồng/học sinh", "50.000 đồng", "8.715.000 đồng/học sinh" (fees and prices charged to parents, as
# an earlier set's "16.000 đồng/kg", not values of an indicator), "2023- 2024", "8/2023" (dates),
# "lớp 1", "khối 1", "Thanh Miện 3" (names and labels).
# --------------------------------------------------------------------------
D06 = dict(name="06_haiduong-thu-khong-tien-mat-truong-hoc-2023-precision", kind="result", year=2023,
           records=[])

# --------------------------------------------------------------------------
# 07 Hồ Chí Minh City, electronic medical records in the public hospitals, April 2025
# (tinmoi24.net; nothing cut; no byline, no stamp; the excerpt ends in "Nếu sau"). Year 2025 (the
# conference "ngày 10 tháng 4 năm 2025"). Results: "trong tổng số 51 bệnh viện công lập, chỉ có 9
# cơ sở đã chuyển đổi ... sang bệnh án điện tử, chiếm khoảng 18%" (count =, then % ~); "có 7 bệnh
# viện đã đủ điều kiện triển khai nhưng chưa hoàn tất hồ sơ thẩm định, trong khi 35 bệnh viện khác
# chưa thực hiện" (two counts, each its own subject). Not quantities: "51" (the denominator, the
# size of the group), "10 tháng 4 năm 2025", "tháng 9" (dates). Pillar null. Ids: EMR_N (9), EMR
# (18%); the others null.
# --------------------------------------------------------------------------
D07 = dict(name="07_hcm-benh-an-dien-tu-thang-4-2025", kind="result", year=2025, records=[
    R("chỉ có «9 cơ sở", "bệnh viện công lập đã chuyển đổi từ bệnh án giấy sang bệnh án điện tử", "=", 9, **CNT,
      iid=EMR_N),
    R("chiếm khoảng «18%", "bệnh viện công lập đã chuyển đổi từ bệnh án giấy sang bệnh án điện tử", "~", 18, iid=EMR),
    R("có «7 bệnh viện", "bệnh viện đã đủ điều kiện triển khai bệnh án điện tử nhưng chưa hoàn tất hồ sơ thẩm định",
      "=", 7, **CNT),
    R("trong khi «35 bệnh viện", "bệnh viện chưa thực hiện bệnh án điện tử do chưa đạt yêu cầu", "=", 35, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hồ Chí Minh City, the Department of Health's data (vietnam24h.vn; nothing cut; no byline, no
# stamp; the excerpt ends in "triển kha"). Year null (the text names none; the address's id is
# no date). Results (counts): "gần 50 nghìn chứng chỉ hành nghề y, hơn 7.000 giấy phép hoạt động
# của các cơ sở y tế, hơn 44 nghìn dữ liệu về nhân viên y tế" synchronised into the city's open
# data (~ 50000, > 7000, > 44000; each its own subject); "48 trạm y tế mô hình điểm" linked to the
# city's hospitals for tele-consultation (=). Pillar null. Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_hcm-du-lieu-nganh-y-te", kind="result", year=None, records=[
    R("với gần «50 nghìn", "chứng chỉ hành nghề y đồng bộ vào hệ thống dữ liệu mở của trung tâm dữ liệu thành phố",
      "~", 50000, **CNT),
    R("hơn «7.000 giấy phép", "giấy phép hoạt động của các cơ sở y tế đồng bộ vào hệ thống dữ liệu mở", ">", 7000,
      **CNT),
    R("hơn «44 nghìn", "dữ liệu về nhân viên y tế đã được nhập liệu mã hóa đưa vào hệ thống quản lý", ">", 44000,
      **CNT),
    R("có «48 trạm", "trạm y tế mô hình điểm kết nối bác sĩ chuyên khoa của bệnh viện thành phố để tư vấn chuyên "
      "môn, hội chẩn từ xa", "=", 48, **CNT),
])

# --------------------------------------------------------------------------
# 09 Hà Nội, 8 million standardised electronic health records (baomoi.net.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "Ngoài r"). Results, year null: the text dates the pilot
# ("từ cuối năm 2023", "đến giữa năm 2024 đã có báo cáo tổng kết") and then reports "Đến nay"
# without a year (a judgement: the year of "đến nay" is not in the text). The headline "Hà Nội có
# 8 triệu hồ sơ ..." and the body's "TP có 8 triệu hồ sơ ... đã được chuẩn hóa dữ liệu" (two
# records, the headline a quantified statement as the earlier sets read headlines), "hơn 3 triệu
# hồ sơ ... đã đủ 48 trường thông tin" (>), "khoảng 18 triệu hồ sơ gần như đầy đủ" (~), "Hà Nội đã
# triển khai được 95% hồ sơ sức khỏe điện tử" (=), "(cả nước mới đạt 25%)" (=, the country in the
# indicator). Target: "hướng tới mục tiêu năm 2026, 100% người dân Hà Nội được quản lý hồ sơ sức
# khỏe điện tử" (>=, 2026). Not quantities: "1 hồ sơ" (each person's one record, the scheme's
# description), "70 năm" (an anniversary's name), "22/2" (a date), "48 trường thông tin" (part of
# the subject). Pillar null. Ids: EHR for 95%, 25% and the target; the counts of standardised or
# near-complete records null (subsets by data quality, not the people with a record).
# --------------------------------------------------------------------------
D09 = dict(name="09_hanoi-ho-so-suc-khoe-8-trieu-2025", kind="result", year=None, records=[
    R("Hà Nội có «8 triệu hồ sơ sức khỏe điện tử đã được chuẩn hóa dữ liệu\n", "hồ sơ sức khỏe điện tử đã được chuẩn "
      "hóa dữ liệu", "=", 8000000, **CNT),
    R("TP có «8 triệu", "hồ sơ sức khỏe điện tử đã được chuẩn hóa dữ liệu", "=", 8000000, **CNT),
    R("có hơn «3 triệu", "hồ sơ sức khỏe điện tử đã đủ 48 trường thông tin", ">", 3000000, **CNT),
    R("khoảng «18 triệu", "hồ sơ gần như đầy đủ các trường thông tin", "~", 18000000, **CNT),
    R("năm 2026, «100% người dân", "người dân Hà Nội được quản lý hồ sơ sức khỏe điện tử", ">=", 100, **T, year=2026,
      iid=EHR),
    R("triển khai được «95%", "hồ sơ sức khỏe điện tử Hà Nội đã triển khai", "=", 95, iid=EHR),
    R("mới đạt «25%", "hồ sơ sức khỏe điện tử cả nước", "=", 25, iid=EHR),
])

# --------------------------------------------------------------------------
# 10 Hà Nội, the plan to pilot electronic health records and health books (vneconomy.vn; the stamp
# " date 2023-11" written as the first line; nothing cut; the excerpt ends in "kết n"). Targets of
# the plan, year 2023 (the stamp's year: the plan names no horizon, spec's decided case for a
# stamped text): "100% người dân sống, làm việc ổn định trên địa bàn TP. Hà Nội được cấp hồ sơ sức
# khỏe điện tử cá nhân" and "100% các thông tin sức khỏe y tế của người dân ... được theo dõi, quản
# lý thông qua dữ liệu số" (bare numbers in a target: >=). Pillar null. Ids: EHR for the first;
# the second null.
# --------------------------------------------------------------------------
D10 = dict(name="10_hanoi-ke-hoach-ho-so-suc-khoe-2023", kind="target", year=2023, records=[
    R("mục tiêu «100% người dân", "người dân sống, làm việc ổn định trên địa bàn TP. Hà Nội được cấp hồ sơ sức khỏe "
      "điện tử cá nhân", ">=", 100, iid=EHR),
    R("Cùng với đó, «100% các", "thông tin sức khỏe y tế của người dân trên địa bàn thành phố được theo dõi, quản lý "
      "thông qua dữ liệu số", ">=", 100),
])

# --------------------------------------------------------------------------
# 11 Cần Thơ, digital learning records in the city's schools (baocantho.com.vn; cut: the byline
# date "23/09/2024 - 08:29", written as the first line `date 2024-09-23`, and the photo caption
# "Cán bộ, giáo viên TP Cần Thơ tham gia tập huấn sử dụng học bạ số. Ảnh: B.NG" with the blank
# line after it; the excerpt ends in "Tất cả các t"). Year 2024. Result: "Hiện nay, 100% trường
# tiểu học đã cập nhật dữ liệu về mạng lưới trường, lớp, học sinh và chuyển dữ liệu lên hệ thống
# cơ sở dữ liệu ngành" (=). Not quantities: "năm 2016", "Năm 2018" (dates). Pillar null (the
# headings "Tiếp tục thúc đẩy triển khai học bạ số" and "Kết quả tích cực" name no pillar). Id
# null (the catalogue's school-records share is for học bạ số and grade books, not the data
# upload).
# --------------------------------------------------------------------------
D11 = dict(name="11_cantho-hoc-ba-so-2024", kind="result", year=2024, records=[
    R("Hiện nay, «100% trường", "trường tiểu học đã cập nhật dữ liệu về mạng lưới trường, lớp, học sinh và chuyển dữ "
      "liệu lên hệ thống cơ sở dữ liệu ngành của Bộ GD&ÐT", "=", 100),
])

# --------------------------------------------------------------------------
# 12 The Ministry of Education's databases, July 2024 (daidoanket.vn; cut: the section label
# "Giáo dục", the byline "Lam Nhi 12/07/2024 09:10" (written as the first line `date 2024-07-12`),
# the image name "anhbaitren(2).jpg" and the photo caption "Tuyển sinh đầu cấp ở Hà Nội không cần
# giấy tờ xác minh nơi cư trú. Ảnh: Trần Oanh." with the blank lines that went with them; the
# excerpt ends in "đơn vị tr"). National, year 2024 (the byline; "Từ năm 2022" dates the start of
# the link, the count is as of the report; a judgement). Results (counts and shares, "hơn" >, "gần"
# ~): the database of "hơn 26 triệu học sinh, sinh viên"; "100% các CSDL của ngành giáo dục" (=);
# for pre-school "gần 22.000 cơ sở giáo dục và nhóm trẻ độc lập, gần 500.000 hồ sơ giáo viên và
# hơn 5 triệu hồ sơ trẻ em"; for general education "hơn 26.000 cơ sở giáo dục; gần 800.000 hồ sơ
# giáo viên và hơn 18 triệu hồ sơ học sinh" (scope null: a breakdown by level of education is a
# breakdown by kind of institution, as set193 read grades of facility; the level in the
# indicator); "hơn 24 triệu giáo viên và HS (đạt tỷ lệ gần 98%)" (count, then %); "hơn 24 triệu
# công dân"; "gần 18.000 hồ sơ viên chức". Pillar: the first record stands under the headline
# "Thuận lợi từ số hóa dữ liệu" (data digitisation, a topic of dữ liệu số: digital_data; a
# judgement), the rest under "Tiết kiệm thời gian" (no pillar): null. Ids null (no national
# education-database indicator in the catalogue).
# --------------------------------------------------------------------------
D12 = dict(name="12_quocgia-csdl-giao-duc-2024", kind="result", year=2024, records=[
    R("(CSDL) của hơn «26 triệu", "cơ sở dữ liệu của học sinh, sinh viên đã hoàn thành xây dựng", ">", 26000000, **CNT,
      pillar=DATA),
    R("xây dựng «100% các CSDL", "các CSDL của ngành giáo dục đã hoàn thành xây dựng", "=", 100),
    R("của gần «22.000", "cơ sở giáo dục và nhóm trẻ độc lập mầm non đã số hóa dữ liệu", "~", 22000, **CNT),
    R("gần «500.000", "hồ sơ giáo viên mầm non đã số hóa", "~", 500000, **CNT),
    R("hơn «5 triệu", "hồ sơ trẻ em đã số hóa", ">", 5000000, **CNT),
    R("của hơn «26.000", "cơ sở giáo dục GDPT đã số hóa dữ liệu", ">", 26000, **CNT),
    R("gần «800.000", "hồ sơ giáo viên GDPT đã số hóa", "~", 800000, **CNT),
    R("hơn «18 triệu", "hồ sơ học sinh GDPT đã số hóa", ">", 18000000, **CNT),
    R("định danh của hơn «24 triệu", "giáo viên và học sinh đã được kết nối, xác thực và định danh", ">", 24000000,
      **CNT),
    R("tỷ lệ gần «98%", "giáo viên và học sinh đã được kết nối, xác thực và định danh", "~", 98),
    R("giáo dục của hơn «24 triệu", "công dân được làm giàu thông tin giáo dục trong CSDL quốc gia về dân cư", ">",
      24000000, **CNT),
    R("được gần «18.000", "hồ sơ viên chức đã báo cáo, hệ thống kết nối với CSDL quốc gia về công chức viên chức", "~",
      18000, **CNT),
])

# --------------------------------------------------------------------------
# 13 The national Internet audience in an editor's note on online booking in the central
# hospitals (vietnamnet.vn; cut: the photo caption that repeats the ranking sentence, "Việt Nam là
# quốc gia có lượng người dùng Internet cao thứ 12 ... châu Á. Ảnh: Nguyễn Huế.", with the blank
# line after it; no byline, no stamp; the excerpt ends in "Cục Viễn thông (B"). National, year 2022
# ("tính tới tháng 9/2022"). Results: "khoảng 70 triệu người, chiếm khoảng 70% dân số" (count ~,
# % ~); "cao thứ 12 trên toàn thế giới và đứng thứ 6 trong tổng số 35 quốc gia và vùng lãnh thổ
# tại châu Á" (two ranks =, the region in the indicator; "35" the size of the field); "trung bình
# 7 tiếng mỗi ngày" (unit other, unit_text "tiếng"); "Tỷ lệ người dùng sử dụng Internet hàng ngày
# ... lên tới 94%" (=). Not quantities: "3/6/2020", "749/QĐ-TTg", "2025", "2030", "9/2022" (dates
# and names), "Hơn hai năm" (no digit). Pillar null ("LỜI TÒA SOẠN" names none). Ids: NET for the
# 70%; the rest null.
# --------------------------------------------------------------------------
D13 = dict(name="13_quocgia-dat-lich-kham-internet-2022", kind="result", year=2022, records=[
    R("vào khoảng «70 triệu", "người dùng Internet tại Việt Nam", "~", 70000000, **CNT),
    R("chiếm khoảng «70%", "người dùng Internet tại Việt Nam trong dân số cả nước", "~", 70, iid=NET),
    R("cao thứ «12", "Việt Nam về lượng người dùng Internet trên toàn thế giới", "=", 12, **RANK),
    R("đứng thứ «6", "Việt Nam về lượng người dùng Internet trong các quốc gia và vùng lãnh thổ tại châu Á", "=", 6,
      **RANK),
    R("trung bình «7 tiếng", "người dùng Việt Nam dành mỗi ngày để tham gia các hoạt động liên quan đến Internet",
      "=", 7, **HOURS),
    R("lên tới «94%", "người dùng sử dụng Internet hàng ngày tại Việt Nam", "=", 94),
])

# --------------------------------------------------------------------------
# 14 The Ministry of Health's digital health in the COVID-19 response (ictvietnam.vn; cut: the
# byline "LP| 19/02/2021 12:39" (written as the first line `date 2021-02-19`) and the follow
# widget "Theo dõi ICTVietnam trên"; the excerpt ends in "truy vết,..."). National, year 2020 ("từ
# đầu năm 2020"). Results: "Huy động được hơn 20 doanh nghiệp (DN) công nghệ tham gia ... với gần
# 1.000 kỹ sư CNTT phát triển hơn 20 ứng dụng" (three counts, >, ~, >). Not quantities: "19" in
# "COVID-19" (a name). Pillar null (the headings name y tế số, no pillar). Ids null.
# --------------------------------------------------------------------------
D14 = dict(name="14_quocgia-y-te-so-covid-2021", kind="result", year=2020, records=[
    R("Huy động được hơn «20 doanh nghiệp", "doanh nghiệp công nghệ tham gia phòng chống dịch COVID-19", ">", 20,
      **CNT),
    R("với gần «1.000 kỹ sư", "kỹ sư CNTT tham gia phát triển ứng dụng phòng, chống dịch", "~", 1000, **CNT),
    R("phát triển hơn «20 ứng dụng", "ứng dụng phục vụ phòng, chống dịch COVID-19", ">", 20, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
