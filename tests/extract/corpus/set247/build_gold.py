#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set247).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), adapted to this
set's theme: environment and climate in the provinces (solid-waste collection, clean water, forest
cover, monitoring stations, waste water). Each record is written by hand below; its anchor is
never typed in. A record names a locator: a piece of the text with « just before the number. The
locator (without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(completion against a plan, a change against an earlier year); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml (see README): the catalogue is about digital transformation,
so nearly every environmental indicator here has none (null); the automatic monitoring stations
are the catalogue's `city.iot_monitoring_stations_count`.

No text of this set stands under a heading or lead-in that names a pillar of digital
transformation: every record has pillar null.

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

HA = dict(unit="other", unit_text="ha")
M3_DAY = dict(unit="other", unit_text="m3/ngày đêm")
STATIONS = "city.iot_monitoring_stations_count"
URBAN, RURAL = "khu vực đô thị", "khu vực nông thôn"
WASTE = "tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt"

# --------------------------------------------------------------------------
# 01 Phú Thọ, the province's collection and treatment of household solid waste: the 2025 results
# and the targets for 2026 and 2030 (baophutho.vn, February 2026; cut: the photo caption "Chất thải
# rắn sinh hoạt trên địa bàn xã Bản Nguyên được thu gom, ..." without a figure; the stamp " date
# 2026-02-04" written as the first line, the rest of that line, the section label "Kinh tế", on the
# second). Results of "năm 2025" (the title's 86% is the body's figure, year 2025): 86% on average,
# then "khu vực đô thị đạt ... 95%, khu vực nông thôn đạt 75%": one sentence splitting its values
# between urban and rural areas, scopes as written (the spec's population groups thành thị / nông
# thôn). Targets "đến năm 2030, 100% ... tại khu vực đô thị ...; khu vực nông thôn đạt trên 85%"
# (scopes again; "trên" as `>`) and "trong năm 2026, ... nông thôn sẽ đạt 77%, khu vực đô thị đạt
# 96%" (>=). Not quantities: "tăng 1-2% so với năm 2024" (a change against an earlier year, NOT).
# --------------------------------------------------------------------------
D01 = dict(name="01_phutho-chat-thai-ran-thu-gom-2025", kind="result", year=2026, NOT=["tăng «1-2%"], records=[
    R("toàn tỉnh đạt «86%", WASTE + " toàn tỉnh", "=", 86, year=2025),
    R("đạt trung bình «86%", WASTE + " trên địa bàn", "=", 86, year=2025),
    R("thu gom, xử lý «95%", WASTE, "=", 95, scope=URBAN, year=2025),
    R("khu vực nông thôn đạt «75%", WASTE, "=", 75, scope=RURAL, year=2025),
    R("2030, «100% chất thải", "chất thải rắn sinh hoạt được thu gom và xử lý bảo đảm quy chuẩn, tiêu chuẩn môi trường",
      ">=", 100, scope=URBAN, **T, year=2030),
    R("đạt trên «85%", "chất thải rắn sinh hoạt được thu gom và xử lý bảo đảm quy chuẩn, tiêu chuẩn môi trường",
      ">", 85, scope=RURAL, **T, year=2030),
    R("sẽ đạt «77%", "tỷ lệ thu gom, xử lý", ">=", 77, scope=RURAL, **T, year=2026),
    R("đô thị đạt «96%", "tỷ lệ thu gom, xử lý", ">=", 96, scope=URBAN, **T, year=2026),
])

# --------------------------------------------------------------------------
# 02 Phú Thọ, rural clean water: the 2025 results and the 2026 plan (baophutho.vn, February 2026;
# cut: the photo caption "Học sinh Trường Tiểu học Kim Thượng, ..." without a figure; the stamp
# " date 2026-02-02" written as the first line). Results of "năm 2025": "Trên 98%" in the title
# (`>`, the body's year), 98,66% (=), "gần 59%" (~). The 2026 plan: "với kế hoạch, tỷ lệ ... ước
# đạt 98,73%" read as a target (the plan's figure; "ước đạt" in a target read as `>=` like a bare
# "đạt", a judgement) and "phấn đấu đạt 60,06%" (>=). "Hiện nay, toàn tỉnh có 260 công trình cấp
# nước tập trung" (a count, =, the document's year 2026). Not quantities: "hoàn thành 100% kế hoạch
# đề ra" (completion against the plan, NOT).
# --------------------------------------------------------------------------
D02 = dict(name="02_phutho-nuoc-sach-nong-thon-2025", kind="result", year=2026, NOT=["hoàn thành «100% kế"], records=[
    R("Trên «98% dân số", "dân số nông thôn được sử dụng nước sạch, nước hợp vệ sinh", ">", 98, year=2025),
    R("đạt «98,66%", "tỷ lệ dân số nông thôn được sử dụng nước sạch, nước hợp vệ sinh trên địa bàn tỉnh", "=", 98.66,
      year=2025),
    R("đạt gần «59%", "tỷ lệ dân cư nông thôn được sử dụng nước sạch đáp ứng quy chuẩn kỹ thuật quốc gia", "~", 59,
      year=2025),
    R("ước đạt «98,73%", "tỷ lệ dân số nông thôn được sử dụng nước sạch, nước hợp vệ sinh", ">=", 98.73, **T),
    R("phấn đấu đạt «60,06%", "tỷ lệ dân cư nông thôn được sử dụng nước sạch đáp ứng quy chuẩn", ">=", 60.06, **T),
    R("có «260 công trình", "công trình cấp nước tập trung đang hoạt động ổn định", "=", 260, **CNT),
])

# --------------------------------------------------------------------------
# 03 Gia Lai, the province's plan for the programme on the rural environment, food safety and
# clean water in the new-countryside programme 2021-2025 (gialaitv.vn; cut: the byline line
# "Cập nhật 10/3/2023, 14:03:51", written as the first line `date 2023-03-10`; the excerpt ends in
# "cải tạo chất l"). Targets "Phấn đấu đến năm 2025": kind target, year 2025; "tối thiểu", "ít
# nhất" `>=`, "trên" `>`, bare numbers `>=`; "Ít nhất 80% chất thải chăn nuôi và 60% phụ phẩm":
# two records, each its own subject; "1 – 2 mô hình" one `between` count; "50% số đơn vị cấp
# huyện": the level is part of the subject, scope null (spec). Not quantities: "2021 – 2025"
# (dates). Ids null (no environmental indicator in the catalogue).
# --------------------------------------------------------------------------
D03 = dict(name="03_gialai-ke-hoach-moi-truong-nuoc-sach-ntm-2025", kind="target", year=2025, records=[
    R("tối thiểu «55% dân số", "dân số nông thôn trong tỉnh được tiếp cận bền vững với nước sạch đạt quy chuẩn", ">=",
      55),
    R("trên «10% dân số", "dân số nông thôn được sử dụng nước sạch từ công trình cấp nước tập trung", ">", 10),
    R("ít nhất «50% số hộ", "số hộ nông thôn triển khai các giải pháp phân loại chất thải tại nguồn", ">=", 50),
    R("nguồn; «80% chất thải", "chất thải rắn sinh hoạt được thu gom và xử lý", ">=", 80),
    R("triển khai «1 – 2 mô hình", "mô hình xử lý chất thải sinh hoạt quy mô cấp huyện trở lên với công nghệ phù hợp",
      "between", 1, value_max=2, **CNT),
    R("Ít nhất «15% số hộ", "số hộ nông thôn có nước thải sinh hoạt được thu gom và xử lý bằng các biện pháp phù hợp",
      ">=", 15),
    R("hiệu quả; «50% số đơn vị", "số đơn vị cấp huyện có triển khai mô hình thu gom và xử lý nước thải sinh hoạt "
      "phi tập trung", ">=", 50),
    R("Ít nhất «80% chất thải chăn", "chất thải chăn nuôi phải được thu gom, tái sử dụng, tái chế", ">=", 80),
    R("và «60% phụ phẩm", "phụ phẩm nông nghiệp phải được thu gom, tái sử dụng, tái chế", ">=", 60),
    R("Ít nhất «35% số huyện", "số huyện có đề án cải tạo chất lượng", ">=", 35),
])

# --------------------------------------------------------------------------
# 04 Đồng Nai, the clean-water and environment criteria of the province's new-countryside communes
# to 2025 (dongnai.gov.vn; cut: the list lines "- Cập nhật 05/11/2024 14:52" (written as the first
# line `date 2024-11-05`), "- Lượt xem : 31", "- Xem với cỡ chữ" and the byline "Phan Anh"). The
# criteria are targets: "năm 2024 ít nhất đạt 84,5%, ... đạt ít nhất 40%" (year 2024), "Năm 2025
# ... ít nhất đạt 85%, ... đạt ít nhất 45%" (2025; the subtitle line stands twice, both kept and
# recorded), and the three "đạt 100%" of the other criteria "được nâng lên" (targets of the same
# criteria to 2025). "trong đó từ hệ thống cấp nước tập trung (nước máy)": a part by source,
# scope null (spec's breakdown by kind). Results "Hiện tại, ... bình quân của tỉnh hơn 80%" (`>`)
# and "sử dụng nước máy dưới 40%" (`<`), the document's year 2024.
# --------------------------------------------------------------------------
TAP = "tỷ lệ hộ dân dùng nước sạch theo quy chuẩn từ hệ thống cấp nước tập trung (nước máy)"
CLEAN = "tỷ lệ hộ dân dùng nước sạch theo quy chuẩn"
D04 = dict(name="04_dongnai-tieu-chi-nuoc-sach-ntm-2025", kind="target", year=2025, records=[
    R("Phấn đấu «45% hộ", "hộ dùng nước máy ở xã nông thôn", ">=", 45),
    R("ít nhất đạt «85%\nNăm", CLEAN, ">=", 85),
    R("ít nhất đạt «85%\nTheo", CLEAN, ">=", 85),
    R("năm 2024 ít nhất đạt «84,5%", CLEAN + " của xã nông thôn mới", ">=", 84.5, year=2024),
    R("đạt ít nhất «40%", TAP, ">=", 40, year=2024),
    R("ít nhất đạt «85%, trong", CLEAN, ">=", 85),
    R("đạt ít nhất «45%", TAP, ">=", 45),
    R("tỉnh hơn «80%", CLEAN + " bình quân của tỉnh", ">", 80, kind="result", year=2024),
    R("nước máy dưới «40%", "hộ dân sử dụng nước máy", "<", 40, kind="result", year=2024),
    R("môi trường đạt «100%", "tỷ lệ cơ sở sản xuất, kinh doanh, nuôi trồng thủy hải sản đáp ứng yếu câu về bảo vệ "
      "môi trường", ">=", 100),
    R("thu gom, xử lý đạt «100%. Tỷ", "tỷ lệ chất thải rắn sinh hoạt và chất thải rắn không nguy hại được thu gom, "
      "xử lý", ">=", 100),
    R("theo quy định đạt «100%", "tỷ lệ bao bì thuốc bảo vệ thực vật sau sử dụng và chất thải y tế được thu gom, xử "
      "lý theo quy định", ">=", 100),
])

# --------------------------------------------------------------------------
# 05 Thái Bình, rural clean water and waste collection under the programme 2021-2025, October 2024
# (danviet.vn; cut: the photo caption "Hội Phụ nữ huyện Kiến Xương nhân rộng ..." without a figure
# with the blank line after it; the stamp " date 2024-10" written as the first line). Results of
# 2024 ("đến nay", "hiện nay"): 75 works; capacities "359.370 m3/ngày đêm" (=) and "khoảng 521.000
# m3/ngày đêm" (~), unit other, as an earlier set's "tổng công suất khai thác ... m2/ngày đêm"; the
# operators "33 doanh nghiệp, 07 đơn vị cấp xã" (two counts, each its own subject); "gần 100%"
# (~); "100% xã, thị trấn đã thành lập tổ thu gom rác thải"; 96,37%; "01 Nhà máy"; "cho 15 xã, thị
# trấn" (the communes the plant serves, a count of its own). Not quantities: "2021-2025" (dates),
# "TTD-01" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_thaibinh-nuoc-sach-thu-gom-rac-2024", kind="result", year=2024, records=[
    R("có «75 công trình", "công trình cấp nước sạch tập trung đang hoạt động cấp nước theo quy hoạch", "=", 75, **CNT),
    R("là «359.370 m3", "tổng công suất thiết kế", "=", 359370, **M3_DAY),
    R("khoảng «521.000 m3", "công suất thực tế hiện nay", "~", 521000, **M3_DAY),
    R("do «33 doanh nghiệp", "doanh nghiệp quản lý, vận hành, khai thác công trình cấp nước", "=", 33, **CNT),
    R("«07 đơn vị cấp xã", "đơn vị cấp xã (UBND xã, Hợp tác xã) quản lý, vận hành, khai thác công trình cấp nước", "=",
      7, **CNT),
    R("đạt gần «100%", "tỷ lệ người dân được sử dụng nước sạch từ hệ thống công trình cấp nước sạch tập trung", "~", 100),
    R("«100% xã, thị trấn đã", "xã, thị trấn đã thành lập tổ thu gom rác thải", "=", 100),
    R("đạt «96,37%", "tỷ lệ chất thải rắn được thu gom", "=", 96.37),
    R("có «01 Nhà máy", "nhà máy xử lý chất thải rắn sinh hoạt", "=", 1, **CNT),
    R("cho «15 xã", "xã, thị trấn huyện Quỳnh Phụ được nhà máy xử lý chất thải rắn sinh hoạt (không chôn lấp)", "=", 15,
      **CNT),
])

