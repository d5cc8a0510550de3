#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set137).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (227
entries; see README). As in set10-set69, the id is given in the record itself (`iid=`).

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


DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")

USD = dict(unit="other", unit_text="USD")
FC = dict(kind="target")  # a forecast ("dự báo", "dự kiến", "dự đoán"): a value set for a future year

# --------------------------------------------------------------------------
# 01 Điện Biên, the provincial radio and TV station's website and social pages
# (dienbientv.vn, byline 24/09/2021 → `date 2021-09`, 2021). Results: "trên 68
# nghìn tin, bài" (>, count), "trên 20 triệu lượt" truy cập (>, count), "gần 10
# nghìn lượt truy cập/ngày" (~, other "lượt truy cập/ngày"), the fanpage's
# "trên 12,5 nghìn người theo dõi" (>) "ở 26 quốc gia" (=, count: how far the
# audience reaches, a measured value; a judgement), the YouTube channel's "45
# nghìn người" (=) "ở 39 quốc gia" (=). No heading → pillar null; no ids.
# Not quantities: "10 năm" (twice, an anniversary / a duration), "Sau 10 đi vào
# hoạt động" (a duration), "23/9", "23/9/2011-23/9/2021", "tháng 6/2019".
# --------------------------------------------------------------------------
D01 = dict(name="01_dienbien-dai-ptth-trang-thong-tin-mang-xa-hoi-2021", kind="result", year=2021, records=[
    R("đăng tải trên «68 nghìn", "Trang thông tin điện tử của cơ quan đã đăng tải tin, bài", ">", 68000, **CNT),
    R("lượt truy cập trên «20 triệu", "tổng số lượt truy cập Trang thông tin điện tử", ">", 20e6, **CNT),
    R("trung bình gần «10 nghìn", "lượt truy cập trung bình", "~", 10000, unit="other",
      unit_text="lượt truy cập/ngày"),
    R("có trên «12,5 nghìn", "người theo dõi trang Fanpage của Đài", ">", 12500, **CNT),
    R("ở «26 quốc gia", "quốc gia có người theo dõi trang Fanpage của Đài", "=", 26, **CNT),
    R("hiện có «45 nghìn", "người đăng ký theo dõi kênh Youtube", "=", 45000, **CNT),
    R("ở «39 quốc gia", "quốc gia có người đăng ký theo dõi kênh Youtube", "=", 39, **CNT),
])

