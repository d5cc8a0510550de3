#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set358).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder by ../goldkit.py.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: here a threshold inside a criterion);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue measures digital transformation only; none of this set's electricity, household,
village, line-length, money or tourism quantities has an id there, so every `iid` is left at its
default, null (see README, "Catalogue labels").

Two texts print a paragraph twice (01's headline as a caption, 09's lead paragraph); the repeated
paragraph's locators are spelled from the line before it (`P09` below holds the shared words).

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

KM = dict(unit="other", unit_text="km")
VND = dict(unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 Điện Biên, the provincial power company's count of households on the national grid, April
# 2023 (thoidai.com.vn; cut: the breadcrumb "Trang chủ Bờ cõi biển đảo", the font widget "aa", the
# two related-article links "Độc đáo Lễ cúng bản ..." and "Đặc sắc Tết té nước ..."; the byline
# "16:39 | 24/04/2023 GMT+7" written as the first line `date 2023-04-24`; the excerpt ends in
# "triển khai d"). Year 2023 (the byline; "tính đến nay"). Results: the headline's "93% hộ dân được
# sử dụng điện lưới quốc gia" (=, no bound word in it), printed again as the photo's caption line
# (one record per statement, as the earlier sets read a restated headline); the body's "gần 128
# nghìn hộ" and "đạt tỷ lệ gần 93% hộ dân" (~ for "gần", the magnitude word multiplied in). Pillar
# null (no heading).
# --------------------------------------------------------------------------
D01 = dict(name="01_dienbien-ho-dan-dien-luoi-2023", kind="result", year=2023, records=[
    R("2023-04-24\nĐiện Biên: «93% hộ", "hộ dân được sử dụng điện lưới quốc gia", "=", 93),
    R("có gần «128 nghìn hộ", "hộ được sử dụng điện lưới quốc gia của tỉnh Điện Biên", "~", 128000, **CNT),
    R("tỷ lệ gần «93% hộ dân", "tỷ lệ hộ dân được sử dụng điện lưới quốc gia", "~", 93),
    R("biên giới.\nĐiện Biên: «93% hộ", "hộ dân được sử dụng điện lưới quốc gia", "=", 93),
])

# --------------------------------------------------------------------------
# 02 Sơn La, the plaque on the rural electrification works of Nà Bó and Mường Bằng communes (Mai
# Sơn), May 2020 (nangluongsachvietnam.vn; cut: the byline "Thứ hai, 18/5/2020 | 10:07 GMT+7"
# written as the first line `date 2020-05-18`, the photo caption "Công nhân Công ty Điện lực Sơn La
# hướng dẫn khách hàng sử dụng điện" and the author line "Tiến Đạt", each with the blank line
# after it). Year 2020. Results: the headline's "Hơn 1.100 hộ" (>), the works' scale "tổng vốn đầu
# tư trên 26 tỷ đồng" (>, money in đồng), "quy mô trên 11,5 km đường dây trung áp" (> on the first
# item only), "10 trạm biến áp", "34,7 km đường dây hạ áp", "cấp điện cho 1.116 hộ dân" and the
# province's rate "lên 96,4%" (a project's scale is a quantity, as the earlier sets' "tổng mức đầu
# tư", "quy mô"). Not quantities: "35kV", "35/0,4kV", "0,4kV" (voltage classes, names of a kind of
# line, as "4G"), "2 xã Nà Bó và Mường Bằng" (the lead of a list of names, as set193's "15 xã ...
# bao gồm"), "lần thứ XV", "2020 - 2025", "2016 - 2020", "tháng 11/2019" (an ordinal, periods, a
# date). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_sonla-cap-dien-na-bo-muong-bang-2020", kind="result", year=2020, records=[
    R("Hơn «1.100 hộ dân Sơn La", "hộ dân Sơn La được sử dụng điện lưới quốc gia", ">", 1100, **CNT),
    R("đầu tư trên «26 tỷ đồng", "tổng vốn đầu tư công trình cấp điện các xã Nà Bó, Mường Bằng", ">", 26e9, **VND),
    R("quy mô trên «11,5 km", "đường dây trung áp 35kV", ">", 11.5, **KM),
    R("35kV; «10 trạm", "trạm biến áp 35/0,4kV", "=", 10, **CNT),
    R("và «34,7 km", "đường dây hạ áp 0,4kV", "=", 34.7, **KM),
    R("cấp điện cho «1.116 hộ", "hộ dân của các bản thuộc 2 xã Nà Bó và Mường Bằng được cấp điện", "=", 1116, **CNT),
    R("quốc gia lên «96,4%", "tỷ lệ hộ dân toàn tỉnh Sơn La được sử dụng điện lưới quốc gia", "=", 96.4),
])