# --------------------------------------------------------------------------
# 06 Bình Dương, Phú Giáo district sorting household waste at source, August 2024
# (baobinhduong.vn; cut: the byline "Cập nhật: 21-08-2024 | 08:48:31" with the blank line after it,
# written as the first line `date 2024-08-21`; the photo caption " Việc thực hiện phân loại rác
# ..." without a figure; the byline "TIẾN HẠNH"; the furniture "Chia sẻ bài viết", the readers'
# notice "LƯU Ý: BDO ...", "Gửi file đính kèm không quá 10MB Đính kèm File", the counter
# "intNumViewTotal=220", "Quay lên trên", each with the blank line after it). Results of 2024: 27
# collection points (title and body), "trên địa bàn 11 xã, thị trấn" (a count of its own),
# "khoảng 44,28 tấn/ngày" (~, unit other). Targets "Mục tiêu đến năm 2025": four, `>=`.
# --------------------------------------------------------------------------
D06 = dict(name="06_binhduong-phugiao-phan-loai-rac-2024", kind="result", year=2024, records=[
    R("bố trí «27 điểm tập kết rác", "điểm tập kết rác thải rắn sinh hoạt tại nguồn", "=", 27, **CNT),
    R("có «100% xã", "xã, thị trấn của huyện thực hiện việc phân loại chất thải rắn sinh hoạt tại nguồn", ">=", 100,
      **T, year=2025),
    R("đạt «99%", "tỷ lệ chất thải rắn đô thị được thu gom, xử lý", ">=", 99, **T, year=2025),
    R("đạt tỷ lệ «100%", "tỷ lệ chất thải nguy hại được thu gom, xử lý", ">=", 100, **T, year=2025),
    R("y tế được thu gom, xử lý đạt «100%", "chất thải y tế được thu gom, xử lý", ">=", 100, **T, year=2025),
    R("bố trí «27 điểm tập kết chất", "điểm tập kết chất thải rắn sinh hoạt", "=", 27, **CNT),
    R("địa bàn «11 xã", "xã, thị trấn có điểm tập kết chất thải rắn sinh hoạt", "=", 11, **CNT),
    R("khoảng «44,28 tấn", "khối lượng chất thải rắn sinh hoạt trung bình được thu gom", "~", 44.28, unit="other",
      unit_text="tấn/ngày"),
])