# --------------------------------------------------------------------------
# 02 Vietnam, the online games industry from 2015 to 2020 (nss.vn, no date
# shown; the report of the conference "đánh giá hoạt động thông tin điện tử năm
# 2020" → 2020 where a sentence names no year). Revenue "4,968 nghìn tỷ đồng
# của năm 2015" and "11,5 nghìn tỷ đồng năm 2019": results of their years
# (the earlier value in "tăng từ X lên Y" is itself a value measured in its
# year; the change is not recorded; a judgement); both magnitude words multiply
# (4.968e12). "dự báo tăng trưởng năm 2020 là 12 nghìn tỷ đồng" and "dự kiến
# năm 2020 là 1.200 tỷ đồng": forecasts → kind target (a value set for a
# coming year; a judgement), bare → >=. Budget paid "1.150 tỷ đồng năm 2019",
# "490 tỷ đồng năm 2015"; workers "7.000 người năm 2015", "24.000 người năm
# 2019" (counts). Licences "tính đến hết 30/10/2020": 193 firms (4 stopped, 50
# revoked: a breakdown, one record each), 878 games approved (625 running, 253
# stopped), 106 firms G2-G4, 8.332 games G2-G4 (all 2020). No ids (the
# catalogue's econ.ict_industry_revenue is the whole IT and telecoms industry).
# Pillar null. Not quantities: "Covid-19", "năm 2020 và định hướng năm 2021",
# "30/10/2020", "G1", "G2, G3, G4" (names).
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-game-online-doanh-thu-2019-2020", kind="result", year=2020, records=[
    R("tăng từ «4,968 nghìn", "doanh thu của ngành công nghiệp game online", "=", 4.968e12, **DONG, year=2015),
    R("lên mức «11,5 nghìn", "doanh thu của ngành công nghiệp game online", "=", 11.5e12, **DONG, year=2019),
    R("năm 2020 là «12 nghìn tỷ", "doanh thu của ngành công nghiệp game online dự báo tăng trưởng", ">=", 12e12,
      **DONG, **FC),
    R("nhà nước «1.150 tỷ", "Các doanh nghiệp ngành game online nộp ngân sách nhà nước", "=", 1150e9, **DONG,
      year=2019),
    R("so với «490 tỷ", "Các doanh nghiệp ngành game online nộp ngân sách nhà nước", "=", 490e9, **DONG, year=2015),
    R("năm 2020 là «1.200 tỷ", "Các doanh nghiệp ngành game online nộp ngân sách nhà nước dự kiến", ">=", 1200e9,
      **DONG, **FC),
    R("từ mức «7.000 người", "lao động ngành game online", "=", 7000, **CNT, year=2015),
    R("lên đến «24.000 người", "lao động ngành game online", "=", 24000, **CNT, year=2019),
    R("có «193 doanh nghiệp", "doanh nghiệp được cấp giấy phép cung cấp dịch vụ trò chơi điện tử G1 trên mạng", "=",
      193, **CNT),
    R("có «4 doanh nghiệp", "doanh nghiệp thông báo ngừng hoạt động", "=", 4, **CNT),
    R("hoạt động, «50 doanh nghiệp", "doanh nghiệp vừa bị thu hồi giấy phép G1", "=", 50, **CNT),
    R("kịch bản là «878 trò chơi", "Số lượng trò chơi điện tử đã được cấp quyết định phê duyệt nội dung, kịch bản",
      "=", 878, **CNT),
    R("có «625 trò chơi", "trò chơi đang phát hành", "=", 625, **CNT),
    R("hành, «253 trò chơi", "trò chơi đã thông báo dừng phát hành", "=", 253, **CNT),
    R("G4 là «106 doanh nghiệp", "Số lượng doanh nghiệp đã được cấp giấy chứng nhận đăng ký G2, G3, G4", "=", 106,
      **CNT),
    R("doanh nghiệp; «8.332 trò chơi", "trò chơi điện tử G2, G3 và G4 trên mạng được cấp Giấy xác nhận thông báo "
      "phát hành", "=", 8332, **CNT),
])

# --------------------------------------------------------------------------
# 03 Đồng Tháp, the provincial TV station's social media, opening with national
# figures (thdt.vn, the crawler's stamp → `date 2021-09`). "trong năm 2020, có
# khoảng 68,17 triệu người Việt Nam trực tuyến (chiếm 70% dân số)": ~ count and
# = % (infra.internet_users_share), 2020; "65 triệu người ... người dùng mạng
# xã hội tích cực (chiếm 67% dân số)" (=, 2020), "99% trong số này" (=),
# "97% người Việt Nam có thói quen truy cập Internet hàng ngày", "95% là xem
# video" (=, the same report → 2020; a judgement). "năm 2019 ... là 62 triệu
# người" (2019), "tính đến tháng 1 năm 2021, con số này là 72 triệu người"
# (2021). The figures are Vietnam's, not a province's: no place. Pillar null.
# Not quantities: "Digital Vietnam in 2021" (a name).
# --------------------------------------------------------------------------
D03 = dict(name="03_dongthap-truyen-hinh-nguoi-dung-mang-xa-hoi-2021", kind="result", year=2020, records=[
    R("có khoảng «68,17 triệu", "người Việt Nam trực tuyến", "~", 68.17e6, **CNT),
    R("(chiếm «70% dân số)", "người Việt Nam trực tuyến chiếm dân số", "=", 70, iid="infra.internet_users_share"),
    R("có tới «65 triệu", "người dùng mạng xã hội tích cực", "=", 65e6, **CNT),
    R("(chiếm «67% dân số)", "người dùng mạng xã hội tích cực chiếm dân số", "=", 67),
    R("và «99% trong", "người dùng mạng xã hội thường xuyên sử dụng bằng điện thoại di động", "=", 99),
    R("«97% người Việt Nam", "người Việt Nam có thói quen truy cập Internet hàng ngày", "=", 97),
    R("có «95% là xem video", "người truy cập Internet hàng ngày xem video", "=", 95),
    R("Việt Nam là «62 triệu", "số người sử dụng mạng xã hội tại Việt Nam", "=", 62e6, **CNT, year=2019),
    R("con số này là «72 triệu", "số người sử dụng mạng xã hội tại Việt Nam", "=", 72e6, **CNT, year=2021),
])