# --------------------------------------------------------------------------
# 03 Lai Châu, villages still off the grid and the year's plan, September 2021 (vietnam.vn, a TV
# item; cut: the byline "Thứ Tư, 22/9/2021| 10:05" written as the first line `date 2021-09-22`,
# and the page's "Top" link). Year 2021. Result: "còn 56 thôn bản người dân chưa được sử dụng điện
# lưới Quốc gia" (=). Target: "dự kiến đến hết năm 2021 sẽ có thêm 12 thôn bản được sử dụng điện
# lưới quốc gia" (a plan's number, bare → >=, 2021; the set's one target). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_laichau-thon-ban-chua-co-dien-2021", kind="result", year=2021, records=[
    R("còn «56 thôn bản", "thôn bản người dân chưa được sử dụng điện lưới Quốc gia", "=", 56, **CNT),
    R("thêm «12 thôn bản", "thôn bản được sử dụng điện lưới quốc gia thêm", ">=", 12, **CNT, **T),
])

# --------------------------------------------------------------------------
# 04 Côn Đảo special zone, the national grid reaching the island by submarine cable, September
# 2025 (sggp.org.vn; the stamp " date 2025-09-04" written as the first line; cut: the photo caption
# "Điểm tiếp nhận điện từ cáp ngầm cho đặc khu Côn Đảo. Ảnh: A.B" with the blank line after it; the
# excerpt ends in "thể hiện quy"). Year 2025. Results, the project's scale (=): "tổng chiều dài
# 103,7km, gồm 17,5km đường dây trên không, 77,7km cáp ngầm xuyên biển và 8,5km cáp ngầm trên đảo"
# (four records, each its own subject: a breakdown by kind of line, scope null) and "Tổng mức đầu
# tư 4.923 tỷ đồng". Not quantities: "quy mô cấp điện áp 110kV", "Trạm biến áp 110kV", "220kV"
# (voltage classes), "dự án điện 3" (a name), "80 năm Cách mạng Tháng Tám" (an anniversary's name),
# the times "4 giờ 5 phút", "19 giờ 9 phút" and the dates ("4-9", "2-9", "12-2024", "12-8-2025",
# "5-8-2025", "22-8-2025", "2-9-2025"). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_condao-cap-ngam-luoi-quoc-gia-2025", kind="result", year=2025, records=[
    R("chiều dài «103,7km", "tổng chiều dài dự án cấp điện lưới quốc gia cho Côn Đảo", "=", 103.7, **KM),
    R("gồm «17,5km", "đường dây trên không", "=", 17.5, **KM),
    R("không, «77,7km", "cáp ngầm xuyên biển", "=", 77.7, **KM),
    R("và «8,5km", "cáp ngầm trên đảo", "=", 8.5, **KM),
    R("đầu tư «4.923 tỷ", "tổng mức đầu tư dự án cấp điện lưới quốc gia cho Côn Đảo", "=", 4923e9, **VND),
])

