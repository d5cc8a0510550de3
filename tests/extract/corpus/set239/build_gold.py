#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set239).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record;
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue indicator
it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README), given in
the record itself (`iid=`).

The theme: artificial intelligence and big data in the provinces (AI assistants and chatbots, AI
cameras, provincial AI and data plans). Most texts are news reports of AI cameras and AI training;
three are the opening pages of provincial AI and data plans (precision texts).

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
from goldkit import R, CNT, T, RES  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
KMH = dict(unit="other", unit_text="km/h")
CAMS = "city.surveillance_cameras_count"
CAM_SITES = "city.camera_locations_count"
AI_LEARNERS = "hr.population_digital_skills_trained_count"
# the one camera-count record shape most texts share: a result count of cameras (unit count)
cam = functools.partial(R, unit="count")

# --------------------------------------------------------------------------
# 01 Thái Nguyên, the "Bình dân học AI" programme and its targets for 2025 (vjs.vietnam.vn; cut:
# the related-news label "Tin liên quan |"; no byline, no stamp; the excerpt ends in "ngay tron").
# Kind target, year 2025 ("đến năm 2025", "đến hết năm 2025"). "100% cán bộ, công chức, viên chức
# ... được học và ứng dụng nền tảng AI hỗ trợ công việc" (bare number in a target: >=) and "có 100%
# địa phương trong tỉnh hình thành được mạng lưới triển khai chương trình" (>=). Pillar null (no
# heading). Not quantities: "01-NQ/TU" (a document), "2021-2025", "2030", "2024-2025" (periods),
# "AI First" (a name). Ids null: the catalogue's officials' share names training in digital
# transformation, not learning to use AI platforms (a judgement).
# --------------------------------------------------------------------------
D01 = dict(name="01_thainguyen-binh-dan-hoc-ai-muc-tieu-2025", kind="target", year=2025, records=[
    R("năm 2025, «100% cán bộ", "cán bộ, công chức, viên chức trong các cơ quan, đơn vị trên địa bàn tỉnh được "
      "học và ứng dụng nền tảng AI hỗ trợ công việc", ">=", 100),
    R("có «100% địa phương", "địa phương trong tỉnh hình thành được mạng lưới triển khai chương trình “Bình dân "
      "học AI” ở cơ sở", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 Thái Nguyên, the "Bình dân học AI" session for the province's core staff (baovephapluat.vn;
# cut: the table-furniture lines "    |" and " |" (two each) and the two photo captions "Toàn cảnh
# Chương trình ... (Ảnh: Trọng Tài) |", "Đồng chí Nguyễn Huy Dũng ... (Ảnh: Trọng Tài) |"; no
# byline, no stamp; the excerpt ends in "vào tăng"). Result "Chỉ trong 55 ngày đêm, Thái Nguyên đã
# phổ cập AI cho hơn 10.000 người trên toàn tỉnh" (>, count; year 2025: the programme of
# "2024 - 2025" reported with "Năm 2025, tỉnh đặt mục tiêu ..." as the current year, a judgement).
# Target "Năm 2025, tỉnh đặt mục tiêu tăng tưởng kinh tế từ 10,5% trở lên" (>=, 2025). Pillar
# null. Not quantities: "55 ngày đêm" (a duration), "4.0" (a name), "2024 - 2025" (a period). Ids:
# the people reached by AI popularisation as the catalogue's people trained in digital skills
# (a judgement); the growth target null (no GRDP-growth id in the catalogue).
# --------------------------------------------------------------------------
D02 = dict(name="02_thainguyen-binh-dan-hoc-ai-pho-cap-2025", kind="result", year=2025, records=[
    R("cho hơn «10.000 người", "người trên toàn tỉnh Thái Nguyên đã phổ cập AI cho", ">", 10000, **CNT, iid=AI_LEARNERS),
    R("từ «10,5% trở lên", "tăng tưởng kinh tế", ">=", 10.5, **T),
])

# --------------------------------------------------------------------------
# 03 Phú Thọ, the provincial police's AI and surveillance cameras (baophutho.vn; cut: the photo
# captions "Trung tâm Thông tin chỉ huy tại Phòng Cảnh sát giao thông, Công an tỉnh." and "Hình
# ảnh được hệ thống camera giám sát ghi gửi trực tiếp về Trung tâm Thông tin chỉ huy."; no byline,
# no stamp; the excerpt ends in "tín hiệu g"). Year 2025 ("từ tháng 2/2025 đến nay"). Results:
# "hơn 600 camera đã được lắp đặt tại trên 200 vị trí trọng yếu" (two records, `>`), "đang vận
# hành, khai thác 615 camera" (=), the breakdown "70 camera nhận diện đặc tính con người; 8 ...;
# 309 ...; 70 ...; 8 ...; 151 camera PTZ ..." (one record per number, each its own subject, scope
# null), and the restatement "Đối với 70 camera nhận diện vi phạm an toàn giao thông" (a value
# restated gets a record at each place, as set184 and later). "đang tiếp tục lắp đặt bổ sung 20
# camera AI chụp ngược" is an installation under way, not yet reached: a target, bare number `>=`,
# year 2025 (a judgement). Pillar null. Not quantities: "2/2025" (a date), "180°" (a property of
# the PTZ cameras, part of their subject). Ids: CAMS for the 600 and 615 cameras, CAM_SITES for
# the 200 locations; the kinds of camera and the 20 to come null (parts, not the connected total).
# --------------------------------------------------------------------------
D03 = dict(name="03_phutho-camera-ai-giam-sat-2025", kind="result", year=2025, records=[
    cam("hơn «600 camera", "camera đã được lắp đặt, kết nối về Trung tâm Thông tin chỉ huy Công an tỉnh", ">",
        600, iid=CAMS),
    cam("trên «200 vị trí", "vị trí trọng yếu lắp đặt camera", ">", 200, iid=CAM_SITES),
    cam("khai thác «615 camera", "camera giám sát an ninh trật tự khu vực thành phố Việt Trì (cũ) và Khu Di tích "
        "lịch sử Đền Hùng đang vận hành, khai thác", "=", 615, iid=CAMS),
    cam("có «70 camera nhận diện đặc tính", "camera nhận diện đặc tính con người", "=", 70),
    cam("người; «8 camera nhận diện khuôn", "camera nhận diện khuôn mặt", "=", 8),
    cam("mặt; «309 camera", "camera giám sát an toàn giao thông", "=", 309),
    cam("thông; «70 camera nhận diện vi phạm", "camera nhận diện vi phạm an toàn giao thông", "=", 70),
    cam("thông; «8 camera giám sát vi phạm", "camera giám sát vi phạm tốc độ", "=", 8),
    cam("độ; «151 camera PTZ", "camera PTZ có khả năng quay quét 180° phục vụ công tác bảo đảm an ninh trật tự",
        "=", 151),
    cam("bổ sung «20 camera AI", "camera AI chụp ngược lắp đặt bổ sung để phát hiện các lỗi vi phạm về trật tự, "
        "an toàn giao thông", ">=", 20, **T),
    cam("Đối với «70 camera", "camera nhận diện vi phạm an toàn giao thông", "=", 70),
])

# --------------------------------------------------------------------------
# 04 Hồ Chí Minh City, the traffic police's cameras and the 31 AI cameras in the centre (nld.com.vn;
# the stamp " date 2025-10-08" written as the first line; cut: the video caption "CLIP: Hệ thống
# camera AI ở trung tâm TP HCM." that followed the stamp on its line, and the photo captions
# "Camera AI được lắp đặt ở trung tâm TP HCM." and "Một trường hợp vượt đèn đỏ bị camera AI ghi
# lại."; the excerpt ends with its last sentence). Year 2025 (the stamp; the text's "8-10", "1-9",
# "3-10" name no year). Results: "hơn 1.200 camera" (`>`), the breakdown "530 ..., 9 ..., 31 camera
# AI nhận diện vi phạm" and "47 camera do Cục CSGT ... đầu tư, gồm 7 ..., 8 ..., 5 ..., 8 ..., 19
# ..." (one record per number, each its own subject, scope null), the restatement "31 camera AI được
# lắp đặt khu vực trung tâm TP HCM" (a second record), and "camera AI đã ghi nhận 3.143 trường hợp
# vi phạm" (=). Pillar null. Not quantities: "8-10", "1-9", "3-10" (dates), "PC08" (a name), "quận
# 1, 3 cũ" (names of districts). Ids: CAMS for the 1.200 cameras; the rest null.
# --------------------------------------------------------------------------
D04 = dict(name="04_tphcm-camera-ai-giao-thong-2025", kind="result", year=2025, records=[
    cam("có hơn «1.200 camera", "camera được bố trí rộng khắp để giám sát và xử lý vi phạm", ">", 1200, iid=CAMS),
    cam("thể, «530 camera", "camera quan sát giao thông tại khu vực trung tâm", "=", 530),
    cam("trung tâm, «9 camera", "camera giám sát tốc độ tự động", "=", 9),
    cam("động, «31 camera AI", "camera AI nhận diện vi phạm", "=", 31),
    cam("Có «47 camera", "camera do Cục CSGT (Bộ Công an) đầu tư", "=", 47),
    cam("gồm «7 giám sát", "camera giám sát tốc độ do Cục CSGT đầu tư", "=", 7),
    cam("độ, «8 giám sát", "camera giám sát đèn tín hiệu do Cục CSGT đầu tư", "=", 8),
    cam("hiệu, «5 giám sát", "camera giám sát dừng đỗ/ngược chiều do Cục CSGT đầu tư", "=", 5),
    cam("chiều, «8 nhận dạng", "camera nhận dạng biển số do Cục CSGT đầu tư", "=", 8),
    cam("số, «19 quan sát", "camera quan sát giao thông do Cục CSGT đầu tư", "=", 19),
    cam("«31 camera AI được", "camera AI được lắp đặt khu vực trung tâm TP HCM", "=", 31),
    cam("ghi nhận «3.143 trường hợp", "trường hợp vi phạm camera AI đã ghi nhận", "=", 3143),
])

# --------------------------------------------------------------------------
# 05 Bình Dương, the police's proposed project of security cameras (thanhnien.vn; the stamp
# " date 2022-12" written as the first line; nothing cut (the run of blank lines kept); the excerpt
# ends with its last sentence). Kind target: "dự kiến lắp đặt tại 205 điểm với 421 camera, kinh
# phí khoảng 469 tỉ đồng" is a plan not yet approved (bare numbers `>=`, "khoảng" `~`); year 2022
# (the stamp; the text names no year for the plan, spec's stamp rule). The critics' reading of the
# same plan "với 241 camera hết 469 tỉ đồng có nghĩa chi phí cho mỗi camera hết hơn 1,5 tỉ đồng"
# states the plan's figures again (241, a misquote of 421, as printed): three more target records,
# the restated cost `>=` (bare), the cost per camera `>` ("hơn"); a value restated gets a record at
# each place. Pillar null. Not quantities: "5 - 6 km" (how far a camera sees: a property of the
# cameras, not a target), "KH-ĐT" (a name). Ids: CAM_SITES for the 205 points, CAMS for the 421 and
# 241 cameras; money null (no id for a project's cost).
# --------------------------------------------------------------------------
D05 = dict(name="05_binhduong-camera-an-ninh-du-an-2022", kind="target", year=2022, records=[
    cam("tại «205 điểm", "điểm dự kiến lắp đặt camera an ninh", ">=", 205, iid=CAM_SITES),
    cam("với «421 camera", "camera an ninh dự kiến lắp đặt", ">=", 421, iid=CAMS),
    R("khoảng «469 tỉ", "kinh phí dự án camera an ninh", "~", 469e9, **DONG),
    cam("với «241 camera", "camera an ninh dự kiến lắp đặt", ">=", 241, iid=CAMS),
    R("hết «469 tỉ đồng có", "kinh phí dự án camera an ninh", ">=", 469e9, **DONG),
    R("hơn «1,5 tỉ", "chi phí cho mỗi camera", ">", 1.5e9, **DONG),
])

# --------------------------------------------------------------------------
# 06 Hà Nội, Cầu Giấy district's AI chatbot for administrative procedures, May 2023 (meeyland.com;
# cut: the site's lines "meeyland app", "Meey Land", "Cổng thông tin bất động sản xác thực 4.0",
# "Tải ứng dụng" with the blank line after them, the byline "Thứ hai, 22/05/2023-08:05" (written
# as the first line `date 2023-05-22`), and the photo captions "Lễ ra mắt ứng dụng AI chatbot hỏi -
# đáp thủ tục hành chính của quận Cầu Giấy." and its truncated repeat "... thủ t" at the end). A
# precision text, no record: "hơn 300.000 dân, hơn 22.000 doanh nghiệp và hơn 9.500 hộ kinh doanh"
# are the district's size (as set193's "15.763" and the earlier sets' sizes), "24/7" (a service
# time, twice), "18/5/2023" (a date). NOT: "được cho là đã hoàn thành 90% thủ tục hành chính" (a
# saying about how much of a procedure is done once the citizen understands it, no indicator).
# --------------------------------------------------------------------------
D06 = dict(name="06_hanoi-caugiay-chatbot-thu-tuc-2023-precision", kind="result", year=2023, records=[],
           NOT=["hoàn thành «90% thủ tục"])

# --------------------------------------------------------------------------
# 07 Hà Nội, Plan 40/KH-UBND on promoting online public services in 2025, with chatbots and AI
# assistants (lite.baomoi.com; cut: the image line "![Đẩy mạnh ...](https://photo-baomoi...jpg)"
# and its caption "Đẩy mạnh sử dụng dịch vụ công trực tuyến sẽ là ... Thành phố Hà Nội."; no byline,
# no stamp; the excerpt ends in "trực tu"). One target: "100% cơ quan nhà nước trên địa bàn thành
# phố phải thực hiện tuyên truyền về dịch vụ công trực tu[yến]" (>=, 2025: the plan's "năm 2025").
# Pillar null. Not quantities: "40/KH-UBND" (a document), "Đề án 06" (a name). Id null.
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-dvctt-chatbot-tro-ly-ao-2025", kind="target", year=2025, records=[
    R("là «100% cơ quan", "cơ quan nhà nước trên địa bàn thành phố thực hiện tuyên truyền về dịch vụ công trực "
      "tuyến", ">=", 100),
])

# --------------------------------------------------------------------------
# 08 Bình Thuận, Plan 1809/KH-UBND of 25/5/2021 implementing the national AI strategy to 2030
# (thuvienphapluat.vn; nothing cut; the excerpt ends in "nhận thức c"). A precision text, no
# record: "1809/KH-UBND", "50/NQ-CP", "52-NQ/TW", "127/QĐ-TTg" (documents), "25 tháng 5 năm 2021",
# "13 tháng 11 năm 2008", "17 tháng 4 năm 2020", "27 tháng 9 năm 2019", "26/01/2021" (dates),
# "năm 2030" (the horizon of a general aim with no figure).
# --------------------------------------------------------------------------
D08 = dict(name="08_binhthuan-ke-hoach-ai-2030-precision", kind="target", year=2030, records=[])

# --------------------------------------------------------------------------
# 09 Ninh Thuận, Decision 46/QĐ-UBND of 06/02/2023 issuing the plan for the national AI strategy
# (hethongphapluat.vn; cut: the site's line "Hệ thống pháp luật" and the two loading lines "Đang tải
# nội dung, vui lòng chờ giây lát..." with the blank line after them; the excerpt ends in "Lưu:"). A
# precision text, no record: "46/QĐ-UBND", "127/QĐ-TTg", "120/TTr-SKHCN" (documents), "06 tháng 02
# năm 2023", "19/6/2015", "22/11/2019", "26/01/2021", "30/01/2023" (dates), "Điều 1", "Điều 2"
# (article labels), "năm 2030" (the strategy's horizon, in its name).
# --------------------------------------------------------------------------
D09 = dict(name="09_ninhthuan-quyet-dinh-ai-2030-precision", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 10 Hà Tĩnh, Plan 731/KH-UBND of 30/12/2025 implementing the data strategy to 2030 (nhansu.vn;
# nothing cut; the excerpt ends in "Tận d"). A precision text, no record: the document table's
# "731/KH-UBND", "30/12/2025" (three times), the resolutions and decisions "57-NQ/TW", "214/NQ-CP",
# "142/QĐ-TTg", "289/TTr-CAT-PC06" with their dates "22/12/2024", "23/7/2025", "02/02/2024",
# "09/12/2025", "năm 2030" (the strategy's horizon, in its name), the list labels "I.", "1.".
# --------------------------------------------------------------------------
D10 = dict(name="10_hatinh-chien-luoc-du-lieu-2030-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Hà Nội, the traffic police's AI cameras over 24 hours, December 2025 (vietnamnet.vn; the stamp
# " date 2025-12-21" written as the first line; cut: the photo caption "Hình ảnh xe máy vượt đèn đỏ
# tại nút giao Phạm Văn Bạch - Hoàng Quán Chi. Ảnh: CACC"; the excerpt ends with its last sentence).
# Year 2025 (the stamp; "19/12", "20/12", "21/12" name no year). Results (=, count): "123 trường
# hợp xe máy vượt đèn đỏ", "56 trường hợp người điều khiển xe máy không đội mũ bảo hiểm", "15.376
# ô tô lưu thông". Written in words, no digit, no record (as the earlier sets leave numbers in
# words): "hai trường hợp đi sai làn đường", "một trường hợp tài xế không thắt dây đai an toàn".
# Not quantities: "12h" (times), "19/12", "20/12", "21/12" (dates), "Km 20" (a place's name).
# Pillar null, ids null (violations and traffic are not in the catalogue).
# --------------------------------------------------------------------------
D11 = dict(name="11_hanoi-camera-ai-vi-pham-2025", kind="result", year=2025, records=[
    cam("ghi nhận «123 trường hợp", "trường hợp xe máy vượt đèn đỏ camera AI ghi nhận tại ngã tư Phạm Văn Bạch – "
        "Hoàng Quán Chi", "=", 123),
    cam("phát hiện «56 trường hợp", "trường hợp người điều khiển xe máy không đội mũ bảo hiểm camera AI phát "
        "hiện", "=", 56),
    cam("ghi nhận «15.376 ô tô", "ô tô lưu thông camera AI ghi nhận tại nút Km 20 cao tốc Nội Bài – Lào Cai",
        "=", 15376),
])

# --------------------------------------------------------------------------
# 12 Hà Nội, the traffic police's AI cameras over 24 hours, end of December 2025 (soha.vn; the stamp
# " date 2025-12-30" written as the first line; nothing cut (the headings "Danh sách phạt nguội cụ
# thể như sau:" and "Cách tra cứu phạt nguội" kept); the excerpt ends in "và điều khiển "). Year 2025
# ("28/12/2025", "29/12/2025"). Results: "38 trường hợp ... vượt đèn đỏ", "31 trường hợp ... không
# đội mũ bảo hiểm", "16.495 lượt xe lưu thông" (count), "tốc độ trung bình đạt 83 km/h" (unit other,
# "km/h"), "02 trường hợp tài xế không thắt dây đai an toàn" (count). Not quantities: "24 giờ qua"
# (a period), "12h00" (times), the dates, "Km 20" (a place's name). Pillar null, ids null.
# --------------------------------------------------------------------------
D12 = dict(name="12_hanoi-camera-ai-phat-nguoi-2025", kind="result", year=2025, records=[
    cam("phát hiện «38 trường hợp", "trường hợp người điều khiển mô tô, xe gắn máy không chấp hành hiệu lệnh của "
        "đèn tín hiệu (vượt đèn đỏ) hệ thống AI phát hiện", "=", 38),
    cam("thời, «31 trường hợp", "trường hợp bị ghi hình vì lỗi không đội mũ bảo hiểm khi tham gia giao thông",
        "=", 31),
    cam("với «16.495 lượt xe", "lượt xe lưu thông camera AI ghi nhận trên tuyến cao tốc Nội Bài - Lào Cai", "=",
        16495),
    R("đạt «83 km/h", "tốc độ trung bình phương tiện trên tuyến cao tốc Nội Bài - Lào Cai", "=", 83, **KMH),
    cam("ra «02 trường hợp", "trường hợp tài xế không thắt dây đai an toàn", "=", 2),
])

# --------------------------------------------------------------------------
# 13 Ninh Bình, the provincial police's AI cameras over one week, January 2026 (cafef.vn; cut: the
# byline "31-01-2026 - 17:30 PM | Kinh tế số" (written as the first line `date 2026-01-31`) with
# the blank line after it, the photo caption "Ô tô vượt đèn đỏ được camera AI ghi nhận. (Ảnh: ...)"
# (no figure) and the credits "Theo Trần Minh Quang", "VTC News"; the caption with a figure
# "Camera AI phát hiện 416 phương tiện ... - Ảnh 1." kept). Year 2026 ("16/01/2026" to
# "22/01/2026"). Results (=, count): the title's "416 phương tiện vi phạm", the lead's "416 trường
# hợp vi phạm", the body's "416 hành vi vi phạm" and the caption's "416 phương tiện vi phạm" (a value
# restated gets a record at each place, set184 and later; a caption that states a figure is kept and
# recorded, as the earlier sets). Not quantities: "một tuần" (a period, in words), the dates.
# Pillar null, ids null.
# --------------------------------------------------------------------------
NB = "phương tiện vi phạm camera AI phát hiện tại Ninh Bình trong một tuần"
D13 = dict(name="13_ninhbinh-camera-ai-phat-nguoi-2026", kind="result", year=2026, records=[
    cam("Camera AI phát hiện «416 phương tiện vi phạm tại Ninh Bình chỉ trong một tuần\n", NB, "=", 416),
    cam("vận hành ghi nhận «416 trường hợp", "trường hợp vi phạm trật tự an toàn giao thông hệ thống camera AI "
        "ghi nhận", "=", 416),
    cam("đã ghi nhận «416 hành vi", "hành vi vi phạm trật tự, an toàn giao thông camera AI ghi nhận", "=", 416),
    cam("«416 phương tiện vi phạm tại Ninh Bình chỉ trong một tuần-", NB, "=", 416),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