# --------------------------------------------------------------------------
# 04 Vietnam, OTT television (doanhnghiepvn.vn, no date shown; the address holds
# 20220626 and "đến nay" → 2022). The title's "Kỳ vọng đạt 54 tỷ USD" and the
# lead's forecast (the same value stated twice: two records, as set69's 01);
# the lead's "được dự báo sẽ tạo giá
# trị 54 tỷ USD vào năm 2026": kind target (forecast), bare → >=, year 2026,
# other "USD". Results of 2022: "22 doanh nghiệp đã cung cấp dịch vụ OTT TV"
# (=), "chiếm quy mô 20% thị trường" (=), "xấp xỉ 3,6 triệu thuê bao" (~),
# "doanh thu đạt gần 190 tỷ đồng" (~), "đến 20.000 giờ nội dung" (=, other
# "giờ": "đến" stresses the size, no bound; a judgement), "phim các loại chiếm
# đến 60% thời lượng" (=). Pillar null; no ids. Not quantities: "Luật Báo chí
# 2016", "06/2016/NĐ-CP", "18/1/2016", "từ 2017" (a date).
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-ott-tv-thue-bao-doanh-thu-2022", kind="result", year=2022, records=[
    R("Kỳ vọng đạt «54 tỷ USD", "Dịch vụ OTT TV", ">=", 54e9, **USD, **FC, year=2026),
    R("tạo giá trị «54 tỷ USD", "Dịch vụ phát thanh truyền hình trên mạng Internet (OTT TV) tại Việt Nam tạo giá trị",
      ">=", 54e9, **USD, **FC, year=2026),
    R("hiện có «22 doanh nghiệp", "doanh nghiệp đã cung cấp dịch vụ OTT TV", "=", 22, **CNT),
    R("chiếm quy mô «20% thị trường", "OTT TV chiếm quy mô thị trường", "=", 20),
    R("xấp xỉ «3,6 triệu", "thuê bao OTT TV", "~", 3.6e6, **CNT),
    R("đạt gần «190 tỷ", "doanh thu OTT TV", "~", 190e9, **DONG),
    R("đến «20.000 giờ", "nội dung truyền hình theo yêu cầu (VOD)", "=", 20000, unit="other", unit_text="giờ"),
    R("chiếm đến «60% thời lượng", "phim các loại chiếm thời lượng", "=", 60),
])

# --------------------------------------------------------------------------
# 05 Vietnam, pay TV and OTT revenue (tothethao.com, no date shown; "đến hết
# quý II/2022" → 2022 where a sentence names no year). "khoảng 16,8 triệu thuê
# bao truyền hình trả tiền và duy trì mức doanh thu trên 9.000 tỷ đồng trong năm
# 2021": two results of 2021 (~ count, > money). "50 doanh nghiệp hiện có giấy
# phép" (=), "Số kênh truyền hình trong nước là 196" (=), "70 kênh truyền hình
# nước ngoài được cấp phép biên tập" (=), "truyền hình trên Internet chỉ chiếm
# khoảng 2,9%" (~), all 2022. NOT: "xấp xỉ 9,5% so với cùng kỳ năm 2021" and
# "xấp xỉ tới 300% so với cùng kỳ năm ngoái" (changes against an earlier
# value). Not quantities: "tăng gấp 3" in the title (a change), "quý II/2022".
# Pillar null; no ids.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-truyen-hinh-tra-tien-ott-2021-2022", kind="result", year=2022, records=[
    R("có khoảng «16,8 triệu", "thuê bao truyền hình trả tiền", "~", 16.8e6, **CNT, year=2021),
    R("doanh thu trên «9.000 tỷ", "doanh thu truyền hình trả tiền", ">", 9000e9, **DONG, year=2021),
    R("«50 doanh nghiệp hiện có", "doanh nghiệp hiện có giấy phép cung cấp dịch vụ phát thanh, truyền hình trả tiền",
      "=", 50, **CNT),
    R("trong nước là «196", "Số kênh truyền hình trong nước", "=", 196, **CNT),
    R("và «70 kênh", "kênh truyền hình nước ngoài được cấp phép biên tập", "=", 70, **CNT),
    R("chiếm khoảng «2,9%", "truyền hình trên Internet chiếm", "~", 2.9),
], NOT=["xấp xỉ «9,5%", "xấp xỉ tới «300%"])