# --------------------------------------------------------------------------
# 05 An Giang, Phú Quốc special zone, power restored after the submarine cable's failure, December
# 2025 (vnexpress.net; the stamp " date 2025-12-05" written as the first line, the dateline "An
# Giang" glued to the lead left as printed; cut: the photo captions "Điện lực An Giang dựng đường dây
# ... Ảnh: Dương Đông" and "Một góc Phú Quốc. Ảnh: Ngọc Thành", each with the blank line after it;
# the excerpt ends in "từ cáp n"). Year 2025. Results: "khôi phục điện hoàn toàn cho hơn 30.000 hộ
# dân" (>), "đã dựng 4 trụ trên không" (=), "Gần 30.000 hộ dân ... bị ảnh hưởng" (~), "huy động 20
# máy phát điện" (=), "công suất 25 MW" (=, unit other "MW"), "vẫn còn hơn 6.000 khách hàng cấp
# điện luân phiên" (>). Not quantities: "110/22 kV", "22 kV" (voltage classes), "22h" (a time),
# "5/12", "29/11" (dates). No `place`: the whole text is about Phú Quốc. Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_angiang-phuquoc-khoi-phuc-dien-2025", kind="result", year=2025, records=[
    R("cho hơn «30.000 hộ", "hộ dân Phú Quốc được khôi phục điện hoàn toàn", ">", 30000, **CNT),
    R("dựng «4 trụ", "trụ trên không dựng tạm từ bờ Hà Tiên", "=", 4, **CNT),
    R("Gần «30.000 hộ", "hộ dân bị ảnh hưởng do sự cố cáp ngầm", "~", 30000, **CNT),
    R("huy động «20 máy", "máy phát điện được huy động", "=", 20, **CNT),
    R("công suất «25 MW", "công suất cấp điện qua lưới 22 kV", "=", 25, unit="other", unit_text="MW"),
    R("còn hơn «6.000 khách", "khách hàng cấp điện luân phiên", ">", 6000, **CNT),
])

# --------------------------------------------------------------------------
# 06 National: EVN electrifying the 129 villages without power and phone signal, December 2025
# (thoibaotaichinhvietnam.vn; cut: the photo captions "Thi công xuyên đêm để “phủ điện” tại bản Dốc
# Mây, Quảng Trị." and "Hành trình đưa điện tới vùng lõm bản Nước Đắng, Quảng Trị.", each with the
# blank line after it; no byline, no stamp; the excerpt ends in "kịp th"). A precision text (dates,
# a document number, "2 cấp"). Year 2025 (the text's "15/12/2025", "tháng 6/2025"). Results:
# "cấp điện cho 129/129 thôn, bản lõm sóng chưa có điện, đạt tỷ lệ 100%" (the count and its share
# of the 129, "/129" naming the denominator) and "đến tháng 6/2025 ... vẫn còn 129 thôn, bản chưa có
# điện, chưa có sóng điện thoại" (=). Not quantities: "vượt tiến độ 15 ngày so với chỉ đạo của
# Chính phủ" (a change against the target, spec), "chính quyền địa phương 2 cấp" (a name),
# "593/TB-VPCP" (a document), the dates. Pillar null. Ids null (villages without power; the
# catalogue's villages without mobile signal count signal, not power; a judgement).
# --------------------------------------------------------------------------
D06 = dict(name="06_evn-thon-ban-vung-lom-dien-2025-precision", kind="result", year=2025, records=[
    R("cho «129/129 thôn", "thôn, bản lõm sóng chưa có điện được cấp điện", "=", 129, **CNT),
    R("tỷ lệ «100%", "tỷ lệ thôn, bản lõm sóng chưa có điện được cấp điện", "=", 100),
    R("vẫn còn «129 thôn", "thôn, bản chưa có điện, chưa có sóng điện thoại trên cả nước", "=", 129, **CNT),
])

# --------------------------------------------------------------------------
# 07 Thái Nguyên (formerly Bắc Kạn), a decree measuring villages' hardship by their electricity
# contracts, and a village reached by the 1719 programme, November 2025 (vietnamnet.vn; the stamp
# " date 2025-11-02" written as the first line; nothing cut: the caption "Giai đoạn 2021-2025, ...
# (Ảnh minh họa)" carries figures and stays; the excerpt ends in "vào Khuổi T"). A precision text:
# no record. NOT: "tỷ lệ hộ gia đình có hợp đồng mua bán điện dưới 90%" (the threshold of a
# criterion for classing a village as especially disadvantaged, inside the subject, as the earlier
# sets' thresholds). Not quantities: "có 137 hộ dân sinh sống tại ba khu dân cư, trong đó khu Khuổi
# Tạo gồm 25 hộ" (the village's size, as the earlier sets' sizes), "272/2025/NĐ-CP",
# "1719/QĐ-TTg" (documents), "MTQG 1719" (a name), "2026–2030", "2021-2025", "2021–2025", "năm
# 2025", "Tháng 7/2024" (periods, dates). Year 2025 (the stamp).
# --------------------------------------------------------------------------
D07 = dict(name="07_thainguyen-dien-luoi-thon-dac-biet-kho-khan-2025-precision", kind="result", year=2025,
           records=[], NOT=["dưới «90%"])

