#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set33).

Copied from set27's builder (itself from set25's, set23's, set21's, set19's, set17's, set15's, set14's,
set12's, set10's, set9's, set8's and the seeds'). Each record is written by hand below; its
anchor is never typed in. A record names a locator: a piece of the text with « just before the
number. The locator (without «) must occur exactly once in the text; the anchor is where «
stands. `start`/`end` (the clause that states the quantity) are computed as in the seeds'
builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml at commit
f0d9ac1 (214 entries; see README). As in set10-set27, the id is given in the record itself
(`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T, RES  # noqa: E402


VAL = dict(unit="other", unit_text=None)
DIEM = dict(unit="other", unit_text="điểm")

TEAMS = "aware.community_digital_teams_count"
MEMBERS = "aware.community_digital_team_members_count"
MERCH = "econ.merchants_cashless_share"
SIGN = "egov.officials_digital_signature_share"
NEWS = "aware.dx_news_articles_count"
DEGDP = "econ.digital_economy_gdp_share"

# --------------------------------------------------------------------------
# 01 National, with Lạng Sơn (baotintuc.vn, no date shown; the address's date
# was not used): "Đến thời điểm này, 10 địa phương ... đã hoàn thành 100% cấp
# xã có tổ công nghệ số cộng đồng": the count of provinces (10) and the share
# they reached (100% of communes with a team: a value each of them reached,
# recorded; scope null, the communes are the subject). Lạng Sơn's values
# ("đến ngày 8/6", "Tính đến tháng 6/2022") carry place "Lạng Sơn" (a national
# page). Year 2022 for all (the text's only year; "tháng 6/2022"). "hơn",
# "trên" op >. Dates "12/5", "8/6", "6/2022" are no quantities. The page breaks
# off in "chỉ t". No heading → pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_quocgia-to-cong-nghe-so-langson-2022", kind="result", year=2022, records=[
    R("này, «10 địa", "địa phương đã hoàn thành cấp xã có tổ công nghệ số cộng đồng", "=", 10, **CNT),
    R("hoàn thành «100% cấp", "cấp xã có tổ công nghệ số cộng đồng", "=", 100, iid="aware.community_digital_teams_share"),
    R("hơn «8.140", "tài khoản “Công dân số Xứ Lạng”", ">", 8140, **CNT, place="Lạng Sơn"),
    R("hơn «19.870", "tài khoản thương mại số", ">", 19870, **CNT, place="Lạng Sơn"),
    R("hơn «1.370", "tài khoản thanh toán điện tử", ">", 1370, **CNT, place="Lạng Sơn"),
    R("hơn «126.560", "cửa hàng số", ">", 126560, **CNT, place="Lạng Sơn"),
    R("hơn «1.680", "Lạng Sơn đã lập tổ công nghệ cộng đồng", ">", 1680, **CNT, place="Lạng Sơn", iid=TEAMS),
    R("trên «7.770", "thành viên tổ công nghệ cộng đồng", ">", 7770, **CNT, place="Lạng Sơn", iid=MEMBERS),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa (cafef.vn, 2024-03): two market results of the stamp's year
# 2024: one stall's customers paying by QR (50%; no catalogue id: customers,
# not merchants) and "gần 80% quầy hàng ... đã có mã QR" (~) at the market of
# thị trấn Rừng Thông (place: a commune-level unit, not the province). "2 - 3
# mã QR" on one stall is an anecdote's range of codes, no indicator: left
# without a record (README).
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-cho-ma-qr-2024", kind="result", year=2024, records=[
    R("nhật. «50% lượng", "lượng khách đến với quầy hàng của bà đã sử dụng phương thức thanh toán bằng quét mã QR", "=", 50),
    R("gần «80% quầy", "quầy hàng kinh doanh đã có mã QR để thanh toán", "~", 80, place="thị trấn Rừng Thông", iid=MERCH),
])

# --------------------------------------------------------------------------
# 03 National cashless payment (vneconomy, no date shown): "trong năm 2022,
# 77% ..." (2022); "thời gian trung bình ... tăng đến 11 ngày" is the level
# reached in 2023 (unit other "ngày"; "tăng đến" names the level, not a
# change); the SBV's 2023 figures: "khoảng 11 tỷ giao dịch" (~, count), "hơn
# 200 triệu tỷ đồng" (>, money), "hơn 182,88 triệu tài khoản" (>, count).
# NOT: "tăng gần 50% so với năm 2022", "tăng 21,8% so với cùng kỳ" (changes).
# "3 ngày" is a threshold inside the subject, "1.000 người" a survey's sample,
# "5 quốc gia" the population ranked: no records. The heading "GIA TĂNG THANH
# TOÁN KHÔNG DÙNG TIỀN MẶT" names no pillar → null.
# --------------------------------------------------------------------------
D03 = dict(name="03_quocgia-thanh-toan-khong-tien-mat-2023", kind="result", year=2023,
           NOT=["tăng gần «50%", "tăng «21,8%"], records=[
    R("2022, «77% những", "những người tham gia khảo sát tự tin có thể không dùng tiền mặt trong vòng 3 ngày", "=", 77, year=2022),
    R("tăng đến «11 ngày", "thời gian trung bình không sử dụng tiền mặt trong một tháng", "=", 11, unit="other", unit_text="ngày"),
    R("khoảng «11 tỷ", "thanh toán không dùng tiền mặt cả nước giao dịch", "~", 11e9, **CNT),
    R("hơn «200 triệu", "tổng giá trị giao dịch", ">", 200e15, unit="other", unit_text="đồng"),
    R("hơn «182,88", "số lượng tài khoản thanh toán của cá nhân", ">", 182880000, **CNT),
])

# --------------------------------------------------------------------------
# 04 National (congluan.vn, 18/08/2023): a precision text. The title's "Chỉ 50
# bệnh viện dùng bệnh án điện tử" is the one quantity (a count reached, 2023;
# the catalogue's id is a share → null). "hạng I" a grade's name, "Thông tư
# 48" a document, "hết năm 2023", "hết năm 2025" deadlines.
# --------------------------------------------------------------------------
D04 = dict(name="04_quocgia-benh-an-dien-tu-2023", kind="result", year=2023, records=[
    R("Chỉ «50 bệnh", "bệnh viện dùng bệnh án điện tử", "=", 50, **CNT),
])

# --------------------------------------------------------------------------
# 05 Khánh Hòa (thanhnien.vn, 09/09/2025, after the merger): a precision text
# among many dates ("tháng 10.2025", "9.9", "9.2025") and "Đề án 06". One
# sentence of three targets "cắt giảm ít nhất 30% thời gian giải quyết, 30%
# chi phí tuân thủ và 30% điều kiện kinh doanh của các TTHC": three records,
# "ít nhất" for the list (>=), a target stated as a change is a quantity
# (spec). The công văn names no horizon → year null (set27 11, 16). The
# catalogue's procedures-reduced id counts procedures, not time or cost → null.
# --------------------------------------------------------------------------
D05 = dict(name="05_khanhhoa-vneid-cat-giam-2025", kind="target", year=None, records=[
    R("ít nhất «30% thời", "cắt giảm thời gian giải quyết của các TTHC", ">=", 30),
    R("giải quyết, «30% chi", "cắt giảm chi phí tuân thủ của các TTHC", ">=", 30),
    R("và «30% điều", "cắt giảm điều kiện kinh doanh của các TTHC", ">=", 30),
])

# --------------------------------------------------------------------------
# 06 Sơn La, huyện Thuận Châu (thuanchau.sonla.gov.vn, no date; the title's
# "năm 2023"): results of 2023 under heading "1. Đẩy mạnh công tác truyền
# thông, tuyên truyền, ... quán triệt ... chuyển đổi tư duy, nhận thức" (a
# heading naming a topic of one pillar, awareness → digital_awareness). News
# items "08 bài, 67 tin và 04 phóng sự" (three counts, aware.dx_news_articles_count)
# and the officials and teachers trained (150, 200). Not recorded: "10 nhiệm
# vụ" (tasks), "(10/10)" a date, "6 tuần thi" the contest's structure, the
# contest's participants "19.559 người ... 27.428 lượt dự thi" (participants of
# an event, spec), the prizes "01 giải ba", "02 giải cá nhân", the period
# "31/7/2023 ... 10/9/2023".
# --------------------------------------------------------------------------
D06 = dict(name="06_sonla-thuanchau-ket-qua-2023", kind="result", year=2023, records=[
    R("có «08 bài", "bài về chuyển đổi số", "=", 8, **CNT, pillar=AWARE, iid=NEWS),
    R("bài, «67 tin", "tin về chuyển đổi số", "=", 67, **CNT, pillar=AWARE, iid=NEWS),
    R("và «04 phóng", "phóng sự phát thanh về chuyển đổi số", "=", 4, **CNT, pillar=AWARE, iid=NEWS),
    R("cho «150 cán", "cán bộ, công chức được tập huấn chuyển đổi số", "=", 150, **CNT, pillar=AWARE),
    R("và «200 giáo", "giáo viên được tập huấn chuyển đổi số", "=", 200, **CNT, pillar=AWARE),
])

# --------------------------------------------------------------------------
# 07 National (antv.gov.vn, the site header's date is the visit's, cut): the
# first half of 2024 ("sơ kết 6 tháng đầu năm 2024") → 2024. Full-process
# online applications 42% (egov.online_applications_share); NOT "tăng 25% so
# với cuối năm 2023" (a change). "Kinh tế số ... ước đạt tăng trưởng 22,4%" is
# the growth indicator's value reached (econ.digital_economy_growth; no earlier
# value named), recorded; the digital economy's share of GDP 18,3%; IT revenue
# "trên 1,92 triệu tỉ đồng" (> 1.92e15, money); "18 bộ, ngành và 63 địa
# phương hoàn thành kết nối": two counts (the sentence breaks off in "Hệ thống
# thông "). "phiên họp lần thứ 9" an ordinal, "63 tỉnh" connected to a meeting
# are participants. No heading → null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quocgia-so-ket-6-thang-2024", kind="result", year=2024, NOT=["tăng «25%"], records=[
    R("đạt «42%", "tỉ lệ hồ sơ trực tuyến toàn trình cả nước", "=", 42, iid="egov.online_applications_share"),
    R("tăng trưởng «22,4%", "Kinh tế số 6 tháng đầu năm tăng trưởng", "=", 22.4, iid="econ.digital_economy_growth"),
    R("đạt «18,3%", "tỷ trọng kinh tế số trong GDP", "=", 18.3, iid=DEGDP),
    R("trên «1,92", "Doanh thu lĩnh vực công nghệ thông tin", ">", 1.92e15, unit="other", unit_text="đồng",
      iid="econ.ict_industry_revenue"),
    R("có «18 bộ", "bộ, ngành hoàn thành kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với Hệ thống thông",
      "=", 18, **CNT),
    R("và «63 địa", "địa phương hoàn thành kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với Hệ thống thông",
      "=", 63, **CNT),
])

# --------------------------------------------------------------------------
# 08 Thái Nguyên (wwwiso.com, no date; the text's year: "ngay trong năm 2022",
# "đến hết năm nay"): pilot results (11 markets; "tỷ lệ 70% tiểu thương ... là
# 70%": the page states the value twice in one clause, each number recorded,
# set24 12) and the 2022 targets: "tối thiểu 60 chợ" (>=), "100% các tiểu
# thương ... được trang bị quét mã QR" (bare, >=), "mỗi chợ ... tối thiểu 1
# sản phẩm đặc trưng lên sàn" (a per-market amount, unit other, set27 19's
# per-person amounts), "100% các chợ ... thu các khoản phí ... không dùng tiền
# mặt". "1 nửa trong số đó" is a fraction in words, left without a record.
# "Chợ 4.0" a name. No heading → null.
# --------------------------------------------------------------------------
D08 = dict(name="08_thainguyen-cho-40-2022", kind="target", year=2022, records=[
    R("Tại «11 chợ", "chợ đã triển khai “Chợ 4.0”", "=", 11, **CNT, **RES),
    R("tỷ lệ «70% tiểu", "tiểu thương tạo mã QR Code phục vụ thanh toán không dùng tiền mặt", "=", 70, **RES, iid=MERCH),
    R("mặt là «70%", "tiểu thương tạo mã QR Code phục vụ thanh toán không dùng tiền mặt", "=", 70, **RES, iid=MERCH),
    R("tối thiểu «60 chợ", "mô hình “Chợ 4.0” có mặt ở chợ trên địa bàn tỉnh", ">=", 60, **CNT),
    R("nay, «100% các", "các tiểu thương, hộ kinh doanh tại các chợ được trang bị quét mã QR thanh toán không dùng tiền mặt",
      ">=", 100, iid=MERCH),
    R("tối thiểu «1 sản", "mỗi chợ đưa được sản phẩm đặc trưng lên sàn thương mại điện tử", ">=", 1,
      unit="other", unit_text="sản phẩm đặc trưng"),
    R("điện tử; «100% các", "các chợ theo danh sách đăng ký thu các khoản phí bằng hình thức không dùng tiền mặt", ">=", 100),
])

# --------------------------------------------------------------------------
# 09 Tuyên Quang (baotuyenquang.com.vn, no date): a precision text. "Đến nay,
# mô hình đã được triển khai tại 25/101 chợ, trong đó có gần 10 chợ nông thôn":
# two counts (numerator recorded, set8; "gần" ~). "Đến nay" names no year and
# the page shows no date → year null (set27). Not quantities: "từ năm 2022",
# "hơn 15 năm" (a trader's years), "tháng 9-2023", "chợ 4.0" (a name).
# --------------------------------------------------------------------------
D09 = dict(name="09_tuyenquang-cho-40", kind="result", year=None, records=[
    R("tại «25/101", "mô hình chợ 4.0 đã được triển khai tại chợ", "=", 25, **CNT),
    R("gần «10 chợ", "chợ nông thôn triển khai mô hình chợ 4.0", "~", 10, **CNT),
])

# --------------------------------------------------------------------------
# 10 TP Hồ Chí Minh, chợ Bến Thành (kinhtexahoi.vn, 05/12/2023): "1.216/1.433
# hộ, chiếm gần 85%": the count (numerator) and the share (~), year 2023 (the
# date's year; "Hiện"). Not quantities: "sau 4 năm" (a visitor's absence),
# "45 ngàn đồng" (a dish's price), "4.0" (a name). No heading → null.
# --------------------------------------------------------------------------
D10 = dict(name="10_tphcm-cho-ben-thanh-2023", kind="result", year=2023, records=[
    R("là «1.216/1.433", "hộ kinh doanh có sử dụng các phương thức thanh toán không dùng tiền mặt", "=", 1216, **CNT),
    R("gần «85%", "hộ kinh doanh có sử dụng các phương thức thanh toán không dùng tiền mặt", "~", 85, iid=MERCH),
])

# --------------------------------------------------------------------------
# 11 Yên Bái and Lào Cai uplands, with national figures (thitruongtaichinhtiente.vn,
# no date): NAPAS's "đầu năm nay tăng trưởng thanh toán qua mã QR đạt 151%"
# (a growth indicator's value reached, as 07's; "đầu năm nay" names no year →
# null); the Đề án's target "từ 2021 - 2025, mục tiêu là 80% người tiêu dùng
# từ 15 tuổi trở lên phải có tài khoản giao dịch thanh toán" (>=, 2025, the
# period's end; society.bank_account_15plus_share). Not quantities: "hơn 1
# tháng" (a duration), "5.000 đồng, 10.000 đồng" (parking fees in a quote),
# "15 tuổi" (inside the subject), "chợ 4.0".
# --------------------------------------------------------------------------
D11 = dict(name="11_yenbai-qr-vung-cao", kind="result", year=None, records=[
    R("đạt «151%", "tăng trưởng thanh toán qua mã QR", "=", 151),
    R("là «80% người", "người tiêu dùng từ 15 tuổi trở lên phải có tài khoản giao dịch thanh toán không dùng tiền mặt",
      ">=", 80, **T, year=2025, iid="society.bank_account_15plus_share"),
])

# --------------------------------------------------------------------------
# 12 Quảng Ninh (vietnamplus.vn, 2025-10): three targets of the 2025-2030 term
# ("Nhiệm kỳ 2025-2030" → 2030): manufacturing "trên 18%" (>), the digital
# economy's GRDP share "đạt 30%" (a target's "đạt" → >=), TFP "trên 55%" (>).
# A lead-in "nhiều chỉ tiêu và con số" names no pillar → null. Not
# quantities: "một trong bốn nghị quyết", document numbers 57-NQ/TW, 46-CTr/TU,
# 534-KH/TU, dates, periods.
# --------------------------------------------------------------------------
D12 = dict(name="12_quangninh-nq57-chi-tieu-2030", kind="target", year=2030, records=[
    R("trên «18%", "Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP", ">", 18),
    R("đạt «30%", "tỷ trọng kinh tế số trong GRDP", ">=", 30, iid=DEGDP),
    R("trên «55%", "đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế", ">", 55),
])

# --------------------------------------------------------------------------
# 13 Đà Nẵng (vietnam.vnanet.vn, national page on Nghị quyết 57; no date): a
# precision text. The start-up ecosystem's "vị trí thứ 766" (rank, =; "trong
# tốp 1.000" the population ranked; "tăng 130 bậc" a change, spec) and "tốp
# 10 địa phương tiêu biểu ... tại Techfest Việt Nam 2025" (rank <=, the
# event's year 2025; the 766 has no year → null). place "Đà Nẵng" (a national
# page). "số 2" a park's name, "hai cấp" a word.
# --------------------------------------------------------------------------
D13 = dict(name="13_danang-nq57-khoi-nghiep", kind="result", year=None, records=[
    R("thứ «766", "Hệ sinh thái khởi nghiệp đổi mới sáng tạo của Đà Nẵng vị trí thứ trong thành phố tiêu biểu hàng đầu thế giới",
      "=", 766, **RANK, place="Đà Nẵng"),
    R("tốp «10 địa", "địa phương tiêu biểu hàng đầu về phát triển hệ sinh thái khởi nghiệp sáng tạo", "<=", 10, **RANK,
      year=2025, place="Đà Nẵng"),
])

# --------------------------------------------------------------------------
# 14 National education (baomoi.net.vn, "tháng 10/2023" → 2023): the database's
# contents (gần 53.000 schools ~; 1,6 triệu teachers' records; 24 triệu pupils'
# records; "hơn 17,083 trường học" connected by API: the page writes a comma
# where a thousands dot is meant, read by the contract's decimal-comma rule as
# 17.083, note), the population-data connection "(2022)" → 2022 (hơn 23 triệu
# records authenticated, hơn 20 triệu citizens enriched), and the users of the
# database (63 departments, 705 offices, 15.495 / 12.669 / 10.796 / 2.902 schools,
# 638 centres: a breakdown by kind, scope null). "Chính phủ số và Xã hội số"
# names two pillars → null.
# --------------------------------------------------------------------------
CSDL = "sử dụng cơ sở dữ liệu giáo dục mầm non, phổ thông"
D14 = dict(name="14_quocgia-giao-duc-csdl-2023", kind="result", year=2023, records=[
    R("gần «53.000", "cơ sở dữ liệu về mầm non, phổ thông đã thu thập thông tin của trường học", "~", 53000, **CNT),
    R("học: «1,6 triệu", "hồ sơ giáo viên và cán bộ quản lý giáo dục", "=", 1.6e6, **CNT),
    R("; «24 triệu", "hồ sơ, kết quả học tập của học sinh", "=", 24e6, **CNT),
    R("hơn «17,083", "Kết nối (API) với trường học", ">", 17.083, **CNT,
      note="the page writes '17,083' (a thousands comma); read by the contract's decimal-comma rule"),
    R("hơn «23 triệu", "xác thực định danh hồ sơ", ">", 23e6, **CNT, year=2022),
    R("hơn «20 triệu", "làm giàu cơ sở dữ liệu quốc gia dân cư công dân", ">", 20e6, **CNT, year=2022),
    R("có «63 Sở", "Sở Giáo dục và Đào tạo " + CSDL, "=", 63, **CNT),
    R("«705 Phòng", "Phòng Giáo dục và Đào tạo " + CSDL, "=", 705, **CNT),
    R("«15.495 trường", "trường mẫu giáo, mầm non " + CSDL, "=", 15495, **CNT),
    R("«12.669 trường", "trường tiểu học " + CSDL, "=", 12669, **CNT),
    R("«10.796 trường", "trường trung học cơ sở " + CSDL, "=", 10796, **CNT),
    R("«2.902 trường", "trường trung học phổ thông " + CSDL, "=", 2902, **CNT),
    R("«638 trung", "trung tâm giáo dục thường xuyên " + CSDL, "=", 638, **CNT),
])

# --------------------------------------------------------------------------
# 15 Hà Nội (tapchigiaoduc.edu.vn, no date): "đến nay", "Đến thời điểm này"
# results with no reporting year → null (set27); the directive "Từ tháng
# 10/2023 ... trang bị chữ ký số cá nhân cho 100% cán bộ, giáo viên" is a
# target with no horizon (the month is its start) → null. "100 %" written with
# a blank. Principals' and teachers' signatures keep the officials' signature
# id (a split by group of the same measure). "từ năm 2016" a date.
# --------------------------------------------------------------------------
D15 = dict(name="15_hanoi-hoc-ba-so", kind="result", year=None, records=[
    R("nay, «100% cơ", "cơ sở giáo dục tiểu học đã sẵn sàng hạ tầng", "=", 100),
    R("«100 % thông", "thông tin học sinh tiểu học đã được cấp mã số trên cơ sở dữ liệu giáo dục và đào tạo", "=", 100),
    R("này, «100% hiệu", "hiệu trưởng đơn vị trên địa bàn Thành phố Hà Nội đã được trang bị chữ ký số chuyên dùng",
      "=", 100, iid=SIGN),
    R("cho «100% cán", "cán bộ, giáo viên được trang bị chữ ký số cá nhân", ">=", 100, **T, iid=SIGN),
])

# --------------------------------------------------------------------------
# 16 Thanh Hóa (doanhnghieptiepthi.vn, no date): a precision text among a plan's
# number 213/KH-BGDĐT, dates (1/3/2024), school years (2023 - 2024, 2023-2024)
# and grade names ("khối lớp 1", "lớp 1"). One target: "100% đơn vị huyện, thị,
# thành phố sẽ tham gia chương trình thí điểm" (bare, >=); its horizon is a
# school year ("Năm học này"), no calendar year → null.
# --------------------------------------------------------------------------
D16 = dict(name="16_thanhhoa-hoc-ba-so-thi-diem", kind="target", year=None, records=[
    R("và «100% đơn", "đơn vị huyện, thị, thành phố sẽ tham gia chương trình thí điểm học bạ số", ">=", 100,
      iid="society.schools_digital_records_share"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16]

def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