# --------------------------------------------------------------------------
# 06 Vietnam, cyber attacks and online fraud in 2023 (cafef.vn, the crawler's
# stamp → `date 2024-06`; "trong năm 2023" → 2023). "khoảng 13.900 vụ tấn công
# mạng" (~, security.attack_incidents_count: "ghi nhận ... tấn công mạng"),
# "gần 16.000 phản ánh lừa đảo trực tuyến" (~), "thiệt hại hơn 390.000 tỷ
# đồng" (>), "(tương đương 3,6% GDP)" (=, a bracket stating a value), "khoảng
# 8.000- 10.000 tỷ đồng" (between 8e12 and 10e12: the magnitude word after the
# high end holds for both ends; "khoảng" with a range reads as the range),
# "91% thông tin liên quan lĩnh vực tài chính" (=), "Tỷ lệ người dùng ... nhận
# tin nhắn, cuộc gọi lừa đảo trực tuyến là 73%" (=). Not quantities: "tăng gấp
# rưỡi so với năm 2022" (a change, no digits). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-lua-dao-truc-tuyen-2023", kind="result", year=2023, records=[
    R("ghi nhận khoảng «13.900 vụ", "Cổng cảnh báo an toàn thông tin Việt Nam ghi nhận vụ tấn công mạng vào các cơ "
      "quan, tổ chức, doanh nghiệp", "~", 13900, **CNT, iid="security.attack_incidents_count"),
    R("gần «16.000 phản ánh", "phản ánh lừa đảo trực tuyến", "~", 16000, **CNT),
    R("thiệt hại hơn «390.000 tỷ", "thiệt hại do lừa đảo trực tuyến", ">", 390000e9, **DONG),
    R("tương đương «3,6% GDP", "thiệt hại do lừa đảo trực tuyến tương đương GDP", "=", 3.6),
    R("khoảng «8.000- 10.000 tỷ", "tổng số tiền người dân bị các đối tượng lừa đảo trên mạng", "between", 8000e9,
      **DONG, value_max=10000e9),
    R("có «91% thông tin", "thông tin liên quan lĩnh vực tài chính", "=", 91),
    R("trực tuyến là «73%", "Tỷ lệ người dùng thiết bị di động, mạng xã hội… nhận tin nhắn, cuộc gọi lừa đảo trực "
      "tuyến", "=", 73),
])

# --------------------------------------------------------------------------
# 07 Hà Nội, social network users (ictnews, the crawler's stamp → `date
# 2022-10`; "Digital 2022 Vietnam ... đến tháng 2" → 2022). "Hà Nội đang là 1
# trong 2 địa phương có số lượng người dùng mạng xã hội cao nhất Việt Nam": a
# rank result in a group of two → rank <=, 2 (anchor on "2"; "1 trong" is "one
# of", no number of its own). "76,95 triệu người dùng mạng xã hội" (=, count,
# Vietnam's), "tương đương 78,1% dân số" (=). Not quantities: "1 trong những
# nước" (no count), "Digital 2022", "tháng 2", and the daily times "6 giờ 38
# phút", "2 giờ 28 phút" (durations written in hours and minutes, no single
# number; a judgement). Pillar null; no ids.
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-nguoi-dung-mang-xa-hoi-2022", kind="result", year=2022, records=[
    R("1 trong «2 địa phương", "địa phương có số lượng người dùng mạng xã hội cao nhất Việt Nam", "<=", 2, **RANK),
    R("có «76,95 triệu", "người dùng mạng xã hội", "=", 76.95e6, **CNT),
    R("tương đương «78,1% dân số", "người dùng mạng xã hội tương đương dân số", "=", 78.1),
])

# --------------------------------------------------------------------------
# 08 Vietnam, the press digital transformation strategy (laodongthudo.vn, no
# date shown; a precision text: three quantities among a decision number and
# dates). "mục tiêu đến năm 2025, sẽ có: 70% cơ quan báo chí đưa nội dung lên
# các nền tảng số ...; 50% cơ quan báo chí sử dụng nền tảng phân tích ...; 80%
# cơ quan báo chí hoạt động, vận hành mô hình tòa soạn hội tụ": three targets
# (bare → >=, 2025). The lead-in names no pillar → null; no ids. Not
# quantities: "tháng 5/2023", "348/QĐ-TTg", "6/5/2023", "năm 2025, định hướng
# đến năm 2030" (the strategy's name), "tháng 7/2023".
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-chien-luoc-chuyen-doi-so-bao-chi-2025-precision", kind="target", year=2025, records=[
    R("sẽ có: «70% cơ quan", "cơ quan báo chí đưa nội dung lên các nền tảng số", ">=", 70),
    R("; «50% cơ quan", "cơ quan báo chí sử dụng nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung, ứng dụng trí "
      "tuệ nhân tạo để tối ưu hóa hoạt động", ">=", 50),
    R("; «80% cơ quan", "cơ quan báo chí hoạt động, vận hành mô hình tòa soạn hội tụ", ">=", 80),
])