# --------------------------------------------------------------------------
# 07 Thanh Hóa, the 2022 index of rural clean water (moitruong.net.vn; cut: the byline "Anh
# Hoàng|16/03/2023 16:30", written as the first line `date 2023-03-16`, the widget "Theo dõi Môi
# trường & Cuộc sống trên" with the blank line after it, the image file name
# "nuoc-sach-ve-sinh.jpg"; the photo caption "Toàn tỉnh có 97% ..." carries a figure and is kept).
# Results of "năm 2022" (the index's year, not the byline's 2023). The evaluation's reach "ở 27
# huyện, thị xã, thành phố với 469 xã, 727.322 hộ gia đình, đạt 100% tổng số xã và số hộ" and "547
# công trình, đạt 100% tổng số công trình" are read as results (counts and shares of what the
# evaluation covered, reported as reached; a judgement). The shares by source (tập trung / nhỏ
# lẻ) and of poor households are each their own subject, scope null (a breakdown by kind; "hộ
# nghèo" stands in sentences of their own, not a split).
# --------------------------------------------------------------------------
HVS = "hộ gia đình nông thôn được sử dụng nước hợp vệ sinh"
D07 = dict(name="07_thanhhoa-nuoc-hop-ve-sinh-nong-thon-2022", kind="result", year=2022, records=[
    R("có «97% hộ gia đình nông thôn được sử dụng nước hợp vệ sinh\n\nTheo", HVS, "=", 97),
    R("có «97% số hộ", "số " + HVS, "=", 97),
    R("ở «27 huyện", "huyện, thị xã, thành phố được theo dõi, đánh giá nước sạch nông thôn", "=", 27, **CNT),
    R("với «469 xã", "xã được theo dõi, đánh giá nước sạch nông thôn", "=", 469, **CNT),
    R("«727.322 hộ", "hộ gia đình được theo dõi, đánh giá nước sạch nông thôn", "=", 727322, **CNT),
    R("đạt «100% tổng số xã", "tổng số xã và số hộ trên toàn tỉnh được theo dõi, đánh giá", "=", 100),
    R("là «547 công trình", "công trình cấp nước tập trung nông thôn được theo dõi và đánh giá", "=", 547, **CNT),
    R("đạt «100% tổng số công", "tổng số công trình cấp nước tập trung nông thôn được theo dõi, đánh giá", "=", 100),
    R("Toàn tỉnh có «97% hộ gia đình nông thôn được sử dụng nước hợp vệ sinh\n\nKết", HVS, "=", 97),
    R("Kết quả, toàn tỉnh có «97%", HVS, "=", 97),
    R("tập trung là «27,3%", "tỷ lệ hộ gia đình sử dụng nước hợp vệ sinh từ công trình cấp nước tập trung", "=", 27.3),
    R("nhỏ lẻ là «69,7%", "tỷ lệ hộ gia đình sử dụng nước hợp vệ sinh từ công trình cấp nước nhỏ lẻ", "=", 69.7),
    R("QCVN là «60,2%", "tỷ lệ hộ gia đình nông thôn được sử dụng nước sạch đáp ứng QCVN", "=", 60.2),
    R("tập trung là «25,2%", "tỷ lệ hộ gia đình sử dụng nước sạch từ công trình cấp nước tập trung", "=", 25.2),
    R("nhỏ lẻ là «35,0%", "tỷ lệ hộ gia đình sử dụng nước sạch từ công trình cấp nước nhỏ lẻ", "=", 35.0),
    R("hợp vệ sinh là «94,4%", "tỷ lệ hộ nghèo sử dụng nước hợp vệ sinh", "=", 94.4),
    R("nước sạch là «34,6%", "tỷ lệ hộ nghèo sử dụng nước sạch", "=", 34.6),
    R("bền vững là «6,4%", "tỷ lệ các công trình cấp nước tập trung hoạt động hiệu quả, bền vững", "=", 6.4),
    R("kém bền vững là «60,5%", "tỷ lệ các công trình cấp nước tập trung kém bền vững", "=", 60.5),
    R("không hoạt động là «33,1%", "tỷ lệ các công trình cấp nước tập trung không hoạt động", "=", 33.1),
])