# --------------------------------------------------------------------------
# 08 Cao Bằng, Bảo Lạc district, households without grid power (tv.danviet.vn, a clip; nothing
# cut; no byline, no stamp, and the text names no year: year null, the address's "20230922" not
# being read, as set193's 07). Results: "Gần 30% số hộ của huyện Bảo Lạc ... chưa được tiếp cận
# điện lưới Quốc gia" (~) and "Cá biệt có xã, tỷ lệ sử dụng điện lưới Quốc gia mới chỉ đạt 35%" (=;
# an unnamed commune, no place, scope null: one commune picked out, not a split by level). Pillar
# null.
# --------------------------------------------------------------------------
D08 = dict(name="08_caobang-baolac-ho-chua-co-dien", kind="result", year=None, records=[
    R("Gần «30% số hộ", "số hộ của huyện Bảo Lạc chưa được tiếp cận điện lưới Quốc gia", "~", 30),
    R("chỉ đạt «35%", "tỷ lệ sử dụng điện lưới Quốc gia cá biệt có xã", "=", 35),
])

# --------------------------------------------------------------------------
# 09 Kon Tum, Kon Plông district, seven settlement clusters connected before the Lunar New Year
# 2022 (vietnamhoinhap.vn; cut: the site's clock "03/12/2023 lúc 18:27 (GMT+7)" and the ticker label
# "Breaking News", page furniture, not a byline; the lead paragraph is printed twice and both stay).
# Year 2022 (the text's "Tết Nhâm Dân 2022"). Results (=): the headline's "7 cụm dân cư", each lead
# paragraph's "7 cụm dân cư tại 4 thôn, làng" (two records each time: the clusters and the villages
# they stand in, as set193's teams "tại 7 thôn") and "với 150 hộ". Not quantities: "(29-30)" (the
# days), "hai cụm" (a word), "30a" (the name of the poor-districts programme), "Tết ... 2022".
# Pillar null.
# --------------------------------------------------------------------------
P09 = ("Trong hai ngày hôm qua và hôm nay (29-30), ngành điện lực huyện Kon Plông, tỉnh Kon Tum phối hợp "
       "chính quyền huyện đã tổ chức đóng điện lưới quốc gia, đưa điện về đến từng hộ gia đình cho ")
D09 = dict(name="09_kontum-konplong-cum-dan-cu-co-dien-2022", kind="result", year=2022, records=[
    R("«7 cụm dân cư khó khăn ở Kon Tum", "cụm dân cư khó khăn ở Kon Tum có điện", "=", 7, **CNT),
    R("Dần 2022\n\n" + P09 + "«7 cụm", "cụm dân cư được đóng điện lưới quốc gia", "=", 7, **CNT),
    R("Dần 2022\n\n" + P09 + "7 cụm dân cư tại «4 thôn", "thôn, làng đặc biệt khó khăn có cụm dân cư được đóng "
      "điện", "=", 4, **CNT),
    R("Dân 2022.\n\n" + P09 + "«7 cụm", "cụm dân cư được đóng điện lưới quốc gia", "=", 7, **CNT),
    R("Dân 2022.\n\n" + P09 + "7 cụm dân cư tại «4 thôn", "thôn, làng đặc biệt khó khăn có cụm dân cư được "
      "đóng điện", "=", 4, **CNT),
    R("với «150 hộ", "hộ tại các cụm dân cư được đóng điện lưới", "=", 150, **CNT),
])