# --------------------------------------------------------------------------
# 09 Vietnam, money lost to online fraud in 2023 (tienphong.vn, a page about an
# unrelated event whose stored excerpt is one paragraph; no date shown; a
# precision text). One quantity: "khoảng 8.000 - 10.000 tỷ đồng" (between,
# 2023, other "đồng"). Not quantities: "Năm 2023", "năm 2022" ("tăng gấp rưỡi
# so với năm 2022", a change), "A05" (a name). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-tien-bi-lua-dao-2023-precision", kind="result", year=2023, records=[
    R("khoảng «8.000 - 10.000", "tổng số tiền người dân bị các đối tượng lừa đảo chiếm đoạt trên mạng", "between",
      8000e9, **DONG, value_max=10000e9),
])

# --------------------------------------------------------------------------
# 10 Vietnam, the games industry (tuyenquangtv.vn, byline 10/05/2025 → `date
# 2025-05`). Forecasts (kind target, a judgement as in 02): revenue "dự đoán đạt
# 1,66 tỷ USD vào năm 2025" (>=, 2025), "tiếp tục tăng trưởng đều 9,77% mỗi
# năm" (>=, a growth rate set for the years to 2029, not a change against a
# stated earlier value → a quantity, year 2029; a judgement), "chạm mốc 2,42
# tỷ USD vào năm 2029" (>=, 2029). Results of 2023: "xếp thứ 5 khu vực về
# doanh thu" (rank =, the region in the wording), "nằm trong top 5 quốc gia
# sản xuất game di động" (rank <=), "4,2 tỷ lượt tải toàn cầu" (=, count).
# "đầu năm 2024, ... 78,44 triệu người dùng Internet" (=, 2024), "chiếm hơn 78%
# dân số" (>, infra.internet_users_share, 2024). "khán giả thể thao điện tử ...
# đã vượt mốc 10 triệu người" (>, the document's year 2025), "so với 8,3 triệu
# năm 2022" (=, 2022: the earlier value itself, as in 02). Not quantities:
# "cao gấp 2,5 lần mức trung bình thế giới" (a ratio against another value),
# "Digital 2024: Vietnam" (a name). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-cong-nghiep-game-2025", kind="result", year=2025, records=[
    R("dự đoán đạt «1,66 tỷ USD", "doanh thu ngành công nghiệp game Việt Nam", ">=", 1.66e9, **USD, **FC),
    R("tăng trưởng đều «9,77%", "doanh thu ngành công nghiệp game Việt Nam tăng trưởng mỗi năm", ">=", 9.77, **FC,
      year=2029),
    R("chạm mốc «2,42 tỷ USD", "doanh thu ngành công nghiệp game Việt Nam", ">=", 2.42e9, **USD, **FC, year=2029),
    R("xếp thứ «5 khu vực", "Việt Nam xếp thứ khu vực về doanh thu", "=", 5, **RANK, year=2023),
    R("nằm trong top «5 quốc gia", "quốc gia sản xuất game di động hàng đầu thế giới", "<=", 5, **RANK, year=2023),
    R("với «4,2 tỷ lượt", "lượt tải toàn cầu", "=", 4.2e9, **CNT, year=2023),
    R("có «78,44 triệu", "người dùng Internet", "=", 78.44e6, **CNT, year=2024),
    R("chiếm hơn «78% dân số", "người dùng Internet chiếm dân số", ">", 78, year=2024,
      iid="infra.internet_users_share"),
    R("vượt mốc «10 triệu người", "lượng khán giả thể thao điện tử (Esports) tại Việt Nam", ">", 10e6, **CNT),
    R("so với «8,3 triệu", "lượng khán giả thể thao điện tử (Esports) tại Việt Nam", "=", 8.3e6, **CNT, year=2022),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