# --------------------------------------------------------------------------
# 08 Tây Ninh, the province's clean-water target for 2025, an audio bulletin of January 2022
# (baotayninh.vn; cut: the line "Audio thời sự 25-01-2022", written as the first line
# `date 2022-01-25`, the byline "Huy Liệu", "Chia sẻ:", "BẠN ĐỌC PHẢN HỒI", each with the blank line
# after it). Targets of 2025, `>=`: the title's 100%, the body's 100% and "các xã nông thôn mới
# được cấp nước sạch theo quy chuẩn đạt 72%" (the communes are the subject, scope null).
# --------------------------------------------------------------------------
ACCESS = "tỷ lệ dân số được tiếp cận với nước sạch, nước hợp vệ sinh"
D08 = dict(name="08_tayninh-nuoc-sach-muc-tieu-2025", kind="target", year=2025, records=[
    R("hợp vệ sinh đạt «100%\n\nUBND", ACCESS, ">=", 100),
    R("hợp vệ sinh đạt «100%;", ACCESS, ">=", 100),
    R("đạt «72%", "các xã nông thôn mới được cấp nước sạch theo quy chuẩn", ">=", 72),
])

# --------------------------------------------------------------------------
# 09 Tuyên Quang, forest protection and the 2024 planting plan (snntuyenquang.gov.vn; cut: the
# stray line ",", the section label "Lâm nghiệp", the player's "Video không hợp lệ", the source
# "Đài Phát thanh và Truyền hình Tuyên Quang" and "Tin cùng chuyên mục", with the blank lines after
# them; no byline, no stamp). Year 2024 (the only year the text names). The body's "Năm 2024, tỉnh
# phấn đấu thực hiện trồng rừng 10.500 ha, ... 1,2 triệu m3; ... duy trì độ che phủ của rừng trên
# 65%": three targets (ha and m3 unit other, the magnitude word multiplied in; "trên" `>`). The
# title "làm tốt công tác bảo vệ, duy trì độ che phủ rừng trên 65%" states what the province does:
# a result (`>`, 2024; a judgement).
# --------------------------------------------------------------------------
COVER = "độ che phủ rừng"
D09 = dict(name="09_tuyenquang-che-phu-rung-trong-rung-2024", kind="target", year=2024, records=[
    R("độ che phủ rừng trên «65%\n", COVER, ">", 65, kind="result"),
    R("trồng rừng «10.500 ha", "trồng rừng", ">=", 10500, **HA),
    R("rừng trồng «1,2 triệu m3", "sản lượng khai thác gỗ rừng trồng", ">=", 1200000, unit="other", unit_text="m3"),
    R("của rừng trên «65%.", "độ che phủ của rừng", ">", 65),
])