# --------------------------------------------------------------------------
# 10 Đắk Nông, Đắk Mil district, the Dao village connected to the grid, June 2021 (dantri.com.vn;
# the stamp " date 2021-06" written as the first line; cut: the photo caption "Người dân làng Dao
# hoàn thiện thủ tục mua bán điện." with the blank line after it; the excerpt ends in "chỉ sử dụ").
# Year 2021. Result: "hơn 300 người dân tại làng Dao ... đã được sử dụng điện Nhà nước" (>). Not
# quantities: "có 60 hộ, với hơn 300 khẩu sinh sống" (the village's size, as 07's and the earlier
# sets' sizes; a judgement, beside the lead's value), "Sau 14 năm chờ đợi" (a duration), "Năm 2007"
# (a date), "mấy chục hộ" (no digits). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_daknong-dakmil-lang-dao-co-dien-2021", kind="result", year=2021, records=[
    R("đợi, hơn «300 người", "người dân tại làng Dao đã được sử dụng điện Nhà nước", ">", 300, **CNT),
])

# --------------------------------------------------------------------------
# 11 Đắk Nông, Tuy Đức district, 155 households newly connected (tuyduc.daknong.gov.vn; nothing cut;
# no byline, no stamp). Year 2020 (the project "năm 2020"). Results (=): "lắp đặt điện mới cho 85 hộ
# gia đình ở Quảng Trực và 70 hộ gia đình ở Quảng Tân" (two records, `place` the commune each names,
# scope null as set193's places) and "155 hộ được cấp điện mới" (their sum, its own statement).
# Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_daknong-tuyduc-ho-cap-dien-moi-2020", kind="result", year=2020, records=[
    R("cho «85 hộ", "hộ gia đình được lắp đặt điện mới", "=", 85, **CNT, place="Quảng Trực"),
    R("và «70 hộ", "hộ gia đình được lắp đặt điện mới", "=", 70, **CNT, place="Quảng Tân"),
    R("ý «155 hộ", "hộ được cấp điện mới ở những thôn, bon vùng sâu vùng xa của huyện Tuy Đức", "=", 155, **CNT),
])

# --------------------------------------------------------------------------
# 12 Nghệ An, the villages and Đảo Mắt still without power, December 2025 (nghean24h.vn; cut: the
# photo caption "Người dân bản biên giới Cha Nga, xã Mỹ Lý tranh thủ dệt thổ cẩm ..." opening the
# excerpt, with the blank line after it; no byline, no stamp; the excerpt ends in "triển kha").
# Year 2025 (the text's "Ngày 5/12/2025"). Results (=): "Nghệ An còn 21 thôn, bản và Đảo Mắt chưa
# được cấp điện, gồm 17 thôn, bản ..." (the total and its first part, each its own subject), "Đối
# với 17 thôn, bản chưa có điện đã thuộc danh mục các dự án ... (SETP)" (the same figure restated:
# one record per statement, as the earlier sets) and "Đối với 4 thôn, bản được đề xuất bổ sung cấp
# điện" (the other part). Not quantities: "Tiểu hợp phần 1", "Tổ Đ1", "nhánh 2", "cụm 2 bản Huồi
# Dốc" (names), "5/12/2025" (a date). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_nghean-thon-ban-dao-mat-chua-co-dien-2025", kind="result", year=2025, records=[
    R("còn «21 thôn", "thôn, bản và Đảo Mắt chưa được cấp điện", "=", 21, **CNT),
    R("gồm «17 thôn", "thôn, bản chưa được cấp điện đã được đề xuất chủ trương đầu tư xây dựng", "=", 17, **CNT),
    R("Đối với «17 thôn", "thôn, bản chưa có điện thuộc danh mục các dự án Chương trình Chuyển đổi năng lượng "
      "bền vững Việt Nam-EU (SETP)", "=", 17, **CNT),
    R("Đối với «4 thôn", "thôn, bản được đề xuất bổ sung cấp điện", "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 13 Kiên Giang (now An Giang), Kiên Hải island district after the national grid, November 2023
# (baokiengiang.vn; cut: the byline "22/11/2023 08:12" written as the first line `date 2023-11-22`,
# and the photo caption "Người dân xã đảo Lại Sơn mua ti vi ... Ảnh: HUỲNH LÀI"; the section title
# "ĐIỆN VỀ NGƯỜI DÂN PHẤN KHỞI" stays; the excerpt ends in "bước đ"). Year 2023 (the byline; "Mỗi
# năm", "Hiện"), 2022 where the text says so. Results: "đón khoảng 400.000 - 450.000 lượt du khách"
# (one between record: the range decides over "khoảng", as set355), "tốc độ tăng trưởng bình quân
# hàng năm trên 14%" (>, a yearly growth rate, as the earlier sets' "%/năm"), "thu nhập bình quân
# đầu người năm 2022 đạt 62,5 triệu đồng/người" (=, 2022, unit other "đồng/người", the magnitude
# word multiplied in), "tỷ lệ hộ sử dụng điện của huyện đạt trên 98%" (>). Not quantities: "tăng
# 20,5 lần so với khi mới thành lập (năm 1983)" (a change against an earlier value, spec), "2 xã
# Lại Sơn và Nam Du" (the lead of a list of names). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_kiengiang-kienhai-dien-luoi-huyen-dao-2023", kind="result", year=2023, records=[
    R("khoảng «400.000 - 450.000", "lượt du khách huyện Kiên Hải đón mỗi năm", "between", 400000, **CNT,
      value_max=450000),
    R("hàng năm trên «14%", "tốc độ tăng trưởng kinh tế bình quân hàng năm của huyện Kiên Hải", ">", 14),
    R("đạt «62,5 triệu", "thu nhập bình quân đầu người", "=", 62.5e6, unit="other", unit_text="đồng/người",
      year=2022),
    R("đạt trên «98%", "tỷ lệ hộ sử dụng điện của huyện", ">", 98),
])

