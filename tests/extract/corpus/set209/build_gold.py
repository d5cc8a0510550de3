#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set209).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder by ../goldkit.py.

Each document may also list NOT: locators of percentages deliberately left without a record;
check_gold.py verifies that every percentage has a record or a NOT entry. This set's texts leave no
percentage without a record, so no document lists NOT.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).

The theme is smart cities: security and traffic cameras, an intelligent lighting system, a national
camera scheme and a national IoT traffic scheme. No text has a heading or lead-in that names a
pillar, so every record's pillar is null (spec: null where no heading says).

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

DONG = dict(unit="other", unit_text="đồng")
CAM = "city.surveillance_cameras_count"
TGT_CNT = dict(CNT, **T)
TGT_DONG = dict(DONG, **T)

# --------------------------------------------------------------------------
# 01 Kiên Giang, Phú Quốc: the provincial police installing AI cameras at seven key points, October
# 2024 (thanhnien.vn; the stamp " date 2024-10" written as the first line; cut: the two photo
# captions "Công an tỉnh Kiên Giang lắp đặt 41 camera ... ẢNH: BÁCH HỶ" and "Khu vực cảng tàu
# khách Bãi Vòng là 1 trong 7 địa điểm ... ẢNH: BÁCH HỶ", each with the blank line after it; the
# excerpt ends in "phòng ngừa tội "). Year 2024. "đang triển khai lắp đặt 41 camera AI ở 7 vị trí
# trọng điểm ... Việc lắp đặt sẽ hoàn tất vào 15.10": an installation under way, to be completed by
# a date, read as a target (as the earlier sets read "dự kiến" and works to finish), op `>=` (bare
# numbers of a target); two counts, each its own subject (the cameras, the places). Not
# quantities: "7.10", "15.10" (dates). Ids: CAM for the cameras; the places null.
# --------------------------------------------------------------------------
D01 = dict(name="01_kiengiang-phuquoc-camera-ai-an-ninh-2024", kind="target", year=2024, records=[
    R("lắp đặt «41 camera AI", "camera AI giám sát tình hình an ninh trật tự lắp đặt", ">=", 41, **CNT, iid=CAM),
    R("ở «7 vị trí", "vị trí trọng điểm lắp đặt camera AI", ">=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 02 Bình Định, Tây Sơn district: its Kế hoạch 269/KH-UBND of 13/11/2024 on the smart-city tasks for
# 2024-2025 (tayson.binhdinh.gov.vn; nothing cut; no stamp, no byline; the excerpt ends in "năm 202",
# inside the list of the plan's grounds). A precision text: document numbers ("269/KH-UBND",
# "05-NQ/TU", "5151/QĐ-UBND", "5360/QĐ-UBND", "92/KH-UBND", "33/KH-UBND", "59-KH/TU", "204/KH-UBND"),
# dates, years and periods ("2024 - 2025", "năm 2030"), version numbers ("phiên bản 1.0",
# "(phiên bản 2.0)"). No record.
# --------------------------------------------------------------------------
D02 = dict(name="02_binhdinh-tayson-ke-hoach-do-thi-thong-minh-2024-precision", kind="target", year=2024,
           records=[])

# --------------------------------------------------------------------------
# 03 Vĩnh Phúc, Yên Lạc district: its intelligent public-lighting system (tietkiemnangluong.com.vn;
# cut: the photo caption "Nhân viên kỹ thuật kiểm tra hệ thống điện chiếu sáng công cộng thông minh
# trên địa bàn huyện"; no stamp, no byline; the excerpt ends in "tiết kiệm được 2 lần "). Year 2022:
# the work "được triển khai vào giữa năm 2022" and was built within a month; the results are of that
# build. Results: "tổng mức đầu tư gần 9,5 tỷ đồng" (`~`, other, "đồng"), "Xây dựng 1 trung tâm
# điều hành và giám sát chiếu sáng thông minh" and "thay thế 28 tủ điều khiển chiếu sáng" (counts,
# `=`). Not quantities: "Sodium 250W", "LED thông minh 150W" (the lamps' ratings, names of a kind of
# lamp), "1 tháng", "nửa năm" (durations), "tiết kiệm được 2 lần" (a saving against the old system,
# a change against an earlier value, spec). Ids null (the lighting centre is not the catalogue's
# IOC; the investment is a lighting project's, not digital-transformation funding).
# --------------------------------------------------------------------------
D03 = dict(name="03_vinhphuc-yenlac-chieu-sang-thong-minh-2022", kind="result", year=2022, records=[
    R("đầu tư gần «9,5 tỷ", "tổng mức đầu tư công trình hệ thống điện chiếu sáng công cộng thông minh", "~", 9.5e9,
      **DONG),
    R("Xây dựng «1 trung tâm", "trung tâm điều hành và giám sát chiếu sáng thông minh xây dựng", "=", 1, **CNT),
    R("thay thế «28 tủ", "tủ điều khiển chiếu sáng đã xuống cấp thay thế bằng tủ điều khiển kết nối trung tâm",
      "=", 28, **CNT),
])

# --------------------------------------------------------------------------
# 04 Thừa Thiên Huế, Huế city: the decision to install cameras at the city's gateways during the
# Covid-19 epidemic, 23/9/2021 (huecity.gov.vn; cut: the byline date "23/09/2021 4:27:50 CH" (written
# as the first line `date 2021-09-23`), the widgets "Xem cỡ chữ:" and "Đọc bài viết:", the byline
# "Thái Hùng (Văn phòng HĐND – UBND thành phố Huế)", "Các bài khác" and the pager "<< < 1 2 3 4 5 >
# >>"). Year 2021. Targets: "thống nhất chủ trương đầu tư lắp đặt camera ... Cụ thể, lắp đặt 02
# camera ... tại địa bàn xã Hải Dương ...; 2 camera tại phường Thuận An ...; 1 camera tại phường An
# Đông ...; 02 camera tại phường Hương An" (four counts, `>=` as bare target numbers; each with
# `place`, the commune or ward; scope null: places, not administrative levels). Not quantities:
# "Covid-19" (a name), "QL 49B", "QL1A" (road names), "23/9/2021" (a date). Ids: CAM.
# --------------------------------------------------------------------------
D04 = dict(name="04_thuathienhue-hue-camera-cua-ngo-covid-2021", kind="target", year=2021, records=[
    R("lắp đặt «02 camera", "camera giám sát người và phương tiện lắp đặt tại xã Hải Dương", ">=", 2, **CNT,
      place="Hải Dương", iid=CAM),
    R("Quảng Công; «2 camera", "camera lắp đặt tại phường Thuận An", ">=", 2, **CNT, place="Thuận An", iid=CAM),
    R("Phú Thuận; «1 camera", "camera lắp đặt tại phường An Đông", ">=", 1, **CNT, place="An Đông", iid=CAM),
    R("Thủy Thanh; «02 camera", "camera lắp đặt tại phường Hương An", ">=", 2, **CNT, place="Hương An", iid=CAM),
])

# --------------------------------------------------------------------------
# 05 Hà Nội: the head of the city's Kế hoạch 243/KH-UBND of 08/9/2025, its action plan for smart-city
# development to 2030 (hethongphapluat.vn; cut: the site's notice "Để sử dụng toàn bộ tiện ích nâng
# cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước."; no stamp, no byline; the excerpt
# ends in "thực hi", inside the grounds). A precision text: the document's number and date, the
# grounds' numbers and dates ("57-NQ/TW ngày 22/12/2024", "06-NQ/TW", "15-NQ/TW", "71/NQ-CP",
# "950/QĐ-TTg", "25-TB/TGV", "30-TB/TGV", "139/KH-UBND"), years and periods. No record.
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-ke-hoach-243-do-thi-thong-minh-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 06 Quảng Nam, Núi Thành district: repairing and upgrading its security cameras, October 2021
# (baoquangnam.vn; the stamp " date 2021-10" written as the first line; cut: the photo caption "UBND
# huyện Núi Thành thông qua phương án sửa chữa, nâng cấp hệ thống camera an ninh. Ảnh: VĂN PHIN" with
# the blank line after it). Year 2021. Results: "Số lượng camera còn lại là 77/87 cái đã lắp đặt"
# (=, 77; the 87 installed in 2016 is the denominator, as set193's "15/15"), the police's "2 đầu ghi,
# 4 màn hình ti vi", Tam Giang commune's "1 server, 1 màn hình, 7 camera" (counts, each its own
# subject, place "Tam Giang"). Targets: "xã Tam Xuân 1 dự kiến lắp đặt hệ thống gồm 9 camera; xã Tam
# Mỹ Đông 12 camera" (the second read under the same "dự kiến", the clause being elliptical; a
# judgement; `>=`; places "Tam Xuân 1", "Tam Mỹ Đông") and the plan agreed at the meeting, "với tổng
# kinh phí 1 tỷ đồng" (target, `>=`, other "đồng"). Not quantities: "năm 2016" (a date), "Tam Xuân
# 1" (a name), "/87". Ids: CAM for the cameras; the recorders, screens, server and budget null.
# --------------------------------------------------------------------------
D06 = dict(name="06_quangnam-nuithanh-camera-an-ninh-2021", kind="result", year=2021, records=[
    R("còn lại là «77/87", "camera giám sát an ninh huyện còn lại", "=", 77, **CNT, iid=CAM),
    R("quản lý «2 đầu ghi", "đầu ghi Công an huyện đang quản lý", "=", 2, **CNT),
    R("ghi, «4 màn hình", "màn hình ti vi Công an huyện đang quản lý", "=", 4, **CNT),
    R("gồm «1 server", "server hệ thống camera giám sát an ninh xã Tam Giang", "=", 1, **CNT, place="Tam Giang"),
    R("server, «1 màn hình", "màn hình hệ thống camera giám sát an ninh xã Tam Giang", "=", 1, **CNT,
      place="Tam Giang"),
    R("màn hình, «7 camera", "camera hệ thống giám sát an ninh xã Tam Giang đã lắp đặt", "=", 7, **CNT,
      place="Tam Giang", iid=CAM),
    R("gồm «9 camera", "camera xã Tam Xuân 1 dự kiến lắp đặt", ">=", 9, **TGT_CNT, place="Tam Xuân 1", iid=CAM),
    R("Mỹ Đông «12 camera", "camera xã Tam Mỹ Đông dự kiến lắp đặt", ">=", 12, **TGT_CNT, place="Tam Mỹ Đông",
      iid=CAM),
    R("kinh phí «1 tỷ", "tổng kinh phí sửa chữa, nâng cấp hệ thống camera giám sát an ninh tại trung tâm huyện lỵ",
      ">=", 1e9, **TGT_DONG),
])

# --------------------------------------------------------------------------
# 07 Lâm Đồng, Cát Tiên district: 270 security cameras in public places and residential areas,
# January 2021 (baolamdong.vn; the stamp " date 2021-01" written as the first line; cut: the byline
# "THANH HỒNG" at the end with the blank line before it). Year 2021 (the stamp; "Đến nay"). Results
# (=): "270 mắt camera an ninh (tổng kinh phí gần 2 tỷ đồng)" (a count, then the bracket's money,
# `~`), and the breakdown by source of funds "27 mắt/995 triệu đồng, nguồn ngân sách nhà nước ...;
# 66 mắt/411 triệu đồng, nguồn ngân sách của các xã, thị trấn; 142 mắt/500 triệu đồng, nguồn xã hội
# hóa" (a count and an amount each, each its own subject, scope null: a breakdown by source, not by
# level), "36 mắt camera hành trình". Ids: CAM for the cameras (the dash cameras on vehicles too:
# cameras counted by the text among the security cameras' "Ngoài ra"; a judgement); money null.
# --------------------------------------------------------------------------
D07 = dict(name="07_lamdong-cattien-camera-khu-dan-cu-2021", kind="result", year=2021, records=[
    R("lắp đặt «270 mắt", "mắt camera an ninh toàn huyện đã lắp đặt", "=", 270, **CNT, iid=CAM),
    R("kinh phí gần «2 tỷ", "tổng kinh phí lắp đặt camera an ninh", "~", 2e9, **DONG),
    R("Trong đó, «27 mắt", "mắt camera an ninh nguồn ngân sách nhà nước đầu tư", "=", 27, **CNT, iid=CAM),
    R("mắt/«995 triệu", "kinh phí camera an ninh nguồn ngân sách nhà nước đầu tư", "=", 995e6, **DONG),
    R("; «66 mắt", "mắt camera an ninh nguồn ngân sách của các xã, thị trấn", "=", 66, **CNT, iid=CAM),
    R("mắt/«411 triệu", "kinh phí camera an ninh nguồn ngân sách của các xã, thị trấn", "=", 411e6, **DONG),
    R("; «142 mắt", "mắt camera an ninh nguồn xã hội hóa", "=", 142, **CNT, iid=CAM),
    R("mắt/«500 triệu", "kinh phí camera an ninh nguồn xã hội hóa", "=", 500e6, **DONG),
    R("có «36 mắt", "mắt camera hành trình đặt trên các phương tiện giao thông", "=", 36, **CNT, iid=CAM),
])

# --------------------------------------------------------------------------
# 08 Lâm Đồng, Đức Trọng district: the district police installing 102 security cameras, June 2020
# (baolamdong.vn; the stamp " date 2020-06" written as the first line; nothing cut; the excerpt's
# trailing blank lines dropped). Year 2020. Results (=): "102 mắt camera an ninh ... với tổng kinh
# phí là 9,3 tỷ đồng", "toàn huyện có 801 mắt camera an ninh". Not a quantity: "trực 24/24h" (a
# duty time). Ids: CAM for the cameras; the money null.
# --------------------------------------------------------------------------
D08 = dict(name="08_lamdong-ductrong-camera-an-ninh-2020", kind="result", year=2020, records=[
    R("lắp đặt «102 mắt", "mắt camera an ninh Công an huyện lắp đặt tại các tuyến đường trọng điểm", "=", 102, **CNT,
      iid=CAM),
    R("kinh phí là «9,3 tỷ", "tổng kinh phí lắp đặt camera an ninh từ nguồn ngân sách huyện", "=", 9.3e9, **DONG),
    R("huyện có «801 mắt", "mắt camera an ninh toàn huyện có", "=", 801, **CNT, iid=CAM),
])

# --------------------------------------------------------------------------
# 09 National: the scheme for surveillance cameras approved by the Prime Minister in February 2021
# (baohatinh.vn; the stamp " date 2021-02" written as the first line; nothing cut). Targets of the
# scheme's period "giai đoạn 2021-2025": year 2025 (the period's end). "tổng mức đầu tư 2.150 tỷ
# đồng" (`>=`: a target's bare number, as the earlier sets' majority reads a plan's "tổng mức đầu
# tư"), "khoảng 850 tỷ đồng" (`~`), "Tổng mức đầu tư dự kiến mỗi dự án 650 tỷ đồng" (one record: one
# number for the two projects). Not quantities: "đầu tháng 2" (a date), "ba dự án" (a word number,
# and the parts of a scheme), "Dự án một" (a name). Ids null (a camera scheme's investment, not the
# catalogue's digital-transformation funding).
# --------------------------------------------------------------------------
D09 = dict(name="09_bo-cong-an-de-an-camera-giam-sat-2021", kind="target", year=2025, records=[
    R("tư «2.150 tỷ", "tổng mức đầu tư Đề án đầu tư lắp đặt camera giám sát trên toàn quốc", ">=", 2150e9, **DONG),
    R("khoảng «850 tỷ", "đầu tư Dự án một xây dựng Trung tâm dữ liệu dùng chung (Cục Cảnh sát giao thông)", "~",
      850e9, **DONG),
    R("mỗi dự án «650 tỷ", "tổng mức đầu tư dự kiến mỗi dự án nâng cấp Trung tâm chỉ huy và lắp đặt camera giám sát "
      "cho Hà Nội, TP HCM", ">=", 650e9, **DONG),
])

# --------------------------------------------------------------------------
# 10 National: the scheme for IoT in intelligent transport, Decision 2692/QĐ-TTg of 11/12/2025
# (vneconomy.vn; the stamp " date 2025-12-12" written as the first line; cut: the price widget "Giá
# vàng trong nước và thế giới", the byline date "Thứ Sáu, 12/12/2025", the byline "Đan Tiên" and the
# time "12/12/2025, 16:40"; the excerpt ends in "các địa phương"). Targets: "Giai đoạn 2026–2028,
# Đề án đặt mục tiêu 100% các tuyến cao tốc ...; 100% dữ liệu thu phí ..." and the next line's "90%
# văn bản pháp luật, tiêu chuẩn, quy chuẩn kỹ thuật quốc gia về IoT" (year 2028: the line continues
# the 2026–2028 stage, the 2029–2035 stage opening the line after), "Giai đoạn 2029–2035, ... 100%
# dữ liệu IoT giao thông được chuẩn hóa" (year 2035); `>=` (bare numbers; "Tối thiểu" binds to "hai
# thành phố"). Not quantities: "hai thành phố", "năm thành phố và mười tỉnh" (word numbers, no
# digits to anchor), "2692/QĐ-TTg", dates and periods. Ids null (no catalogue indicator for
# electronic tolls, transport data or IoT standards).
# --------------------------------------------------------------------------
D10 = dict(name="10_de-an-iot-giao-thong-thong-minh-2025", kind="target", year=2028, records=[
    R("mục tiêu «100% các tuyến", "tuyến cao tốc Bắc – Nam phía Đông hoàn thiện hệ thống thu phí điện tử không dừng",
      ">=", 100),
    R("dừng; «100% dữ liệu", "dữ liệu thu phí được tích hợp vào hệ thống kết nối, chia sẻ dữ liệu giao thông thông "
      "minh dùng chung", ">=", 100),
    R("giao thông và «90% văn bản", "văn bản pháp luật, tiêu chuẩn, quy chuẩn kỹ thuật quốc gia về IoT trong giao "
      "thông được xây dựng, ban hành hoặc trình ban hành", ">=", 90),
    R("giao thông. «100% dữ liệu", "dữ liệu IoT giao thông được chuẩn hóa, sẵn sàng kết nối, chia sẻ liên thông giữa "
      "Bộ Xây dựng, Bộ Công an và các địa phương", ">=", 100, year=2035),
])

# --------------------------------------------------------------------------
# 11 Bắc Giang: 1,300 cameras and fines by camera, April 2023 (tienphong.vn; the stamp " date 2023-04"
# written as the first line; nothing cut; the excerpt ends in "Thiếu tá Nguyễn "). Year 2023. Results:
# "lắp đặt khoảng 1.300 camera" (lead, `~`) and the director's "đã lắp 1.300 camera" (`=`): the same
# figure stated twice, two records (each statement a quantity, as the earlier sets record a figure
# restated); "Mỗi ngày ... phát hiện khoảng 100 phương tiện vi phạm" (`~`, count); "Đến cuối tháng 3
# ... đã phát hiện hơn 2.000 trường hợp vi phạm" (`>`, count, Bắc Giang city's police). Not
# quantities: "năm 2018", "22/12/2022" (dates), "3 tháng" (a duration). Ids: CAM for the cameras;
# the violations null.
# --------------------------------------------------------------------------
D11 = dict(name="11_bacgiang-camera-phat-nguoi-2023", kind="result", year=2023, records=[
    R("lắp đặt khoảng «1.300 camera", "camera giám sát an ninh và giao thông trên toàn tỉnh lắp đặt", "~", 1300,
      **CNT, iid=CAM),
    R("đã lắp «1.300 camera", "camera giám sát an ninh và phát hiện vi phạm giao thông toàn tỉnh đã lắp", "=", 1300,
      **CNT, iid=CAM),
    R("khoảng «100 phương tiện", "phương tiện vi phạm về an toàn giao thông phát hiện mỗi ngày qua hệ thống camera",
      "~", 100, **CNT),
    R("hơn «2.000 trường hợp", "trường hợp vi phạm giao thông Công an thành phố Bắc Giang phát hiện qua hệ thống "
      "camera", ">", 2000, **CNT),
])

# --------------------------------------------------------------------------
# 12 Hà Nội: notices sent to 342 vehicle owners caught by 1,837 AI cameras, January 2026
# (vietnamnet.vn; the stamp " date 2026-01-06" written as the first line; cut: the photo caption
# "Trung tâm điều khiển giao thông Hà Nội là "đầu não", điều hành hơn 1.800 camera AI trên địa bàn
# thành phố." and its credit "Ảnh: Đình Hiếu" with the blank lines around them). Year 2026 (the
# stamp; "Ngày 6/1"). Results (=): "342 chủ phương tiện", "1.837 camera AI". Not quantities: "6/1",
# "13/12" (dates). Ids: CAM for the cameras; the owners null.
# --------------------------------------------------------------------------
D12 = dict(name="12_hanoi-camera-ai-thong-bao-vi-pham-2026", kind="result", year=2026, records=[
    R("đến «342 chủ", "chủ phương tiện ô tô và xe máy bị camera AI phát hiện vi phạm gửi thông báo", "=", 342,
      **CNT),
    R("bị «1.837 camera", "camera AI trên toàn thành phố", "=", 1837, **CNT, iid=CAM),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