# --------------------------------------------------------------------------
# 10 Yên Bái, Văn Yên district's spring planting, 2025 (baomoi.net.vn, from baoyenbai.com.vn; cut:
# the photo caption "Tranh thu thời tiết thuận lợi, ..." without a figure, twice, the byline "Thu
# Trang - Đức Toàn" and the source line "Nguồn Yên Bái: https://...", with the blank lines after
# them; no stamp). Results, year 2025 (the only year named): "nâng độ che phủ rừng của huyện lên
# 67,6%" (=), "trồng được trên 2.600 ha rừng" (`>`, unit other "ha"). Not quantities: "đạt 93% kế
# hoạch" (completion against the plan, NOT).
# --------------------------------------------------------------------------
D10 = dict(name="10_yenbai-vanyen-trong-rung-2025", kind="result", year=2025, NOT=["đạt «93% kế"], records=[
    R("huyện lên «67,6%", "độ che phủ rừng của huyện", "=", 67.6),
    R("trên «2.600 ha", "diện tích rừng đã trồng", ">", 2600, **HA),
])

# --------------------------------------------------------------------------
# 11 Quảng Ninh, the province's automatic environmental monitoring (vietnam.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "quy chu"). One result, "hiện có 171 trạm quan trắc môi
# trường tự động" (=, count); the text names no year: null. Id: the catalogue's automatic
# monitoring stations.
# --------------------------------------------------------------------------
D11 = dict(name="11_quangninh-tram-quan-trac-tu-dong", kind="result", year=None, records=[
    R("hiện có «171 trạm", "trạm quan trắc môi trường tự động", "=", 171, **CNT, iid=STATIONS),
])