# --------------------------------------------------------------------------
# 14 National: the Ministry of Industry and Trade's report on rural, mountain and island
# electrification 2016-2020, January 2021 (nhandan.com.vn; cut: the byline "Thứ Hai, 18-01-2021,
# 16:10" written as the first line `date 2021-01-18`, and the photo caption "Thứ trưởng Bộ Công
# Thương Đặng Hoàng Anh."; the closing "." line stays). Results, each of its year: "tăng từ 2,5%
# vào năm 1975 lên tới 96% vào năm 2009 và 99,53% vào năm 2019" (three records: the earlier values
# of "tăng từ X lên Y" are values measured in their years, as the earlier sets; 1975 lies before the
# checker's range and is tolerated by check_gold.py where the text names "năm 1975"), "cung cấp
# điện cho hơn 17 triệu hộ dân nông thôn" (>, 2020: the report's period "2016 - 2020" ends there,
# as set355's results of a period), "tính đến ngày 31-12-2019 đạt 99,26%; chỉ còn khoảng 0,74%"
# (=, ~; 2019) and the headline's "Chỉ còn khoảng 0,74%" (~, 2019, restating the body). Scope null
# ("bao gồm cả thành thị và nông thôn" is one value for both; "Tại khu vực nông thôn" opens its own
# sentence, part of the subject). Pillar null.
# --------------------------------------------------------------------------
D14 = dict(name="14_ca-nuoc-ho-nong-thon-chua-tiep-can-dien-2021", kind="result", year=2019, records=[
    R("khoảng «0,74% số hộ dân nông thôn chưa được tiếp cận điện\n\nBáo", "số hộ dân nông thôn chưa được tiếp "
      "cận điện", "~", 0.74),
    R("tăng từ «2,5%", "tỷ lệ các hộ gia đình có điện", "=", 2.5, year=1975),
    R("lên tới «96%", "tỷ lệ các hộ gia đình có điện", "=", 96, year=2009),
    R("và «99,53%", "tỷ lệ các hộ gia đình có điện bao gồm cả thành thị và nông thôn", "=", 99.53),
    R("hơn «17 triệu hộ", "hộ dân nông thôn, vùng sâu, vùng xa, biên giới, hải đảo được cung cấp điện", ">",
      17e6, **CNT, year=2020),
    R("đạt «99,26%", "tỷ lệ số hộ dân khu vực nông thôn được sử dụng điện", "=", 99.26),
    R("chỉ còn khoảng «0,74%", "số hộ dân nông thôn chưa được tiếp cận điện", "~", 0.74),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
records_of = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, records_of, GOLD)