# --------------------------------------------------------------------------
# 12 Bắc Ninh, the header and preamble of Decision 820/QĐ-UBND of 31/12/2024 issuing the plan for
# sorting household solid waste at source (thuvienphapluat.vn; nothing cut). A precision text, no
# record: dates ("31 tháng 12 năm 2024", "19 tháng 6 năm 2015", ...), document numbers (820/QĐ-UBND,
# 08/2022/NĐ-CP, 02/2022/TT-BTNMT, 450/QĐ-TTg, 9368/BTNMT-KSONMT, 222/QĐ-UBND, 217/TB-UBND),
# "đến năm 2030, tầm nhìn đến năm 2050", "giai đoạn 2019 - 2025" (periods).
# --------------------------------------------------------------------------
D12 = dict(name="12_bacninh-phan-loai-rac-qd820-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 13 Đồng Tháp, the related-documents list, header and preamble of Decision 670/QĐ-UBND-HC of
# 01/06/2021 on operating the hygienic landfill cells (ls1.hethongphapluat.com; nothing cut; the
# excerpt ends in "nghị địn"). A precision text, no record: the list numbers "- 1" ... "- 9",
# laws' years, document numbers, dates.
# --------------------------------------------------------------------------
D13 = dict(name="13_dongthap-o-chon-lap-qd670-2021-precision", kind="result", year=2021, records=[])

# --------------------------------------------------------------------------
# 14 Tây Ninh, the automatic waste-water monitoring system of the Chà Là industrial park, checked
# on 28/3/2025 (sonnmt.tayninh.gov.vn; nothing cut; no byline; the excerpt ends in "để tri"). A
# near-precision text: one record, the system's design capacity "2.000 m3/ngày.đêm" (=, unit other
# as written; an earlier set recorded a capacity "m2/ngày đêm" likewise), year 2025. Not
# quantities: "28/3/2025" (a date), "5 phút/lần" (the data-transmission setting the decree
# requires, a technical rule, not an indicator's value; a judgement), "08/2022/NĐ-CP" (a document).
# --------------------------------------------------------------------------
D14 = dict(name="14_tayninh-chala-quan-trac-nuoc-thai-2025-precision", kind="result", year=2025, records=[
    R("hệ thống «2.000 m3", "công suất thiết kế của hệ thống quan trắc nước thải tự động Khu công nghiệp Chà Là",
      "=", 2000, unit="other", unit_text="m3/ngày.đêm"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
records_of = functools.partial(goldkit.build_records, texts=TEXTS)
build = records_of  # the name check_gold.py and goldkit.write_gold expect
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
