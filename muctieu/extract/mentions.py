"""Find the quantities written in a clause: a number with its unit and comparator.

A `Mention` knows where its number stands (the anchor), what it is worth, its
unit, and the comparator words written next to it. Whether it is a target or a
result, and what indicator it measures, is decided by the grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from muctieu.extract.numbers import MAGNITUDE_RE, MAGNITUDE_WORDS, MAGNITUDES, magnitude, parse_number, scale
from muctieu.extract.wording import squash

# ("100 000 đơn vị máu": thousands grouped by a space, not a column of numbers: "54 952 59,1%")
_NUM = r"(?<!\d[ \u00a0])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d.,])(?![ \u00a0]*\d)|\d+(?:[.,]\d+)*"
_WHOLE = r"\d{1,3}(?:\.\d{3})+|\d+"  # a whole number, its thousands dotted or not ("1.708.473", "76")
# "trong tổng số 76": out of a whole (its own comparator too: "2.600 trong tổng số hơn 22.500 hợp tác xã")
_OF_ALL = r"(?:trên|trong)\s+tổng\s+số(?:\s+(?:hơn|gần|khoảng|trên|xấp\s+xỉ))?"
# Numbers not glued to letters, slashes or other digits on the left: the tokens of
# rf"(?<![\w/\-–])(?<!\d[.,])({_NUM})", written to open with the first digit and its guards
# behind it, so that `re` looks for digits in C instead of trying the pattern everywhere.
NUMBER_TOKEN = re.compile(r"(\d(?<![\w/\-–]\d)(?<!\d[.,]\d)"
                          r"(?:(?<!\d[ \u00a0]\d)\d{0,2}(?:[ \u00a0]\d{3})+(?![\d.,])(?![ \u00a0]*\d)|\d*(?:[.,]\d+)*))")

_PERCENT = re.compile(r"\s*(?:%|phần trăm\b)")
# "65-70%", "65 - 70 %", "65%-70%", "65% đến 70%", "65 đến 70%"
_RANGE = re.compile(
    rf"\s*%?\s*(?:-|–|—|đến|tới)\s*({_NUM})\s*(?:%|phần trăm\b)"
)
_SPAN = re.compile(rf"\s*(?:đến|tới|-|–)\s*(?:(?:hơn|gần|trên)\s+)?({_NUM})")  # ("hơn 80 đến hơn 90.000")
# "91/3.802 thôn", "265.588/ 450.684 hồ sơ", "462 trên tổng số 696 đơn vị", "69 trong tổng số 112 cơ sở dữ liệu"
_FRACTION = re.compile(rf"(?:\s?/\s?|\s+{_OF_ALL}\s+)({_WHOLE})(?![\d/])")
# the rest of an amount written in two magnitudes: "5 triệu [465 nghìn tỷ]", "1 tỷ [200 triệu] đồng"
_COMPOUND_REST = re.compile(r"[ \t]+(\d{1,3})[ \t]*(nghìn|ngàn|triệu)(?:[ \t]+(tỷ|tỉ))?(?!\s*(?:lệ|trọng))\b", re.I)
_PEOPLE_BASE = re.compile(r"[ \t]*(?:dân|người(?:\s+dân)?|trẻ(?:\s+(?:em|(?:sinh|đẻ)(?:\s+ra)?\s+sống))?|phụ\s+nữ)\b", re.I)
_THOUSANDS_REST = re.compile(r"[ \t]+(\d{1,3})(?![\d.,])(?=[ \t]+(?!trăm\b)[^\W\d])", re.I)  # "6 nghìn 870 hội viên": the hundreds
_SCALED_OF_ALL = re.compile(rf"\s+{_OF_ALL}\s+({_NUM})", re.I)  # "… triệu trong tổng số 1,4 [triệu]"
# "56 dịch vụ trong tổng số 76 dịch vụ ...": the whole the count is out of, after the count's noun
_OUT_OF_ALL = re.compile(rf"\s*{_OF_ALL}\s+({_WHOLE})\s+([^\W\d]+)", re.I)


def _out_of_all(text: str, at: int, hi: int, noun: str, value: float) -> tuple[int, float] | None:
    """Where "trong tổng số M <noun>" after a count's noun ends (before the repeated noun),
    and M: the whole the count is a part of, no count of its own."""
    m = _OUT_OF_ALL.match(text, at, hi)
    if m is None or m.group(2).lower() != noun.split()[0].lower():
        return None
    whole = parse_number(m.group(1))
    return (m.start(2), whole) if whole is not None and whole >= value else None

_RANK_BEFORE = re.compile(
    r"(?:\bnhóm(?:\s+(?:các|những))?|\btop|\btốp|\bthứ(?:\s+hạng)?|\bhạng|\bvị trí(?:\s+thứ|\s+số)?|\bvị thứ|\bxếp\s+(?:hạng\s+)?thứ)\s*$",
    re.I,
)
# "Xếp hạng chính quyền số: 44/63 tỉnh": a label and a colon before the rank
# "Bộ xếp 6/17", "rơi xuống 16/17", "đứng 17/17": a place out of those ranked
_RANK_VERB_BEFORE = re.compile(r"\b(?:xếp|đứng|rơi\s+xuống|tụt\s+xuống|vươn\s+lên|lên)\s*$", re.I)
_RANK_SPAN = re.compile(r"\s*(?:[-–]|đến)\s*(?:thứ\s+)?(\d{1,3})(?![\d.,])(?:\s*/\s*\d{1,3}(?!\d))?", re.I)
_COUNTRIES = re.compile(r"\s*(?:quốc\s+gia|nước|nền\s+kinh\s+tế)\b", re.I)  # "xếp 74/176 quốc gia"
# "xếp hạng 86/193 toàn cầu, 23/47 châu Á và [6/11 Đông Nam Á]": the places of one rank in wider and narrower groups
# ("xếp vị trí 10 - 15/63 tỉnh, thành phố trên cả nước, 3/14 tỉnh vùng Bắc Trung Bộ": a range of places first)
_RANK_LIST_BEFORE = re.compile(r"\b(?:xếp(?:\s+(?:hạng|thứ|vị\s+trí))?|đứng\s+thứ)\s+(?:thứ\s+)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*/\s*\d{1,3}"
                               r"(?:[^.;:\d]{1,30}?(?:,|\svà)\s*\d{1,3}\s*/\s*\d{1,3})*[^.;:\d]{1,30}?(?:,|\svà)\s*$", re.I)
# the group a place is ranked in: "… 23/47 châu Á", "5/14 khu vực", "2/11 ASEAN" (not "8/10 huyện có …")
_RANKED_GROUP_AFTER = re.compile(r"\s*/\s*\d{1,3}\s+(?:(?:tỉnh|địa\s+phương)(?:,?\s*thành(?:\s+phố)?)?\s+(?=vùng\b|khu\s+vực\b))?"
                                 r"(?:toàn\s+cầu|thế\s+giới|châu\s+\w+|(?:khu\s+vực|vùng)\b|"
                                 r"đông\s+nam\s+á|asean|cả\s+nước|quốc\s+gia\b|nền\s+kinh\s+tế)", re.I)
_LETTERS = re.compile(r"[^\W\d_]+")
# units written against their number, capitalised or not ("100Mbps", "5Mb/giây", "150Km", "30Ha", "3,5Ghz")
_GLUED_UNITS = ("mb", "gb", "kb", "tb", "km", "ha", "ghz", "mhz", "kw", "mw", "kwh", "mwh", "gw", "ms")
# the year compared with, named as a year or as a ranking's edition: "so với năm 2020", "so với DTI 2020"
COMPARED_EDITION = r"(?:năm\s+|(?:chỉ\s+số\s+)?(?-i:[A-Z]{2,6})(?:\s+INDEX)?\s+(?:năm\s+)?)?"
_RANK_LABEL = re.compile(r"xếp\s+hạng[^.;:\d]{0,60}:\s*$"
                         # "tăng 4 bậc so với năm 2019 (14/63)": the place a move started from, in a bracket
                         # (the ranking named by its edition: "tăng 20 bậc so với DTI 2020 (52/63)")
                         rf"|\bbậc\s+so\s+với\s+{COMPARED_EDITION}(?:19|20)\d\d\s*\(\s*$"
                         # "nằm ở vị trí thấp trong bảng xếp hạng về chuyển đổi số (50/63 tỉnh, thành)": the place, in a bracket
                         r"|\b(?:vị\s+trí|xếp\s+hạng|thứ\s+hạng)\b[^.;:()\d]{0,80}\(\s*$", re.I)
_RANK_AFTER = re.compile(
    r"\s*(?:/\s*(?:63|34|64|61)\b)?\s*(?:tỉnh(?:\s*[,/]\s*thành(?:\s+phố)?)?|địa\s+phương|trong\s+(?:cả|toàn)\s+nước|cả\s+nước|toàn\s+quốc)?",
    re.I,
)

# "/1.000 dân": a rate per so many people
# "/1.000 dân", "trên 1.000 dân", "/vạn dân" (ten thousand)
PER_PEOPLE_TAIL = r"(?:/|\s+trên)\s*(?:100|1\.000|10\.000|100\.000|(?:1\s+)?vạn)\s*(?:dân|người)"

# Units written after a number, for amounts that are neither % nor counts.
_OTHER_UNITS = re.compile(
    r"\s*(GB/thuê\s+bao/tháng|GB/tháng|(?:Mb|Mbit|Gb|Kb|MB)/giây|mili\s*giây|ms\b|giao\s+dịch/(?:giây|ngày)|Mb/s|Mbps|Mpbs|Mbs|Mbit/s|Gb/s|Gbps|Tb/s|Tbps|Kb/s|m2\s*/\s*(?:huyện|xã|tỉnh|điểm|người)|người\s*/\s*km2|km\s*/\s*(?:h|giờ)|km|GB|TB|PB|USD\s*/\s*(?:người|hộ)(?:\s*/\s*(?:năm|tháng))?|USD\s*/\s*(?:năm|tháng)|USD|(?:Euro|EUR)(?![\w/])|đô\s+la(?:\s+Mỹ)?|đồng\s*/\s*(?:người|hộ|năm|tháng|ngày(?:\s+công)?|vụ|xã|thôn|huyện|tỉnh|trường|lớp|phòng(?:\s+học)?|lượt|(?:căn\s+|ngôi\s+)?nhà|căn(?:\s+hộ)?|suất(?:\s+quà)?|phần(?:\s+quà)?|phiếu|gói|cơ\s+quan(?:\s+báo\s+chí)?|doanh\s+nghiệp|sản\s+phẩm|giao\s+dịch|bệnh\s+viện|đơn\s+vị|học\s+sinh|thiết\s+bị|máy|m2|ha|kg|tấn|lít|USD)(?:\s*/\s*(?:năm|tháng|sản\s+phẩm|hộ|người))?|đồng|VNĐ|VND|đ(?=\s*[,.;)]|\s*$|\s+(?:và|trong|từ|của)\b)|điểm(?=\s*(?:[,.;:)(/]|$|và\b|so\b|trên\b|tăng\b|giảm\b|xếp\b|đứng\b|thuộc\b|trong\b|cao\b|thấp\b|\n))"
    r"|(?:thuê bao|(?:máy\s+)?điện\s+thoại|máy\s+tính)\s*/\s*(?:\d+\s*)?(?:dân|người|hộ(?:\s+gia\s+đình)?)|" + PER_PEOPLE_TAIL + r"|bậc|thiết bị\s*/\s*người|(?:sản\s+phẩm|tổ|điểm|camera|máy|thành\s+viên|tiêu\s+chí|con)\s*/\s*(?:huyện|xã|thôn|tỉnh|tổ|trường|đơn\s+vị|hộ)|(?:lượt|hồ\s+sơ|giao\s+dịch|người|(?:lượt\s+)?(?:hành\s+)?khách|chuyến(?:\s+bay)?(?:\s+(?:quốc\s+tế|nội\s+địa))?)\s*/\s*(?:ngày|tuần|tháng|năm|giờ)|(?:lượt\s+)?(?:hành\s+)?khách\s+(?:mỗi|một|/)\s*năm|(?:km|người)\s*/\s*(?:1\s+)?(?:điểm|trạm|cột)(?:\s+phục\s+vụ)?|(?:giờ|phút|giây)\s*/\s*(?:ngày|tuần|tháng|năm|người|lượt|hồ\s+sơ)|giờ|phút|giây|ngày làm việc|ngày\s+công(?:\s+lao\s+động)?|ngày|(?:tấn|(?:lượt\s+)?(?:hành\s+)?khách|HK)\s*\.\s*km|"
    # (a volume or a mass per day or year: "359.370 m3/ngày đêm", "44,28 tấn/ngày", "1,2 triệu m3")
    r"(?:tấn|kg|m3|m³)\s*/\s*(?:ngày(?:\s*\.?\s*đêm)?|năm|tháng)|"
    # (a yield or a dose per hectare, water per person a day, an area a year: "6,39 tấn/ha", "60 lít/người/ngày")
    r"(?:tấn|tạ|kg)\s*/\s*(?:ha|héc-?ta|sào)|lít\s*/\s*(?:người|hộ)(?:\s*/\s*(?:ngày(?:\s*\.?\s*đêm)?|tháng|năm))?|ha\s*/\s*năm|"
    r"m3|m³|tấn|kg|ha|m2|m²|MW|kWh|"
    # (the land measure of the fields, not samples: "27 mẫu ruộng", "hơn 100 mẫu (3.600 m2)"; "1.500 mẫu xét nghiệm" is counted)
    r"mẫu(?=\s+(?:ruộng|đất|lúa|vườn|rẫy|nương|ao|đầm|mía|cà\s+phê|cao\s+su|hoa\s+màu|mặt\s+nước|cây\s+ăn\s+(?:trái|quả))\b"
    r"|\s*\(\s*[\d.,]+\s*m2)|"
    # (a length in metres: "sạt lở 1.273 m", "700 mét kè"; not "m2", "m3", nor a word after "m")
    r"mét|m(?![²³\w]|\.\w|\s*/|\s+[23]\b)|"
    # (a population's rates: births per thousand, children per woman, boys per hundred girls)
    r"‰|con\s*/\s*(?:1\s+)?phụ\s+nữ|(?:bé|trẻ(?:\s+em)?)\s+(?:trai|nam)\s*/\s*100\s+(?:bé|trẻ(?:\s+em)?)\s+(?:gái|nữ))(?!\w|\s*/\s*(?!\d)|\s*/\s*(?:1|10|100|1\.000|10\.000)\s)",
    re.I,
)

_ASIDE = re.compile(r"\s*\([^()\n\d]{2,80}\)\s*")  # a bracket of words only

# Things that are counted: "hỗ trợ 5 doanh nghiệp", "12/15 sở", "2,5 triệu lượt".
_COUNT_NOUNS = (
    "doanh nghiệp", "dn", "hợp tác xã", "htx", "liên hiệp hợp tác xã", "liên minh hợp tác xã", "tổ hợp tác", "hộ", "người", "công dân", "công an", "lượt", "tài khoản", "hồ sơ",
    "thuê bao", "trạm", "cơ sở", "xã", "phường", "thị trấn", "thôn", "làng", "bản", "ấp",
    "tổ", "sản phẩm", "dịch vụ", "ứng dụng", "nền tảng", "hệ thống", "camera", "máy",
    "thiết bị", "cán bộ", "công chức", "viên chức", "học sinh", "sinh viên", "trường",
    "bệnh viện", "trạm y tế", "cuộc", "giao dịch", "chữ ký số", "chứng thư số",
    "cơ sở dữ liệu", "csdl", "mô hình", "lớp tập huấn", "lớp đào tạo", "khóa", "hội nghị",
    "hội thảo", "đơn vị", "cơ quan", "sở", "ngành", "huyện", "chuyên gia", "kỹ sư",
    "lao động", "thủ tục", "tthc", "văn bản", "trang thông tin", "website", "cổng",
    "lượt truy cập", "lượt giao dịch", "lượt người",
    "điểm wi-fi", "điểm wifi", "điểm truy cập", "điểm phát", "điểm kết nối", "điểm giao dịch",
    "điểm bán", "điểm du lịch", "điểm cung cấp", "điểm phục vụ", "điểm cầu", "gian hàng",
    "hợp đồng", "hóa đơn", "cột", "tin bài", "bài viết", "video", "tin nhắn", "cuộc gọi",
    "thẻ", "căn cước", "mã qr", "startup", "đợt", "buổi", "tin", "phóng sự",
    "bộ dữ liệu", "tập dữ liệu", "bộ cơ sở dữ liệu", "người dùng", "chuyên mục", "đối tượng", "gia đình", "bộ thủ tục",
    "nhân viên", "giáo viên", "bác sĩ", "khách", "khách hàng", "nhà", "bưu cục", "kios",
    # banks and partners that collect payments, vehicles and violations a camera records, judges trained
    "ngân hàng", "đối tác", "ô tô", "mô tô", "xe máy", "phương tiện", "vi phạm", "thẩm phán", "kiểm sát viên",
    # warning towers and the river basins they watch; mail handled
    "tháp", "lưu vực", "bưu gửi", "bưu phẩm", "bưu kiện",
    # mail a monitoring centre caught: "2.713 email chứa mã độc; 355 email lừa đảo"
    "email", "thư điện tử", "thư rác",
    "ki-ốt", "kiosk", "tuyến", "chợ", "cửa hàng", "tổ công nghệ", "thành viên",
    "tiểu thương", "hộ kinh doanh", "nông hộ", "trang trại", "vùng", "chương trình đào tạo",
    "dvctt", "dvc", "dịch vụ công", "hs", "khu", "đài", "bts", "trạm bts", "cổng thông tin", "phòng họp", "điểm",
    "cụm loa", "loa", "cụm thu", "trạm phát sóng", "km cáp quang", "chứng thư", "sim", "phần mềm",
    "khu phố", "máy chủ", "hộp thư", "tài liệu", "trang", "hồ sơ điện tử", "cuộc họp", "lượt khách",
    "phản ánh", "pakn", "ý kiến", "kiến nghị", "đảng viên", "màn hình", "nhóm zalo",
    "địa phương", "tỉnh, thành phố", "tỉnh, thành", "nhóm dữ liệu", "trung tâm", "kết nối", "công trình",
    "vị trí", "nút giao thông", "thông tin thuê bao",
    "sự kiện", "sự cố", "cuộc tấn công", "vụ tấn công", "vụ lừa đảo", "lỗ hổng", "cảnh báo", "mã độc",
    "quận", "tên miền", "phân hệ", "chế độ báo cáo", "tập đoàn", "công ty",
    # people, places and things the development sets counted that the list lacked
    "thanh niên", "đoàn viên", "hội viên", "cá nhân", "lãnh đạo", "bộ", "buôn", "bon", "khóm", "xóm",
    "tổ dân phố", "đô thị", "sàn", "phản ánh", "yêu cầu", "phương tiện", "mã định danh",
    "giấy phép", "giấy chứng nhận", "văn phòng", "phòng công chứng", "tủ điều khiển",
    "số định danh", "cccd", "thẻ cccd", "lỗi", "lỗi vi phạm", "mắt camera", "thửa đất", "thửa",
    # documents issued: "ban hành 1 nghị quyết, 4 quyết định và 12 kế hoạch", "01 quy chế và 01 chương trình hành
    # động" (not a plan's own "7 chương trình trọng điểm")
    "nghị quyết", "quyết định", "kế hoạch", "chỉ thị", "quy chế", "chương trình hành động", "nghị định",
    # cases handled: "phục vụ điều tra 39 vụ án"; crimes solved and their suspects: "làm rõ 40 vụ, 46 đối tượng",
    # "khởi tố 28 vụ, 38 bị can"
    "vụ án", "vụ việc", "vụ", "bị can",
    # codes granted, classes held, job fairs, relics digitised: "205 mã số vùng trồng", "14 lớp
    # trực tiếp", "88 phiên giao dịch việc làm", "số hóa 10 di tích" (not "mô hình 4 lớp", "02 phiên họp")
    # learning materials and a chatbot's questions: "2,5 triệu bài giảng", "hơn 20.000 câu hỏi"
    "bài giảng", "học liệu", "bài kiểm tra", "câu hỏi",
    "siêu thị", "mã số", "lớp học", "lớp bồi dưỡng", "lớp trực tiếp", "lớp trực tuyến", "phiên giao dịch", "di tích",
    # utilities on an app, staff, fairs, card terminals, servers, health books: "10 tiện ích trên VNeID",
    # "hơn 19.000 ATM"
    "tiện ích", "nhân sự", "hội chợ", "pos", "máy pos", "atm", "máy atm", "server", "sổ sức khỏe điện tử", "sổ sức khỏe",
    # deals counted, phones given, camera poles, intersections watched: "38 thương vụ đầu tư", "trao 19 điện
    # thoại thông minh", "25 trụ camera", "tại 3 giao lộ"
    "thương vụ", "điện thoại thông minh", "trụ camera", "giao lộ",
    # the Party's committees a network or a platform reaches: "vận hành thông suốt tới 38 đảng ủy xã, phường",
    # "bàn giao thẻ đảng viên cho 100 đảng bộ trực thuộc"
    "đảng ủy", "đảng bộ",
    # channels of a network, post offices: "33 kênh cấp tỉnh", "thành lập 39 bưu điện phường, xã"
    "kênh", "bưu điện",
    # business conditions and papers cut: "1.973 điều kiện kinh doanh", "cắt giảm 500 giấy tờ"
    "điều kiện kinh doanh", "giấy tờ",
    # court sessions held: "xét xử 154 phiên tòa trực tuyến" (not "02 phiên họp": structure)
    "phiên tòa", "phiên toà",
    # people's committees, applications, trees: "10 UBND cấp huyện và 161 UBND cấp xã", "254 đơn đăng ký
    # sáng chế", "Trồng 1 triệu cây xanh"
    "ubnd", "ủy ban nhân dân", "uỷ ban nhân dân", "đơn đăng ký", "đơn thư", "cây xanh", "cây giống",
    # vessels and their owners a monitoring system follows, clubs founded: "20 chủ tàu",
    # "565 tàu mất kết nối", "thành lập 4 câu lạc bộ"
    "tàu", "tàu cá", "chủ tàu", "câu lạc bộ",
    # projects, research topics, industrial parks and clusters, craft villages, volunteer teams (set256, set270 and
    # set228 counted them; not "19 tiêu chí", a programme's make-up)
    "dự án", "đề tài", "cụm công nghiệp", "khu công nghiệp", "làng nghề", "đội hình",
    # petitions and complaints received, inspections' conclusions, what a ward posted (set268, set271)
    "đơn", "khiếu nại", "tố cáo", "kết luận", "infographic", "video clip", "lượt phát thanh",
    # houses built and repaired, deputies and candidates (set272, set273)
    "căn", "căn nhà", "ngôi nhà", "đại biểu", "ứng cử viên",
    # cases handled, comrades, war invalids and martyrs, gift packages (set279–set284)
    "trường hợp", "đồng chí", "thương binh", "liệt sĩ", "liệt sỹ", "suất quà", "phần quà",
    # Red Cross branches, commune post points, mines, boats seized, packs (set287–set297)
    "hội cơ sở", "bđ-vhx", "điểm bđ-vhx", "mỏ", "sà lan", "ghe", "gói",
    # scholarships and vouchers given, associations and their branches (set308)
    "suất", "suất học bổng", "học bổng", "phiếu mua hàng", "chi hội", "hội khuyến học",
    # species recorded and animals released (set312)
    "loài", "cá thể",
    # vehicles impounded, licences revoked, disease cases (set307, set276)
    "xe", "giấy phép lái xe", "ca mắc", "ca bệnh", "ca nhiễm", "ca tử vong",
    # medals won and tournaments held: "91 huy chương (38 HC Vàng, …)", "2 HCV, 1 HCB", "tổ chức 35 giải thể thao"
    "huy chương", "hc", "hcv", "hcb", "hcđ", "giải thể thao", "giải thi đấu", "giải đấu", "giải",
    # vehicles bought, samples tested, goods destroyed, inspection teams, the elderly honoured, patients treated,
    # sluices built (set314–set320)
    "chiếc", "mẫu", "mẫu xét nghiệm", "mặt hàng", "đoàn thanh tra", "đoàn kiểm tra", "đoàn công tác",
    "đoàn liên ngành", "cụ", "bệnh nhân", "người bệnh", "cống",
    # classes held (not "mô hình 4 lớp", layers: only a class said to teach or train): "60 lớp dạy bơi"
    "lớp dạy bơi", "lớp bơi", "lớp học bơi", "lớp dạy nghề", "lớp huấn luyện", "lớp phổ cập", "lớp tuyên truyền",
    "lớp chuyển giao", "lớp nâng cao", "lớp xóa mù chữ", "lớp dạy", "lớp bình dân học vụ số",
    # candidates, learners and children (set321, set332)
    "thí sinh", "học viên", "trẻ em",
    # sacks of cement given (set336)
    "bao xi măng",
    # doses given and outbreaks found (set352)
    "liều", "liều vắc xin", "mũi tiêm", "ổ dịch",
    # farms by what they raise, clusters of homes, stalls and fair days, vocational classes (set357–set360)
    "trại", "cụm dân cư", "lều", "lều bạt", "phiên chợ", "lớp nghề",
)
_COUNT_RE = re.compile(
    # ("05 điểm mạnh", "3 điểm nghẽn": what an assessment names, no places counted; but "71.877 điểm
    # yếu, lỗ hổng" are a system's flaws found)
    r"\s*(?!điểm\s+(?:mạnh|nghẽn|nhấn|sáng|nổi\s+bật|yếu(?!\s*,?\s*(?:lỗ\s+hổng|bảo\s+mật|an\s+ninh)))\b)"
    # ("gồm 3 dự án thành phần": a programme's make-up, as its tasks are)
    r"(?!dự\s+án\s+thành\s+phần\b)"
    # ("5 giải pháp": solutions, no prizes; nor a verb of "giải" after a name's number, "Chương trình 135 giải
    # ngân", "280 giải quyết dứt điểm", nor a dissolving, "giải thể" but for "giải thể thao")
    r"(?!giải\s+(?:pháp|ngân|quyết|phóng|trình|tỏa|toả|đáp|cứu|trí|thích|tán|thoát|phẫu|mã|nén|vây|lao|thể(?!\s+thao))\b)"
    # (a noun's words may wrap onto the next line: "9 phân\nhệ")
    r"(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_COUNT_NOUNS, key=len, reverse=True))
    # (head of livestock, "3.200 con"; not a figure, a way or a person: "con số", "con đường", "con người")
    # (nor a rate per woman, "2,1 con/phụ nữ")
    + r"|con(?!\s+(?:số|người|đường|em|dấu|mắt|chữ|tàu)|\s*/)"
    # (cases of a disease, "127.569 ca"; not a singer, a song, a shift or a folk verse, "phòng học 3 ca")
    + r"|(?<!học \d )ca(?!\s+(?:sĩ|sỹ|khúc|dao|nhạc|trù|trực|làm|kíp|múa|từ|ngợi|hát|kịch|cao|nô|đêm|ngày|sáng|chiều)\b|\s*/|\s*,?\s*\d+\s+kíp"
    # (nor shifts of work or school by what follows: "3 ca mỗi ngày", "3 ca liên tục", "2 ca sản xuất", "2 ca học")
    + r"|\s+(?:(?:mỗi|một|trong)\s+ngày|liên\s+tục|sản\s+xuất|học)\b)" + r")(?!\w)",
    re.I,
)

# A name shortened in brackets after it: "giấy phép xây dựng (GPXD)"; its initials stand for it after.
_DEFINED_INITIALS = re.compile(r"((?:[^\W\d_]+[ \t]+){0,5}[^\W\d_]+)[ \t]*\([ \t]*((?-i:[A-ZĐ][A-ZĐ0-9]{1,7}))[ \t]*\)")
_WORD_START = re.compile(r"(?<!\w)\w")
_INITIALS_AFTER = re.compile(r"\s*((?-i:[A-ZĐ][A-ZĐ0-9]{1,7}))(?![\w/-])")


@lru_cache(maxsize=8)  # (one text's numbers ask in turn)
def _counted_initials(text: str) -> frozenset[str]:
    """Initials the text defines for a name of things counted ("1.962 GPXD" after "giấy phép xây dựng
    (GPXD)", whose head "giấy phép" is counted)."""
    if "(" not in text:
        return frozenset()
    return frozenset(d.group(2) for d in _DEFINED_INITIALS.finditer(text)
                     if any(_COUNT_RE.match(d.group(1), w.start()) for w in _WORD_START.finditer(d.group(1))))


def _initials_counted(text: str, end: int, hi: int) -> re.Match[str] | None:
    """The initials after a number, when the text defined them for things counted."""
    m = _INITIALS_AFTER.match(text, end, hi)
    return m if m and m.group(1) in _counted_initials(text) else None


def counted_noun_end(text: str, m: Mention) -> int:
    """Where a count's noun ("45.600 DN| năm 2019") ends, if one follows it; else the mention's end."""
    noun = _COUNT_RE.match(text, m.end) if m.unit == "count" else None
    return noun.end() if noun else m.end


# "số thuê bao băng rộng/100 dân đạt 85 thuê bao": the subject is a rate per people
_PER_PEOPLE_BEFORE = re.compile(r"(?:/|\btrên)\s*(100|1\.000|10\.000|(?:1\s+)?vạn)\s*(dân|người)\b(?:\s*:)?[^.;:\d]{0,40}$", re.I)
# a few words of things, then so many people they are per
_THING_PER_PEOPLE = re.compile(r"[ \t]*(?:[^\W\d]+[ \t]+){0,2}[^\W\d]+[ \t]*" + PER_PEOPLE_TAIL + r"\b", re.I)
# "0,7 doanh nghiệp/1.000 dân", "2,5 tài khoản đang hoạt động/người dân": a rate per people
_PER_PEOPLE = re.compile(r"[^,;.()\d]{0,40}?(?:" + PER_PEOPLE_TAIL + r"|/\s*người(?:\s+dân)?|/\s*dân)\b", re.I)


_PROVINCES_NOUN = re.compile(r"\s*(?:địa\s+phương|tỉnh)", re.I)
# a place's move in a ranking, told of the place: "tỉnh giảm điểm", "28 tỉnh thăng hạng"
PLACES_MOVED = r"(?:tăng|giảm)\s+(?:điểm|hạng|bậc)|(?:thăng|tụt|thụt)\s+hạng"
# (and places that moved in a ranking, or kept their place: "29 tỉnh tăng điểm và 32 tỉnh giảm điểm")
_PLACES_DID = re.compile(rf"(?:\s*,?\s*(?:thành(?:\s+phố)?|tp))?\s+(?:(?:đã|đều|vừa)\s|(?:{PLACES_MOVED}|giữ\s+nguyên\s+hạng)\b)", re.I)
_WHOLE_COUNTRY_DID = re.compile(r"(?:\s*,?\s*(?:thành(?:\s+phố)?|tp))?(?:\s+trực\s+thuộc\s+trung\s+ương)?\s+(?:đã|đều)\s", re.I)
_AMONG_BEFORE = re.compile(r"\btrong\s*$", re.I)
# the places named leading, after a count of them: the size of a ranking's top group (not _LEADERS_AFTER,
# which makes "1 trong N …" a rank)
_TOP_GROUP_AFTER = re.compile(r"(?:\s*,?\s*thành(?:\s+phố)?)?\s+(?:dẫn\s+đầu|đứng\s+đầu|trong\s+(?:nhóm\s+)?(?:top|tốp)\s+đầu)\b", re.I)
# (and "Cuộc khảo sát được thực hiện trên 36.525 người dân")
_SURVEYED_BEFORE = re.compile(r"\bkhảo\s+sát(?:\s+(?:được\s+)?(?:thực\s+hiện|tiến\s+hành))?(?:\s+(?:trên|hơn|với|gần|khoảng))?\s*$",
                              re.I)
# "ý kiến … của hơn 19.500 người dân …, thông qua khảo sát PAPI": the people a survey asked
_OPINIONS_OF_BEFORE = re.compile(r"(?<!nhận\s)(?<!lý\s)\bý\s+kiến\b(?!\s*,?\s*(?:phản\s+ánh|kiến\s+nghị|góp\s+ý))"
                                 r"[^.;:\n\d]{0,60}\bcủa\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$", re.I)
# (only where a survey gathered them: not feedback received, "tiếp nhận ý kiến phản ánh của 5.000 người")
_SURVEY_WORD = re.compile(r"\b(?:khảo\s+sát|điều\s+tra|PAPI|PCI|SIPAS|cảm\s+nhận|kỳ\s+vọng|trải\s+nghiệm)\b", re.I)
# (not an aim not to: "không để tụt khỏi top 15")
_LEFT_GROUP_BEFORE = re.compile(r"(?<!để\s)(?<!không\s)(?<!bị\s)\b(?:rời|ra|rơi|văng|tụt|bật)\s+khỏi\s+(?:nhóm|top|tốp)\s+$",
                                re.I)
# "mỗi người dân (trung bình) có", "mỗi danh tính số phát sinh": what each person (household, identity) has
_EACH_PERSON_BEFORE = re.compile(r"\bmỗi\s+(?:người(?:\s+dân)?|công\s+dân|hộ(?:\s+gia\s+đình)?|danh\s+tính\s+số)"
                                 r"(?:\s+(?:trung\s+bình|bình\s+quân))?\s+(?:(?:sẽ|đều|được)\s+)?(?:có|sở\s+hữu|sử\s+dụng|phát\s+sinh)"
                                 r"(?:\s+(?:trung\s+bình|bình\s+quân|ít\s+nhất|tối\s+thiểu|khoảng))?"
                                 # (and the next of a list: "… có 1 định danh số và 1 kết nối IoT")
                                 r"(?:\s+\d+\s+[^\W\d][^\d,;.()]{0,30}?\s*(?:,|và))*\s+$", re.I)


def _word_after(text: str, end: int, hi: int) -> str | None:
    """The words that name what follows a number, up to the next stop: "định danh số", "kết nối IoT"."""
    m = _THING_AFTER.match(text, end, hi)
    return m.group(1) if m else None


_THING_AFTER = re.compile(r"\s*([^\W\d][^\W\d]*(?:\s+[^\W\d](?:[\w-]*))?(?:\s+[A-Z][\w-]*|\s+số)?)")
_COMPARED_BASE_BEFORE = re.compile(r"\bso\s+(?:sánh\s+)?với\s+(?:(?:hơn|gần|khoảng|tổng\s+số)\s+)?$", re.I)
# (an earlier level with its year is a value of that year: "tăng mạnh so với 8,3 triệu năm 2022")
_OF_A_YEAR_AFTER = re.compile(r"[^.;:,()\d]{0,30}?\b(?:năm|cuối\s+năm|hết\s+năm)\s+(?:19|20)\d\d\b|\s*(?:triệu|nghìn|tỷ)[^.;:,()\d]{0,30}?"
                              r"\bnăm\s+(?:19|20)\d\d\b", re.I)
_EXCEPT_BEFORE = re.compile(r"\b(?:ngoại\s+)?trừ\s+(?:(?:khoảng|gần|hơn)\s+)?$", re.I)
_SHORT_BY_BEFORE = re.compile(r"\b(?:còn\s+)?thiếu\s+(?:khoảng\s+|gần\s+|hơn\s+)?$", re.I)
# "Hệ thống thuyết minh tự động gồm 43 điểm": the points a system is made of are places, not a score
_MADE_OF_POINTS = re.compile(r"\bgồm\s+(?:có\s+)?$", re.I)
_RANKED_AMONG = re.compile(r"\b(?:thứ|hạng|vị\s+trí)\s+\d{1,3}\s+trong\s+(?:tổng\s+số\s+)?(?:số\s+)?$", re.I)
# the bodies and places an index assesses (not products: "323 sản phẩm tham gia đánh giá phân hạng OCOP" are an aim)
_BODY = r"(?:sở|ban|ngành|huyện|xã|phường|đơn\s+vị|cơ\s+quan|địa\s+phương|tỉnh|bộ)"
_ASSESSED_AFTER = re.compile(rf"\s*(?:{_BODY}|tập\s+đoàn|tổng\s+công\s+ty)\b[^.;:]{{0,90}}?\btham\s+gia\s+"
                             r"(?:đánh\s+giá|xếp\s+hạng|chấm\s+điểm)\b", re.I)
# ("thực hiện đánh giá đối với 19/19 đơn vị cấp Sở, ngành": the same, the assessing written first)
_BODIES = re.compile(rf"\s*(?:{_BODY}|ubnd)\b", re.I)
_ASSESSED_BEFORE = re.compile(r"\b(?:đánh\s+giá|xếp\s+hạng|chấm\s+điểm)(?:\s*,\s*(?:đánh\s+giá|xếp\s+hạng))?\s+"
                              r"đối\s+với\s+(?:các\s+|tất\s+cả\s+)?$", re.I)
# "chỉ còn duy nhất 1 tỉnh đang ở trạng thái Vàng": the places still left are counted, however few
_REMAINING_BEFORE = re.compile(r"\bcòn\s+(?:lại\s+)?(?:duy\s+nhất\s+)?$", re.I)
_IN_A_STATE = re.compile(r"[^.;:,\d]{0,40}?\b(?:đang|chưa|vẫn|không|ở\s+(?:mức|trạng\s+thái))\b", re.I)
# "qua 3 kênh tiếp nhận: trực tiếp, bưu chính công ích và trực tuyến": the few ways a thing is done, listed
# (not channels broadcast: "7 kênh truyền hình: VTV1, …")
_WAYS_LISTED = re.compile(r"\s*kênh(?!\s+(?:truyền\s+hình|phát\s+thanh))(?:\s+[^\W\d]+){0,3}\s*:", re.I)
# between the place a move started from and the place it reached: "từ vị trí 53 lên 46"
# (the verb may be told as done: "từ vị trí 12 đã tụt xuống vị trí 20")
RANK_REACHED_GAP = re.compile(r"\s*(?:/\s*\d+\s*)?(?:(?:đã|vừa)\s+)?(?:(?:tiến|vươn|tăng|nhảy|tụt|rơi|giảm)\s+)?(?:lên|xuống)\s+(?:(?:vị\s+trí|thứ|hạng)\s+)*", re.I)
_ONE_AMONG = re.compile(r"(?:\bmột|(?<![\d.,])0?1)\s+trong\s*$", re.I)
# (not across a bottom group or a contrast: "1 trong 5 huyện có tỷ lệ … thấp nhất, trong khi thành phố … đứng đầu";
# nor a first priority: "1 trong 8 lĩnh vực được ưu tiên hàng đầu")
_LEADERS_AFTER = re.compile(r"(?:(?!thấp\s+nhất|kém\s+nhất|trong\s+khi\b|nhưng\b)[^.;:\d]){0,80}?\b(?:dẫn\s+đầu|đứng\s+đầu|(?<!ưu\stiên\s)hàng\s+đầu|tốt\s+nhất|cao\s+nhất)"
                            # (the first few to do something, or those that did most, named with them)
                            r"|[^.;:,\d]{0,40}?\b(?:đầu\s+tiên|nhiều\s+nhất|nổi\s+bật)\b", re.I)

_AFTER_UP = re.compile(r"\s*(?:%\s*)?trở\s+lên", re.I)
_AFTER_DOWN = re.compile(r"\s*(?:%\s*)?trở\s+xuống", re.I)
# "từ 0,04% tổng dư nợ trở xuống", "từ 80% người dân trở lên": the bound's side said after what the share is of
_FROM_SIDE_LATER = re.compile(r"[^,;.:\d%()\n]{1,40}?\btrở\s+(lên|xuống)\b", re.I)

# A number followed by these is not a quantity: "4G", "mức độ 4", dates, codes.
_NOT_AFTER = re.compile(r"[/\-–]\s*[A-ZĐa-z]|\s*(?:G\b|\.0\b|/\d+/\d+)|[.,]\d+[.,]\d+[.,]")
_NOT_BEFORE = re.compile(
    r"(?:\bsố(?<!tổng số)(?<!con số)(?<!doanh số)|\bgiao\s+cho|\bubnd|\bủy\s+ban\s+nhân\s+dân|\bmức\s+độ|\bnăm|\bngày|\btháng|\bquý|\bkhoản|\bđiều(?<!hạt\sđiều)|\bchương|\bmục|\bphần|\bgiai\s+đoạn|\bphiên\s+bản|\bver(?:sion)?|\bIPv|\bcấp\s+độ|\bnhóm|\bbước|\blớp|\btuần|\btrang|\bkm|\bđề\s+án)\s*$",
    re.I,
)
_YEARISH = re.compile(r"^(?:19|20)\d\d$")
# "diện tích điều 145.000 ha", "sản lượng điều 180.000 tấn": the cashew crop's amount, no article of a law
# ("Điều 30 Luật …"), as what follows the number tells
_CROP_BEFORE = re.compile(r"\bđiều\s*$", re.I)
_MASS_OR_AREA_AFTER = re.compile(r"\s*(?:(?:nghìn|ngàn|triệu)\s+)?(?:tấn|ha|kg|hecta)\b", re.I)
_LEVEL_NUMBERS = re.compile(r"\b(?:mức(?:\s+độ)?|cấp\s+độ)\s+(?:\d\s*(?:,|và|hoặc|[-–])\s*)*$", re.I)
# "Nhóm 2 là nhóm chỉ số về hoạt động", "thuộc các tỉnh nhóm 2": a label of a group
_STEPS_AFTER = re.compile(r"\s*bậc\b", re.I)
_GROUP_LABEL_BEFORE = re.compile(r"\bnhóm\s*$", re.I)
# ("thuộc nhóm 4 – nhóm đạt giá trị trung bình <0,25": the group the label names after a dash)
_GROUP_LABEL_AFTER = re.compile(r"\s*(?:là\b|được\s+gọi\b|gồm\b|bao\s+gồm\b|:|[–—-]\s*nhóm\b)", re.I)
_COLON_NEXT = re.compile(r"[ \t]*:")
_CLASS_OF_PLACES = re.compile(r"\bcác\s+(?:tỉnh|địa\s+phương)(?:,\s*thành(?:\s+phố)?)?\s+nhóm\s*$", re.I)
# (and the items of a list: "Sự kiện nổi bật thứ 2 là ...", "Giải pháp thứ ba")
# (and a child's place among its siblings, "tỷ lệ sinh con thứ 3 trở lên"; a streak's weeks, "tuần thứ 6 liên tiếp")
# (and a thing's place in a series that names it, "Trạm thứ 3 lắp đặt trên sông …", "Huy chương thứ 3")
_ORDINAL_EVENT = re.compile(r"\b(?:lần|năm|tháng|tuần|quý|phiên(?:\s+họp)?|kỳ\s+họp|đợt|khóa|hội\s+nghị|con|"
                            r"trạm|dự\s+án|công\s+trình|nhà\s+máy|tuyến|ga|huy\s+chương|"
                            r"(?:sự\s+kiện|nhiệm\s+vụ|giải\s+pháp|nội\s+dung|điểm\s+mới)(?:\s+(?:nổi\s+bật|quan\s+trọng|trọng\s+tâm))?)"
                            r"\s+thứ\s*$", re.I)


@dataclass(slots=True)
class Mention:
    anchor: int  # first character of the number
    end: int  # after the number and its unit words
    lead: int  # start of the comparator/verb words before the number
    value: float
    value_max: float | None
    unit: str  # "%", "rank", "count", "other"
    unit_text: str | None
    op: str | None  # explicit comparator; None when only a verb or nothing
    verb: bool  # a verb like "đạt" stands before the number
    denominator: float | None = None  # "12/15 sở": 15


_RANK_LEAD = re.compile(
    r"(?:(?:vươn\s+lên\s+|tiến\s+lên\s+|tụt\s+xuống\s+)?(?:nằm|lọt|đứng|xếp|được\s+xếp)\s+)?(?:(?:trong|thuộc|vào)\s+)?(?:nhóm|top|tốp)(?:\s+(?:các|những))?\s*$"
    r"|(?:(?:vươn\s+lên\s+|tiến\s+lên\s+|tụt\s+xuống\s+)?(?:xếp|được\s+xếp|đứng|ở)\s+)?(?:hạng\s+)?(?:thứ|vị\s+trí(?:\s+thứ|\s+số)?|hạng)\s*$",
    re.I,
)


_WORD = re.compile(r"[^\s(,]+")
_WEEKDAY_BEFORE = re.compile(r"\b(?:ngày|sáng|chiều|tối)\s+thứ\s*$", re.I)
_CLASS_BEFORE = re.compile(r"\b(?:bệnh\s+viện|đô\s+thị)\b[^.;,\d]{0,40}\s(?:hạng|loại)\s*$", re.I)
_GROUP_RANK = re.compile(r"nhóm|top|tốp", re.I)
# "không còn nằm trong top 30": a place outside the group, below it (not an aim not to fall out of it: "để")
# ("nằm ngoài top 20", "bị rơi khỏi nhóm 10": outside it too, unless the aim is not to be: "không (để) rơi khỏi")
_OUTSIDE_GROUP = re.compile(
    r"(?:(?<!để\s)\bkhông\s+(?:còn\s+)?(?:(?:nằm|lọt|đứng|được\s+xếp)\s+)?(?:trong|thuộc|vào)"
    r"|(?<!không\s)(?<!để\s)\b(?:(?:nằm|đứng|xếp)\s+ngoài|(?:bị\s+)?(?:rơi|tụt|văng|loại)\s+(?:ra\s+)?khỏi))"
    r"\s+(?:nhóm|top|tốp)\s*$", re.I)


def _glued_word(text: str, e: int) -> bool:
    """Is a capitalised word written right after the number ending at `e` ("- 3Quyết định …")?
    Such a number numbers a list or a footnote; a unit run into its number is no such word."""
    word = _LETTERS.match(text, e)
    if not word or len(word.group(0)) < 2 or not word.group(0)[0].isupper() or not word.group(0)[1].islower():
        return False
    return not word.group(0).lower().startswith(_GLUED_UNITS)


def _phrases(items: list[tuple[str, str | None]]) -> dict[tuple[str, ...], str | None]:
    return {tuple(p.split()): op for p, op in items}


# Comparator words before a number, as word tuples: a dictionary lookup on the
# last words before the number is much cheaper than an end-anchored search.
_CMP_WORDS = _phrases([
    ("không thấp hơn", ">="), ("không ít hơn", ">="), ("không dưới", ">="),
    ("tối thiểu", ">="), ("tối thiểu là", ">="), ("ít nhất", ">="), ("ít nhất là", ">="),
    ("không vượt quá", "<="), ("không quá", "<="), ("tối đa", "<="), ("tối đa là", "<="),
    ("không cao hơn", "<="), ("không lớn hơn", "<="), ("không vượt", "<="),
    ("thấp hơn", "<"), ("ít hơn", "<"), ("nhỏ hơn", "<"), ("dưới", "<"), ("dưới mức", "<"),
    ("cao hơn", ">"), ("lớn hơn", ">"), ("nhiều hơn", ">"), ("vượt trên", ">"), ("vượt mức", ">"), ("vượt mốc", ">"), ("vượt ngưỡng", ">"),
    ("vượt qua", ">"), ("vượt qua mức", ">"), ("vượt qua mốc", ">"), ("vượt qua ngưỡng", ">"),  # "vượt qua mức 90%"
    ("trên", ">"), ("hơn", ">"), ("vượt", ">"), ("vượt quá", ">"),  # ("không vượt quá": the longer phrase wins)
    ("khoảng chừng", "~"), ("trên dưới", "~"), ("khoảng", "~"), ("xấp xỉ", "~"), ("gần", "~"), ("chừng", "~"),
    ("tiệm cận", "~"),  # "tỷ lệ … có thể sẽ tiệm cận 100%": close to it
    ("từ", "from"),
])
_VERB_WORDS = _phrases([
    (v, None) for v in (
        "đạt", "đạt mức", "đạt được", "đạt tỷ lệ", "đạt tỉ lệ", "là", "ở mức", "bằng", "với", "lên", "lên mức", "xuống", "xuống mức", "xuống còn",
        "còn", "được", "phấn đấu", "phấn đấu đạt",
        # "đạt trung bình 91,9 trên 100 dân": an average is still the value itself
        "đạt trung bình", "đạt bình quân",
    )
])


_RANK_WORD = re.compile("nhóm|top|tốp|thứ|hạng|vị trí")  # as written (case-sensitive): may a rank lead the number?


# a comparator written as a sign: "chỉ số >90%", "≥ 80%", "< 5%" (not an arrow's head: "->", "=>")
_SIGN = re.compile(r"(?<![-=<>])(>=|<=|≥|≤|>|<)[ \t]*$")
# the op each sign says (a table's cell may also hold "~": "~ 50")
SIGN_OPS = {"≥": ">=", ">=": ">=", ">": ">", "≤": "<=", "<=": "<=", "<": "<", "~": "~"}


def _comparator(text: str, lo: int, anchor: int) -> tuple[int, str | None, bool]:
    """Walk back from the number over comparator and verb words."""
    if (sign := _SIGN.search(text, max(lo, anchor - 4), anchor)) is not None:
        pos, _, verb = _comparator(text, lo, sign.start())
        return pos, SIGN_OPS[sign.group(1)], verb
    pos = anchor
    window_lo = max(lo, anchor - 60)
    if _RANK_WORD.search(text, window_lo, anchor):
        rank = _RANK_LEAD.search(text, max(lo, anchor - 40), anchor)
        if rank:
            pos = rank.start()
    window_lo = max(window_lo, pos - 45)  # three comparator/verb phrases at most
    start, op, verb = _lead_words(text[window_lo:pos])
    return (pos if start is None else window_lo + start), op, verb


@lru_cache(maxsize=4096)  # (pure: the same words lead many numbers, and a list repeats its leads)
def _lead_words(raw: str) -> tuple[int | None, str | None, bool]:
    """The comparator and verb words that end `raw` (the words just before a number): where the
    first of them starts in `raw` (None: no word leads the number), the comparator, whether a verb."""
    low = raw.lower()
    if not low or not (low[-1].isspace() or low[-1].isalnum()):
        return None, None, False  # "(85%", "đạt, 85%": nothing reads as a lead
    # only words separated by blanks up to the number can lead it: those after the last "(" or ","
    # (what else stands between words is blank), read from there only
    spans = list(_WORD.finditer(low, max(low.rfind("("), low.rfind(",")) + 1))
    words = [m.group() for m in spans]
    j, op, verb = _walk(words)
    while 0 < j < len(words) and _name_part(raw, spans[j]) and _name_part(raw, spans[j - 1]):
        # "Cao Bằng 5 hồ sơ": a capitalised word after another is part of a name, not a comparator
        j += 1
        rest, op, verb = _walk(words[j:])
        j += rest
    start = spans[j].start() if j < len(words) else None
    if op == ">=" and _FEWEST_WITH.search(low):
        op = None  # "Kiên Giang có số lượng ít nhất với 33.541 công dân": the fewest, no floor
    if op == ">" and _PUT_ON.search(low):
        op = None  # "cài đặt trên 68 máy tính": on them, not more than them
    return start, op, verb


def _name_part(raw: str, span: re.Match[str]) -> bool:
    """A word written as part of a name: capitalised, not in a line of capitals ("ĐẠT TRÊN 90%")."""
    word = raw[span.start():span.end()]
    return word[:1].isupper() and not word.isupper()


def _walk(words: list[str]) -> tuple[int, str | None, bool]:
    """Consume comparator and verb phrases from the end of `words`: how many
    words remain unconsumed, the comparator found, whether a verb was."""
    op: str | None = None
    verb = False
    j = len(words)
    for _ in range(4):
        if not j:
            break
        for k in (3, 2, 1):
            if j - k < 0:
                continue
            key = tuple(words[j - k:j])
            if key[0] in ("lên", "xuống") and j - k > 0 and words[j - k - 1] == "tải":
                continue  # "tốc độ tải lên / tải xuống đạt ...": upload and download name the measure
            if op is None and key in _CMP_WORDS:
                op = _CMP_WORDS[key]
                break
            if key in _VERB_WORDS:
                verb = True
                break
        else:
            break
        j -= k
    return j, op, verb


def _skip_ws(text: str, i: int, hi: int) -> int:
    while i < hi and text[i] == " ":
        i += 1
    return i


# "tám mươi lăm phần trăm (85%)": the figure in brackets is the value itself.
_BRACKET = re.compile(r"[()]")
_RESTATED = re.compile(r"\(\s*\d+(?:[.,]\d+)?\s*%\s*\)")


def restated(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the brackets within text[lo:hi] that hold one percentage alone ("(65%)"), which
    `parenthesised` leaves out: such a bracket restates a value, it is no aside."""
    return [m.span() for m in _RESTATED.finditer(text, lo, hi)] if "(" in text[lo:hi] else []


def parenthesised(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the (outermost) asides in brackets within text[lo:hi]."""
    if "(" not in text[lo:hi]:
        return []
    out, depth, start = [], 0, 0
    for m in _BRACKET.finditer(text, lo, hi):
        i = m.start()
        if text[i] == "(":
            if depth == 0:
                start = i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0 and not _RESTATED.fullmatch(text, start, i + 1):
                out.append((start, i + 1))
    if depth:
        out.append((start, hi))
    return out


# Brackets that cite a document or tell a unit's history hold no quantity; any other bracket that states
# a value ("(đạt 99,1%)", "(1.290 trạm 2G; 1.814 trạm 3G)") is read like the text.
# a value's own verb after a cited document's reference ("… theo Quyết định số 06/QĐ-TTg đạt 50%")
_VALUE_VERB_AFTER_CITATION = re.compile(r"[^()\d]{0,40}?[\d/.\w-]*\d[\d/.\w-]*[^()\d]{0,60}?\s(?:đạt|là|chiếm)\s+(?:(?:trên|hơn|tối\s+thiểu|ít\s+nhất|khoảng)\s+)?(?=\d)", re.I)


def _stated_after(text: str, cited: int, end: int) -> int:
    """Where a bracket's reference ends when a value's own verb follows it, else the bracket's end."""
    m = _VALUE_VERB_AFTER_CITATION.match(text, cited, end)
    return m.end() if m else end


_CITATION = re.compile(
    r"\b(?:quyết\s+định|nghị\s+quyết|nghị\s+định|thông\s+tư|chỉ\s+thị|kế\s+hoạch\s+số|công\s+văn|văn\s+bản\s+số|luật)\b"
    r"|\b(?:QĐ|NQ|NĐ|TT|KH|CT|CV)-|\bsố\s+\d+/"
    r"|\b(?:hợp\s+nhất|sáp\s+nhập|thành\s+lập)\b",  # a unit's history: "(hợp nhất từ ba tỉnh, có 148 xã)"
    re.I,
)

_DURATIONS = {"giờ", "phút", "ngày làm việc", "ngày"}
# what a duration measures, said before it in its clause: "thời gian giải quyết thủ tục là 3,5 ngày",
# "thời gian thực hiện 8 ngày làm việc", "rút ngắn thời hạn … còn 12 ngày"
_TIME_TAKEN = re.compile(r"(?<!trong\s)\bthời\s+(?:gian|hạn)\b[^\d;:.()]{0,80}?"
                         r"(?:\btừ\s+\d[\d,]*\s*ngày(?:\s+làm\s+việc)?\s+(?:xuống\s+còn|xuống|còn)\s+)?$", re.I)
# (not how far ahead of a schedule, "vượt tiến độ trước 10 ngày", nor where a cut time started, "từ 7 ngày
# xuống còn 5 ngày", nor a document's date, "văn bản 5721 ngày 17/10/2025", nor the span work was done in,
# "Trong thời gian 5 ngày, Sở đã tổ chức 12 lớp tập huấn")
_AHEAD_BEFORE = re.compile(r"\b(?:trước|sớm)\s*$", re.I)
_CUT_FROM = re.compile(r"\btừ\s*$", re.I)
_DAY_MONTH_AFTER = re.compile(r"\s*\d{1,2}\s*[/-]\s*\d")


def _days_taken(text: str, lo: int, a: int, end: int, hi: int) -> bool:
    """Is the number at `a`, of days ending at `end`, the time something takes ("thời gian giải quyết thủ
    tục là 3,5 ngày", "thời gian thực hiện 8 ngày làm việc")?"""
    return bool(_TIME_TAKEN.search(text, max(lo, a - 90), a)) and not _AHEAD_BEFORE.search(text, max(lo, a - 8), a) \
        and not _CUT_FROM.search(text, max(lo, a - 5), a) and not _DAY_MONTH_AFTER.match(text, end, hi)


# "tăng 0,57 điểm phần trăm": a change of a rate, never a level
_POINTS = re.compile(r"\s*điểm\s+phần\s+trăm\b", re.I)
# Page furniture counted like a quantity: "1.024 lượt xem", "2 phiếu bầu".
_FURNITURE = re.compile(r"\s*(?:lượt\s+(?:xem|đọc|thích|chia\s+sẻ|bình\s+chọn)|bình\s+luận|phiếu\s+bầu)\b", re.I)


_ALONG_WITH_BEFORE = re.compile(r"\bcùng\s+với\s+(?:các\s+)?$", re.I)
_OTHERS_AFTER = re.compile(r"\s*[^\W\d][^.;:()\d]{0,40}?\skhác\b", re.I)
# a document's number after its kind's initials: "QD 713 UBND - CT CHUYEN DOI SO 2025.pdf", "QĐ 1250"
_DOCUMENT_KIND_BEFORE = re.compile(r"(?<![\w-])(?:QĐ|QD|NQ|NĐ)[ \t]+$"
                                   # (its kind spelled out: "Công văn 2345 UBND-VX", "Quyết định 1520 UBND tỉnh")
                                   r"|(?i:\b(?:(?:quyết\s+định|công\s+văn|nghị\s+quyết|nghị\s+định|thông\s+tư|chỉ\s+thị)"
                                   r"(?:\s+số)?|(?:kế\s+hoạch|thông\s+báo|văn\s+bản)\s+số))[ \t]+$")


def _document_kind_before(before: str) -> bool:
    """Does `before` end in a document's kind (`_DOCUMENT_KIND_BEFORE`)? Plain tests for its initials
    and words first: the search is tried from every position (none of these letters folds apart under re.I)."""
    if not ("QĐ" in before or "QD" in before or "NQ" in before or "NĐ" in before):
        low = before.lower()
        if not ("quyết" in low or "văn" in low or "ịnh" in low or "tư" in low or "thị" in low or "hoạch" in low
                or "báo" in low):
            return False
    return _DOCUMENT_KIND_BEFORE.search(before) is not None


def find_mentions(text: str, lo: int, hi: int) -> list[Mention]:
    """All quantities in text[lo:hi], in order."""
    out: list[Mention] = []
    skip_to = lo
    # (from the citation on: "(… mức độ 4 đạt tỷ lệ 30% trong năm 2020 theo Nghị quyết số 17/NQ-CP)" states a value
    # first; and a value its own verb states after a document's reference is the bracket's too: "(tỷ lệ hồ sơ toàn trình
    # theo Quyết định số 06/QĐ-TTg đạt 50%)")
    inside = [(c.start(), _stated_after(text, c.start(), e)) for s, e in parenthesised(text, lo, hi)
              if (c := _CITATION.search(text, s, e))]
    assessed_end: int | None = None  # where the last count of bodies an index assessed ends
    for m in NUMBER_TOKEN.finditer(text, lo, hi):
        a = m.start(1)
        if a < skip_to or inside and any(s <= a < e for s, e in inside):
            continue  # "(theo Quyết định 749/QĐ-TTg)": a reference, not a quantity
        tok = m.group(1)
        e = m.end(1)
        if _NOT_AFTER.match(text, e, hi) or _FURNITURE.match(text, e, hi) or _POINTS.match(text, e, hi):
            continue
        before = text[max(lo, a - 25):a]
        value = parse_number(tok)
        if value is None or _level_number(text, e, hi, tok, before) or _document_kind_before(before):
            continue
        if _size_class(text, lo, hi, a, e):
            continue  # "711 tàu cá chiều dài từ 6 m đến dưới 12 m": the class of the things counted, by size
        if _METRES_AFTER.match(text, e, hi) and _BUILT_SIZE_BEFORE.search(text, max(lo, a - 45), a):
            continue  # "rộng 45 m", "ở độ cao 1.000 m", "cách bến phà 150 m": a thing's size or place, no progress
        mention = _classify(text, lo, hi, a, e, tok, value, before)
        if mention is None:
            mention = _unitless(text, lo, hi, a, e, tok, value, out[-1] if out else None,
                                next((x for x in reversed(out) if x.unit == "count"), None))
        if mention is not None and mention.unit == "other" and _speed_of_a_share(text, lo, hi, mention, out):
            continue  # "90% người dân có thể dùng Internet tốc độ từ 200 Mbps trở lên": what the share is of
        if mention is not None and mention.value == 1 and mention.unit == "count" and out and out[-1].unit in ("%", "count") \
                and (least := _AT_LEAST_ONE.search(before)) and not _CLAUSE_BREAK.search(text, out[-1].end, a) \
                and not _NEW_SUBJECT.search(text[out[-1].end:a - len(least.group(0))]):
            continue  # "100% hộ gia đình có ít nhất 1 thiết bị thông minh": what the share is of
        if mention is not None and mention.value == 1 and mention.unit == "count" and _AT_LEAST.search(before) \
                and _RATE_NAMED_BEFORE.search(text, max(lo, a - 80), a):
            continue  # "Tỷ lệ hộ gia đình có sử dụng ít nhất 1 điện thoại thông minh đạt 95%": the rate's subject
        if mention is not None and mention.unit == "count" and (
                _how_organised(text, mention, hi)
                # ("đánh giá đối với 19/19 đơn vị cấp Sở, ngành và 08 UBND cấp huyện": the list goes on)
                or assessed_end is not None and _COUNT_LIST_GAP.fullmatch(text, assessed_end, a)
                and _BODIES.match(text, mention.end, hi)):
            assessed_end = mention.end
            continue
        ranged = _range_written_twice(text, hi, e, value, mention) if mention is not None else None
        if ranged is not None:
            mention = ranged[0]
        if mention is not None:
            out.append(mention)
            skip_to = mention.end if ranged is None else ranged[1]
            if (second := _paired(text, lo, hi, mention)) is not None:
                out.append(second)
                skip_to = second.end
    return out


# a range's unit words (a few words of letters), and what leads to its high end's number
_RANGE_WORDS = r"(?:[^\W\d_]+[ \t]+){0,3}?[^\W\d_]+"
_TO_HIGH_END = r"[ \t]+(?:đến|tới|–|-)[ \t]+(?:(?:hơn|gần|trên)[ \t]+)?"
# the high end of a range that writes its unit twice, "từ 5,0 triệu tấn đến 5,5 triệu tấn", "5 cầu cảng đến
# 6 cầu cảng": the low end's magnitude and unit words, then "đến", then the same words after the high end
_TWICE_WRITTEN_RANGE = re.compile(
    rf"(\s*(?:({MAGNITUDE_WORDS})\s+)?)({_RANGE_WORDS}){_TO_HIGH_END}({_NUM})[ \t]*(?:({MAGNITUDE_WORDS})[ \t]+)?(\3)(?!\w)",
    re.I)
# a count's words, then the high end of its range and the same words again ("lượt khách đến 21,7 nghìn lượt khách")
_HIGH_END_OF_COUNT = re.compile(
    rf"[ \t]*({_RANGE_WORDS})({_TO_HIGH_END}(?:{_NUM})[ \t]*(?:(?:{MAGNITUDE_WORDS})[ \t]+)?\1)(?!\w)", re.I)


def without_high_end(post: str) -> str:
    """A ranged count's words after its low end without the high end that repeats them."""
    r = _HIGH_END_OF_COUNT.match(post)
    return post if r is None else post[:r.start(2)] + post[r.end(2):]


def _range_written_twice(text: str, hi: int, e: int, value: float, m: Mention) -> tuple[Mention, int] | None:
    """`m` as a range when its number (ending at `e`) and its unit words come again, higher, after "đến",
    with where the range ends (a count's words stay after its span, as the grammar reads them there)."""
    if m.unit not in ("count", "other") or m.value_max is not None or m.denominator is not None or value <= 0:
        return None
    r = _TWICE_WRITTEN_RANGE.match(text, e, hi)
    # (each end may have its own magnitude: "từ 918 triệu đồng đến 1,4 tỷ đồng")
    if r is None or bool(r.group(2)) != bool(r.group(5)) or r.start(3) >= m.end + 1 or "\n" in r.group(0):
        return None
    top = parse_number(r.group(4))
    low_mult, high_mult = (MAGNITUDES[r.group(2).lower()], MAGNITUDES[r.group(5).lower()]) if r.group(5) else (1.0, 1.0)
    if top is None or top * high_mult <= value * low_mult:
        return None
    top = scale(top, high_mult)
    return replace(m, value_max=top, op="between", end=m.end if m.unit == "count" else max(m.end, r.end())), r.end()


# "1.420 tàu cá/8.040 lao động", "6.665,33 ha/7.610 hộ", "khởi tố 31 vụ/77 bị can": two quantities of one
# thing, told as a pair (not a fraction, "309 xã/411 xã"; nor a rate, "30 giường bệnh/10.000 dân",
# "50.000 đồng/30 ngày")
_PAIR_AFTER = re.compile(r"[ \t]*((?:[^\W\d_]+[ \t]+){0,4}?[^\W\d_]+)?[ \t]*/[ \t]*(\d[\d.,]*)[ \t]+([^\W\d_]+)", re.I)
# the first count's noun and the slash, up to the second ("tàu cá/"): what the grammar takes as its words
PAIR_GAP = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,4}?[^\W\d_]+[ \t]*/[ \t]*")
_RATE_BASES = {1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0}
# (nor things spread over places, "154 tổ/153 xóm", "9.690 đài truyền thanh/10.599 xã")
_NOT_PAIRED = re.compile(r"(?:ngày|tháng|năm|quý|tuần|giờ|phút|dân|người|lượt|lần|tỷ|triệu|nghìn|ngàn|vạn|đồng|%|"
                         r"xã|phường|thôn|xóm|bản|ấp|buôn|làng|huyện|quận|tỉnh|đơn|trường|cơ|khu|tổ|điểm)$", re.I)


def _paired(text: str, lo: int, hi: int, first: Mention) -> Mention | None:
    """The second quantity of a pair written "N thing/M other" after `first`, or None."""
    if first.unit not in ("count", "other") or first.value_max is not None or first.denominator is not None:
        return None
    m = _PAIR_AFTER.match(text, first.end, hi)
    if m is None or "\n" in m.group(0):
        return None
    noun = (m.group(1) or first.unit_text or "").split()
    value = parse_number(m.group(2))
    if value is None or value in _RATE_BASES or not noun or _NOT_PAIRED.match(m.group(3)) \
            or m.group(3).lower() == noun[0].lower():
        return None
    a, e = m.start(2), m.end(2)
    second = _classify(text, lo, hi, a, e, m.group(2), value, text[max(lo, a - 25):a])
    if second is None or second.unit != "count":
        return None
    # ("khoảng 1.420 tàu cá/8.040 lao động": the first's comparator is the pair's)
    return replace(second, op=first.op) if second.op is None else second


_SPEED_UNIT = re.compile(r"(?:Mb|Mbit|Gb|Kb|Tb)(?:/s|/giây|ps|it/s)$|Mbs$|Mpbs$", re.I)
# "tốc độ trung bình", "tốc độ tải xuống tối thiểu", "ngưỡng tốc độ … từ": a speed that says which
# connections a share counts (not one a verb reports: "tốc độ … đạt 80,3 Mbps")
_SPEED_NAMED_BEFORE = re.compile(r"\btốc\s+độ(?:\s+(?!đạt\b|là\b|ở\b|lên\b|tăng\b|giảm\b|của\b)[^\W\d]+){0,4}\s*$", re.I)
_SHARE_IN = re.compile(r"(?<![\d,.])\d[\d,.]*\s*%")
_CHANGE_BEFORE = re.compile(r"\b(?:tăng|giảm|(?:cao|thấp|nhiều|ít)\s+hơn|lần\s+lượt)(?:\s+[^\W\d]+){0,2}\s*$", re.I)


def _speed_of_a_share(text: str, lo: int, hi: int, m: Mention, out: list[Mention]) -> bool:
    """Is the speed `m` part of what a share in its clause counts ("90% đường truyền … có tốc độ trung
    bình 200 Mb/s", "tỷ lệ người dân dùng băng rộng tốc độ trên 1 Gb/s đạt 25%")?"""
    if not _SPEED_UNIT.search((m.unit_text or "").strip()) or not _SPEED_NAMED_BEFORE.search(text, max(lo, m.anchor - 60), m.anchor):
        return False
    # (in its clause: "… đạt 95,25%, tốc độ tải xuống trung bình 224 Mbps" is a value of its own)
    start = max(lo, max(text.rfind(c, lo, m.anchor) for c in ";.\n:,") + 1)
    end = min((i for i in (text.find(c, m.end, hi) for c in ";\n,") if i >= 0), default=hi)
    dot = re.search(r"\.(?!\d)", text[m.end:end])
    end = m.end + dot.start() if dot else end
    # (a level the share is, not a change: "93,66 Mbps (tăng 22,93% so với cùng kỳ)")
    return any(p.unit == "%" and p.anchor >= start and not _CHANGE_BEFORE.search(text, max(lo, p.anchor - 20), p.anchor)
               for p in out) \
        or any(not _CHANGE_BEFORE.search(text, max(lo, sh.start() - 20), sh.start()) for sh in _SHARE_IN.finditer(text, m.end, end))


def _how_organised(text: str, m: Mention, hi: int) -> bool:
    """Does the count `m` say how something is organised rather than what it reached?"""
    # "có 19 sở, ban, ngành và 12 huyện … tham gia đánh giá chỉ số chuyển đổi số": those an index assessed
    # "có 2 kênh: kênh trực tiếp và kênh trực tuyến": the few ways a thing is done, listed
    return bool(_ASSESSED_AFTER.match(text, m.end, hi)) or (m.value < 10 and bool(_WAYS_LISTED.match(text, m.end - 1, hi))) \
        or bool(m.denominator == m.value and _ASSESSED_BEFORE.search(text, max(0, m.anchor - 40), m.anchor)
                and _BODIES.match(text, m.end, hi))


# "… có ít nhất 1 …" after a share in its clause: the share's own words, no count of its own
_RATE_NAMED_BEFORE = re.compile(r"\bt[ỷỉ]\s+lệ\b[^.;:\d%]*$", re.I)
_AT_LEAST_WORDS = r"(?:ít\s+nhất|tối\s+thiểu)\s+$"
_AT_LEAST = re.compile(r"\b" + _AT_LEAST_WORDS, re.I)
_AT_LEAST_ONE = re.compile(r"\b(?:có|sở\s+hữu|được\s+trang\s+bị|trang\s+bị)\s+" + _AT_LEAST_WORDS, re.I)
_CLAUSE_BREAK = re.compile(r"[;.\n]")
# between the share and its "có ít nhất": a verb of the share's own, or another subject ("80% xã có hạ tầng số, mỗi xã có …")
_NEW_SUBJECT = re.compile(r"^\s*,|\b(?:có|được|đạt|là|mỗi|từng|toàn|bình\s+quân)\b", re.I)


# "xếp thứ 27/63 về X và 41/63 về Y", "lần lượt xếp thứ 15, 7, 4": after a
# rank, a place out of the provinces or a bare number in the same list is a rank.
_OUT_OF_PROVINCES = re.compile(r"\s*/\s*(?:63|34|64|61)\b")
_LIST_GAP = re.compile(r"^\s*(?:,|;|và|,\s*và)\s*$", re.I)
# "Chỉ số DTI đạt 0,5123", "giá trị trung bình ở mức 0,6383": an index value.
# "điểm phục vụ", "số điểm đại lý", "điểm Bưu điện văn hóa xã": points as places of service
_SERVICE = r"(?:phục\s+vụ|đại\s+lý|giao\s+dịch|cung\s+cấp|truy\s+cập|bưu|wi-?fi|cầu|phát|tiếp\s+nhận|thanh\s+toán|bán)"
# a thing named in quotation marks, not the size of what it is made of ("4 “trụ cột” gồm ...")
_QUOTED_THING = re.compile(r"\s*[\"'“‘][^\W\d][^\"'”’\n\d]{0,30}[\"'”’](?!\s*(?:gồm|bao\s+gồm|là)\b)", re.I)
_LIKENED_BEFORE = re.compile(r"\b(?:như|như\s+là|tựa|coi\s+là)\s+$", re.I)
# "lắp đặt 600 camera tại hơn 190 điểm": places something stands at, not a score
# (and the size of a network in them: "với quy mô triển khai 236 điểm", "quy mô 11 điểm")
_AT_PLACES = re.compile(r"(?:\b(?:tại|ở)|\bquy\s+mô(?:\s+triển\s+khai)?)\s+(?:(?:hơn|gần|khoảng|trên|tổng\s+số)\s+)?$", re.I)
_PLACES_OF_SERVICE = re.compile(r"\bđiểm\s+" + _SERVICE, re.I)
# (an index named by its acronym alone: "HDI đạt 0,75", "PAPI đạt 44,12")
_INDEX_SUBJECT = re.compile(r"\bchỉ\s+số\b|\b(?:DTI|HDI|PCI|PAPI|EBI|SIPAS|EGDI|PAR\s+INDEX)\b|\bgiá\s+trị\s+trung\s+bình\b|\btổng\s+điểm\b(?!\s+" + _SERVICE
                            + r")|\bđiểm\s+số\b", re.I)
# ("Tổng thu từ du lịch ước đạt gần 7,1 nghìn tỷ", "với số tiền hơn 14 tỷ")
_MONEY_SUBJECT = re.compile(r"\b(?:kinh\s+phí|ngân\s+sách|vốn|doanh\s+thu|tổng\s+mức\s+đầu\s+tư|giá\s+trị\s+giao\s+dịch|"
                            r"số\s+tiền|tổng\s+thu|nguồn\s+thu|thu\s+(?:từ|ngân\s+sách)|"
                            # ("Thu nhập bình quân đầu người đạt 72 triệu": income, its currency unsaid)
                            r"thu\s+nhập|lợi\s+nhuận|chi\s+phí)\b", re.I)
# (not what is posted: "đăng tải trên 100 tin bài" posted over a hundred)
_PUT_ON = re.compile(r"\b(?:cài\s+đặt|lắp\s+đặt|hiển\s+thị)\s+trên\s*$")
_FEWEST_WITH = re.compile(r"\bít\s+nhất\s+với\s*$")
_PER_PERIOD = re.compile(r"\s*/\s*(ngày|tuần|tháng|quý|năm)\b", re.I)
_UNIT_OF_THE_NEXT = re.compile(r"\s*(?:và|,)\s*\d[\d.,]*\s*(%|điểm)(?!\s*\w)", re.I)
_RESPECTIVELY = re.compile(r"\blần\s+lượt\b", re.I)
_INDEX_VALUE = re.compile(r"^0[,.]\d{3,4}$")  # DTI-style scores: 0,4626 (or, as English writes them, 0.4626: no thousands start with 0)
_SCORE_RANGE = re.compile(r"\s*(?:-|–|đến|tới)\s*(?:(?:gần|khoảng|hơn|trên|dưới)\s+)?(0,\d+)")
# ("giảm từ 41,71 (2021) xuống 41,56 (2022)": the year of the first level may stand between)
# what follows the level a move starts from: "từ 87,61% (2021) xuống 86,78%", "từ 15 lên 13"
_START_YEAR = r"\s*(?:\(\s*(?:năm\s+)?(?:19|20)\d\d\s*\)\s*|năm\s+(?:19|20)\d\d\s+)?"  # the start's own year, if written
# the words that take a move to the level it reached: "lên", "xuống", "còn", and written with the change's
# own verb ("từ 16% giảm còn 11%", "từ 70% tăng lên 75%", "giảm xuống còn")
MOVE_VERB = r"(?:(?:tăng|giảm)\s+(?=lên|xuống|còn))?(?:lên|xuống(?:\s+còn)?|còn)"
MOVED_ON = re.compile(_START_YEAR + r",?\s*" + MOVE_VERB + r"\s+", re.I)
_FROM_TO = re.compile(_START_YEAR + r"(?:" + MOVE_VERB + r"|đến|tới)\s+(?:(?:mức|khoảng|gần|hơn|trên|thứ|hạng)\s+)*(?=\d)",
                      re.I)
_WITH_SCORE_IS = re.compile(r"\bvới\s+(?:điểm\s+số|mức\s+điểm|số\s+điểm)\s+là\s*$", re.I)
_SCORE_HEAD = re.compile(r"\b(?:điểm\s+số|mức\s+điểm|số\s+điểm)(?:\s+(?:là|đạt))?\s*$", re.I)
_COMPARED_BRACKET = re.compile(r"\b(?:so\s+với|cùng\s+kỳ)[^()\d]{0,25}(?:19|20)\d\d\s*\(\s*$", re.I)
# (a dash before words, not a range: "Với điểm chỉ số là 0,7709 - chỉ số EGDI của Việt Nam ...")
_MOVED_FROM = re.compile(r"\btừ\s+(?:(?:mức|khoảng|gần|hơn|trên)\s+)*$", re.I)
# (the year it moved by, after a preposition: "lên 112.000 trong năm 2024")
_BY_YEAR_AFTER = re.compile(r"\s*(?:trong|vào|đến|tới|cuối|hết)\s+năm\s+(?:19|20)\d\d\b", re.I)
_MOVED_TO = re.compile(r"(?:\s*[^\W\d]+){0,4}?(?:\s*(?:\(\s*)?(?:năm\s+)?(?:19|20)\d\d\s*\)?)?\s*(?:lên|xuống)\s+"
                       r"(?:(?:mức|khoảng|gần|hơn|trên)\s+)*", re.I)
_NO_UNIT_AFTER = re.compile(r"\s*(?:[,;.()]|[-–](?!\s*\d)|và\b|với\b|là\b|$|xếp\b|đứng\b|tăng\b|giảm\b|chiếm\b|lên\b|năm\s+(?:19|20)\d\d\b)", re.I)


_RESPECTIVE_RANK = re.compile(
    r"(?:(?:thứ\s+hạng|xếp\s+hạng|xếp\s+thứ)[^.;:]{0,150}?lần\s+lượt\s+(?:là\s+|ở\s+|đạt\s+|xếp\s+|đứng\s+)?"
    # ("so với năm 2021, các thứ hạng này là 24, 27, 29": the ranks just named, in an earlier year)
    r"|\b(?:các\s+)?(?:thứ\s+hạng|thứ\s+tự)\s+(?:này|đó|trên|tương\s+ứng)\s+(?:lần\s+lượt\s+)?là\s+)(?:thứ\s+)?$",
    re.I)
# A clause's subject that names what is counted: "số thuê bao ...", "thuê bao cố định ..."
_OPENING_WORDS = re.compile(r"[\s\-–•*+]*(?:(?:trong\s+đó|theo\s+đó|đến\s+nay|hiện\s+nay|tính\s+đến\s+nay)\s*,?\s*)?", re.I)
_COUNT_SUBJECT = re.compile(r"(?:tổng\s+)?số(?:\s+lượng)?\s+(?!hóa\b)\w", re.I)
# ("nâng tổng website … được cấp nhãn là 4.662": a total of counted things named without "số";
# not "Tổng vốn …", "Tổng đài …")
_TOTAL_WORD = re.compile(r"tổng\s+(?!đài\b)", re.I)
_MEASURE_WORDS = re.compile(r"\b(?:tỷ|tỉ)\s+(?:lệ|trọng)|\bchỉ\s+số|\bmật\s+độ|\btốc\s+độ|\bđiểm|\bgiá\s+trị|\bdoanh\s+thu|\bkinh\s+phí|\bnăm\b", re.I)


def _counted_subject(text: str, lo: int, lead: int) -> bool:
    """Does the clause before the verb open with what is counted ("số thuê bao", "thuê bao ...")?"""
    start = _OPENING_WORDS.match(text, lo, lead).end()
    comma = text.rfind(", ", start, lead)
    if comma >= 0:
        comma = _OPENING_WORDS.match(text, comma + 2, lead).end() - 2  # ("…, trong đó số DVCTT mức 4 là …")
        # "Thống kê lũy kế từ ngày 1-1 đến 14-11, tổng số DVCTT là ...": the last clause's subject (or the
        # whole, when a comma only joins two verbs: "số người dân kích hoạt, sử dụng tài khoản … là 31.426")
        return _counts(text[comma + 2:lead]) or _counts(text[start:lead])
    return _counts(text[start:lead])


def _counts(subject: str) -> bool:
    """Does `subject` open with what is counted?"""
    inner = list(_COUNT_SUBJECT_AFTER.finditer(subject))
    if inner and not _COUNT_SUBJECT.match(subject):
        # "Hà Nam dẫn đầu với số hồ sơ trực tuyến là 115.665 và tổng số hồ sơ là ...": the
        # subject a "với", "và" or "có" opens within the clause
        subject = subject[inner[-1].end():]
    if not subject.strip() or len(subject) > 120 or _MEASURE_WORDS.search(subject):
        return False
    total = _TOTAL_WORD.match(subject)
    return bool(_COUNT_SUBJECT.match(subject) or _COUNT_RE.match(subject) or total and _COUNT_RE.match(subject, total.end()))


# ("… nâng tổng số trạm 5G lên 30.000": what a verb raises is what is counted)
_COUNT_SUBJECT_AFTER = re.compile(rf"\b(?:với|và|có|nâng|đưa)\s+(?={_COUNT_SUBJECT.pattern}|{_TOTAL_WORD.pattern}\w)", re.I)


_COUNT_LIST_GAP = re.compile(r"[^\d.;:()%]{0,60}?(?:,|\svà|,?\s+trong\s+đó(?:\s+có)?)\s*$", re.I)  # "..., trong đó 241 mã số"
_NEXT_NOUN = re.compile(r"\s+([a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+)")
# between two counts of the same noun in one sentence: a bracket, a predicate, then a comma, ";" or "và"
_REPEAT_GAP = re.compile(r"[^\n.:;]{0,80}?(?:[,;]|\svà)\s*", re.I)
_WORD_AT = re.compile(r"\s*([^\W\d_]+)")
_NEXT_NAME = re.compile(r"\s+(?!USD\b|VNĐ\b|VND\b|EUR\b)([A-ZĐ][^\W\d_]*)")
# Words after a number that are not things counted (times, tasks, changes).
_NOT_COUNTED = re.compile(
    r"(?:năm|tháng|ngày|giờ|phút|tuần|quý|lần|nhiệm|giải|nhóm|mục|chỉ|nội|bậc|điểm|phần|tỷ|triệu|nghìn|ngàn|tuổi|độ|"
    r"k|bit)$", re.I)  # (nor a level's measure: "lưới điện cấp 110 kV" (its lower-case head), "mã hóa cấp 256 bit")


# Words a number can stand before that name nothing counted.
_FUNCTION_WORD = re.compile(
    r"(?:và|là|so|đến|tới|từ|trong|với|của|trên|dưới|khi|để|đã|được|thì|mà|hoặc|hay|nhưng|cũng|có|đạt|"
    r"chiếm|tăng|giảm|theo|tại|ở|về|này|đó|kể|trở|lên|xuống|cho|bằng|gồm|như|sau|trước|nay|mới|đều|các|những)$",
    re.I)


_PER_TEN_THOUSAND = re.compile(r"\s*vạn\s+(?:dân|người)\b", re.I)
_PER_BASE = re.compile(r"\s*(?:người\s+)?dân\b", re.I)
_OVER_BEFORE = re.compile(r"(?:\btrên|/)\s*$", re.I)
_RESTATED_AFTER = re.compile(r"\s*\(\s*(?:(?:tỷ|tỉ)\s+lệ\s+|đạt\s+|chiếm\s+|bằng\s+)?(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?\d+(?:[.,]\d+)?\s*%\s*\)"
                             r"(?:\s+(?:các|những)(?=\s))?")  # ("42/63 (chiếm 75%) các tỉnh, thành phố")
# "Chính quyền số 28/63", "an toàn thông tin mạng 53/63": an index's component, then its place
_COMPONENT_BEFORE = re.compile(
    r"(?:(?:chính\s+quyền|kinh\s+tế|xã\s+hội|nhận\s+thức|thể\s+chế|hạ\s+tầng|nhân\s+lực|dữ\s+liệu|nền\s+tảng)\s+số"
    r"|an\s+toàn\s+thông\s+tin(?:\s+mạng)?|đô\s+thị\s+thông\s+minh|\bDTI)\s*$", re.I)
# a category of the DTI ranking: "bộ, ngành có / không có dịch vụ công"; written without "có" or "ngành"
# only as a group of the ranking ("ở nhóm 18 bộ, ngành cung cấp dịch vụ công", "nhóm 17 bộ cung cấp …"):
# "22 bộ, ngành cung cấp dịch vụ công trực tuyến trên Cổng" is a count
_DTI_CATEGORY = re.compile(r"\s*bộ(?P<sector>\s*,\s*ngành)?\s+(?:(?P<has>có|không\s+có|không)\s+(?:cung\s+cấp\s+)?"
                           r"|cung\s+cấp\s+)dịch\s+vụ\s+công", re.I)
_GROUP_BEFORE = re.compile(r"\b(?:nhóm|khối)\s*$", re.I)


def _dti_category(text: str, e: int, hi: int, before: str) -> bool:
    """Does a DTI ranking's category follow the number (not a count of ministries)?"""
    m = _DTI_CATEGORY.match(text, e, hi)
    return bool(m) and (bool(m.group("sector") and m.group("has")) or bool(_GROUP_BEFORE.search(before)))
# the parts of an event's programme, under an event as subject (not "768.325 sự kiện tấn công")
_EVENT_PART = re.compile(r"\s*(?:phiên\s+)?(?:hội\s+thảo|gian\s+hàng|hoạt\s+động\s+bên\s+lề|tọa\s+đàm)\b", re.I)
_EVENT_SUBJECT = re.compile(r"\b(?:chương\s+trình|sự\s+kiện|triển\s+lãm|tuần\s+lễ|hội\s+chợ|ngày\s+hội|"
                            r"khu\s+(?:trải\s+nghiệm|trưng\s+bày))\b[^.;\n]*$", re.I)
# places or bodies counted by a bar their share passes: "17 tỉnh, thành phố có tỷ trọng … trên 10%",
# "63/63 địa phương đều đạt kết quả Chỉ số … trên 80%"
# (opening with the digit, the word boundary checked behind it, lets `re` look for digits in C)
_THRESHOLD_OF_COUNTED = re.compile(
    r"\d(?<!\w\d)\d*(?:/\d+)?\s+(?:địa\s+phương|tỉnh|xã|huyện|bộ|sở|cơ\s+quan|đơn\s+vị)\b(?:"
    r"(?:(?!\bchiếm\b|\bphủ\b|\bđã\b)[^.;:\d%(]){0,100}?(?<!,\s)\b(?:trên|hơn|từ|dưới)"
    # ("4/13 sở, ngành đã thực hiện tiếp nhận hồ sơ trực tuyến đạt tỷ lệ trên 80%": a rate's bar, whatever they did)
    r"|(?:(?!\bphủ\b)[^.;:\d%(]){0,100}?(?<!,\s)\bđạt\s+tỷ\s+lệ\s+(?:trên|hơn|từ|dưới))\s+$", re.I)
# (not a share of the whole they make up, "chiếm hơn 72%", nor what they have reached, "đã phủ xanh hơn 50%",
# nor their share in a bracket, "3.289/3.321 xã, phường (đạt trên 99%)", nor a value after a comma: "là 3
# địa phương có tỷ lệ thấp nhất, dưới 20%")
_WEEKLY_AFTER = re.compile(r"(?:\s*(?:đến|tới|-|–|và)\s*thứ\s*\d)?\s*(?:hằng|hàng|mỗi|trong)\s+tuần\b", re.I)
_DAYTIME_AFTER = re.compile(r"\s*(?:giờ\s+)?(?:sáng|chiều|tối|trưa|đêm)\b", re.I)
_WHOLE_NUMBER = re.compile(_WHOLE)  # (not "4.0" of "chợ 4.0")
# what a total counts, right before its bare number: "với tổng số thành viên 10.257"
_TOTAL_OF_RIGHT_BEFORE = re.compile(r"\btổng\s+số\s+(?:lượng\s+)?[^\W\d][^\d,.;:()%]{1,40}?\s+(?:là\s+|đạt\s+)?$", re.I)
_MERGED_FROM = re.compile(r"\b(?:sáp\s+nhập|hợp\s+nhất)\s+(?:(?:từ|của|toàn\s+bộ|các|giữa)\s+)*$", re.I)
_MADE_OF = re.compile(r"\bđơn\s+vị\s+hành\s+chính[^.;()]{0,30}(?:\(\s*gồm\b[^()]*|\bgồm\b[^().;:]*)$"
                      # ("dân số trung bình năm 2022 tỉnh Ninh Thuận 598.683 người": its mean, of the place named)
                      # (the place said before the year: "dân số trung bình của tỉnh năm 2023 là …")
                      r"|\bdân\s+số(?:\s+trung\s+bình)?(?:\s+của\s+(?:tỉnh|thành\s+phố|huyện|xã|phường)(?:\s+(?-i:[A-ZĐ])[^.;\d()]{0,25}?)?(?=\s+(?:đến|tính\s+đến|năm)\b))?"
                      r"(?:\s+(?:đến|tính\s+đến|năm)[^.;\d]{0,15}(?:19|20)\d\d)?"
                      r"(?:\s+(?:của\s+)?(?:toàn\s+)?(?:tỉnh|thành\s+phố|huyện|xã|phường)\s+(?-i:[A-ZĐ])[^.;\d()]{0,25}?)?"
                      r"\s+(?:(?:khoảng|hơn|gần|trên|ước|là|chừng)\s+)*$",
                      re.I)
# "diện tích tự nhiên 112 km2, dân số 22.312 người, với 39 tổ chức đảng": counts after a place's area or
# people in one sentence are what it is made of, as is its place by people ("… người (xếp thứ 55 …")
_PLACE_PROFILE = re.compile(r"(?:\bdiện\s+tích(?:\s+tự\s+nhiên\s+(?:(?:khoảng|gần|hơn|trên|là)\s+)?\d[\d.,]*\s*(?:km2|km²|ha)"
                            r"|\s+(?:(?:khoảng|gần|hơn|trên|là)\s+)?\d[\d.,]*\s*(?:km2|km²))(?!\w)"
                            r"|\bdân\s+số\b[^.;\d]{0,30}\d[\d.,]*\s*(?:người|nhân\s+khẩu)\b)[^.;]{0,200}$", re.I)
_AREA_SHARE = re.compile(r"\s*(?:tổng\s+)?diện\s+tích\b(?!\s+(?:gieo|canh\s+tác|trồng|nuôi|được|có|phủ))", re.I)
_COVERAGE_BEFORE = re.compile(r"\bphủ\b|\bsóng\b|(?<!\w)[2345]G\b|\bmạng\b|internet|cáp\s+quang", re.I)
_SHARE_VERB = re.compile(r"\b(?:chiếm|bằng)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.I)
# (only where the words before speak of the place's own size: "diện tích tự nhiên 14.125 km2, chiếm 39% …", "tỉnh có
# diện tích lớn thứ 3, chiếm 39% …"; not "diện tích sản xuất ứng dụng công nghệ cao chiếm 15% tổng diện tích")
_PLACE_SIZE_BEFORE = re.compile(r"(?:\bdiện\s+tích\s+(?:tự\s+nhiên|(?:lớn|rộng|nhỏ)\s+thứ)|km2|km²|\brộng\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d)"
                                r"[^;\n]*$", re.I)
_ADMIN_UNIT = r"(?:đơn\s+vị\s+hành\s+chính(?:\s+cấp\s+(?:xã|huyện))?|xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|thành\s+phố)"
_UNITS_HELD = re.compile(rf"\s*{_ADMIN_UNIT}(?:\s*,\s*{_ADMIN_UNIT})*\s*(?:[.;]|$|với\s+(?!\d))", re.I)
_DONE_HAS = re.compile(r"\b(?:đã|mới|vừa|hiện\s+đã)\s+có\s+$", re.I)
# (not what was done since: "…, dân số hơn 120.000 người, năm 2024 đã tiếp nhận 35.000 hồ sơ")
_DONE_SINCE = re.compile(r"\bđã\s+[^\W\d]+(?:\s+[^\W\d]+){0,4}\s+$", re.I)
_INVENTORY = re.compile(
    r"(?:\btoàn\s+(?:tỉnh|thành\s+phố|huyện)|\bmạng\s+lưới|\bhệ\s+thống\s+(?:y\s+tế|giáo\s+dục|trường\s+học))"
    r"[^.;:\d]{0,80}?\b(?:có|gồm)\s+\d[\d.,]*\s+(?:trường\b(?!\s+hợp)|bệnh\s+viện|cơ\s+sở\s+(?:y\s+tế|giáo\s+dục|khám)"
    r"|trạm\s+y\s+tế|trung\s+tâm\s+y\s+tế|chi\s+cục)"
    # ("Năm học 2024-2025, toàn trường có 30 lớp với 1.120 học sinh", "Trường THPT … hiện có 1.157 học sinh và 65
    # cán bộ, giáo viên": a school's size)
    r"|(?:\btoàn\s+trường|\btrường\s+(?:thpt|thcs|tiểu\s+học|mầm\s+non|trung\s+học|phổ\s+thông)\b)[^.;:\d]{0,60}?"
    r"\b(?:hiện\s+)?có\s+\d[\d.,]*\s+(?:lớp|học\s+sinh|giáo\s+viên|cán\s+bộ|trẻ)\b", re.I)


def _inventory(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_INVENTORY.search(text, start, end)`, scanned only from the first of its opening words and
    only when the window holds one of them and "có" or "gồm" (plain tests: the scan costs at every
    position; none of these letters folds apart under re.I)."""
    window = text[start:end]
    low = window.lower()
    if "có" not in low and "gồm" not in low:
        return None
    opens = [i for i in map(low.find, ("toàn", "mạng", "hệ", "trường")) if i >= 0]
    if not opens:
        return None
    # (lower-casing keeps offsets, but for "İ"; \b still sees the text before the start)
    return _INVENTORY.search(text, start + min(opens) if len(low) == len(window) else start, end)
# (a list may go on below its opening line: "…, trong đó\nmầm non 183 trường"; a line that opens no list
# ends it: "Toàn tỉnh có 540 trường mầm non, phổ thông\n- 320 trường tổ chức dạy kỹ năng số …")
_LIST_BREAK = re.compile(r"[.;]\s|\n\s*\n|(?<!đó)(?<!đó\s)(?<!gồm)(?<!gồm\s)(?<![:,])(?<![:,]\s)\n", re.I)
_DIGITAL_WORD = re.compile(r"\b(?:điện\s+tử|trực\s+tuyến|số\s+hóa|chuyển\s+đổi\s+số|công\s+nghệ|internet|phần\s+mềm|"
                           r"dữ\s+liệu|mạng(?!\s+lưới)|camera|thông\s+minh|cntt|ứng\s+dụng|nền\s+tảng|"
                           r"không\s+dùng\s+tiền\s+mặt|wi-?fi|từ\s+xa|học\s+bạ\s+số|trường\s+học\s+số|sổ\s+điểm\s+số|"
                           r"chữ\s+ký\s+số|bệnh\s+án|đơn\s+thuốc|định\s+danh|vneid|kết\s+nối|liên\s+thông)\b", re.I)
# "150 trường học triển khai …", "45 trạm y tế xã thực hiện …": what the facilities did is a figure, not
# the sector's make-up
_FACILITY_DID = re.compile(r"[^,;.()\d]{0,60}?\b(?:đã|được|đang|triển\s+khai|thực\s+hiện|sử\s+dụng|dùng|"
                           r"áp\s+dụng|tham\s+gia|ứng\s+dụng|lắp\s+đặt|trang\s+bị|phủ\s+sóng|cài\s+đặt)\b", re.I)
# (a people named after "dân tộc", and where they live: "đồng bào dân tộc Khmer sinh sống chiếm khoảng 32%")
_MINORITY_SHARE_BEFORE = re.compile(
    r"\bdân\s+tộc(?:\s+thiểu\s+số|(?P<named>(?:\s+(?-i:[A-ZĐ]\w*)){1,2}))?(?:\s+sinh\s+sống)?\s+chiếm\s+"
    r"(?:(?:gần|hơn|trên|khoảng|đến|tới|tỷ\s+lệ)\s+)*$", re.I)
# ("… với hơn 90% là bà con người dân tộc Lô Lô": who the people are, the population left unsaid)
_POPULATION_IS_AFTER = re.compile(r"\s*(?P<population>dân\s+số(?:\s+\S+){0,3}?\s+)?là\s+(?:bà\s+con\s+)?(?:đồng\s+bào|(?:người\s+)?dân\s+tộc)\b",
                                  re.I)
# (a people named, or the population left unsaid, only where the words before speak of who lives there: not
# "tập huấn kỹ năng số cho 5.000 người, trong đó 60% là đồng bào dân tộc thiểu số", "học viên dân tộc Thái chiếm 45%")
_RESIDENTS_CUE = re.compile(
    r"\b(?:dân\s+số|nhân\s+khẩu|hộ\s+dân|sinh\s+sống|chung\s+sống|cư\s+trú|cư\s+dân|dân\s+tộc\s+anh\s+em|"
    r"(?:bản|thôn|xóm|làng|buôn|ấp|sóc|xã|huyện|tỉnh|phường)\s+(?:có|với)\s+(?:(?:khoảng|hơn|gần|trên)\s+)?[\d.,]+\s+"
    r"(?:hộ|người|nhân\s+khẩu))\b"
    # ("Toàn xã có 6 bản với 488 hộ, 2.618 khẩu, 100% là dân tộc Mông")
    r"|\d\s+hộ\s*,\s*[\d.,]+\s+(?:nhân\s+)?khẩu\b", re.I)


def _who_lives_there(text: str, lo: int, a: int, after: int, hi: int) -> bool:
    """"đồng bào dân tộc thiểu số chiếm 57%", "44% dân số là đồng bào Khmer", and, where the words before
    speak of who lives there, "dân tộc Khmer sinh sống chiếm khoảng 32%", "hơn 90% là bà con người dân tộc Lô Lô"."""
    # (a plain look for the "ếm" of "chiếm" first, lower-cased: neither letter folds apart under re.I)
    b = _MINORITY_SHARE_BEFORE.search(text, max(lo, a - 60), a) if "ếm" in text[max(lo, a - 60):a].lower() else None
    p = _POPULATION_IS_AFTER.match(text, after, hi)
    if b and not b.group("named") or p and p.group("population"):
        return True
    return bool((b or p) and _RESIDENTS_CUE.search(text, max(lo, a - 200), a))


_DISTANCE_FROM = re.compile(r"\bcách(?:\s+(?:xa|trung\s+tâm))?\b(?:(?!\.\s)[^;\d]){0,50}$", re.I)  # ("TP.HCM")
_IN_A_ROW = re.compile(r"\s*(?:năm|lần|tháng|kỳ)\s+liên\s+tiếp\b", re.I)  # "giữ vững 3 năm liên tiếp": a streak
_DEMOGRAPHY = re.compile(
    # (and the units a place is made of, as classed: "13 xã biên giới", "3 huyện nghèo",
    # "371 thôn (làng) đặc biệt khó khăn", "9 huyện và 1 thành phố với 102 xã")
    r"\s*(?:(?:huyện|xã|thôn|bản|làng|phường)(?:\s*\([^()]{1,20}\))?\s+(?:biên\s+giới|nghèo|đặc\s+biệt\s+khó\s+khăn|"
    r"vùng\s+sâu|miền\s+núi)\b(?!\s+(?:chưa|đã|được|có|không)\b)"  # (not "28 thôn đặc biệt khó khăn chưa có sóng")
    r"|huyện\s+(?:và|,)\s+\d+\s+thành\s+phố\b"
    # (not residents something was done for: "1,3 triệu nhân khẩu trên địa bàn tỉnh được quản lý sức khỏe")
    r"|km2|km²|nhân\s+khẩu\b(?![^.;,\d]{0,40}\b(?:được|đã)\b)|dân\b"
    # "112 km đường biên giới, 102 km bờ biển", "2,6 triệu người ở độ tuổi lao động": a place's size and people
    r"|km\s+(?:đường\s+)?(?:biên\s+giới|bờ\s+biển|đường\s+biển)\b|người\s+(?:ở|trong)\s+độ\s+tuổi\s+lao\s+động\b"
    # "102 đơn vị hành chính cấp xã (gồm ...)", "3 đặc khu": what a province is made of
    r"|đơn\s+vị\s+hành\s+chính(?:\s+cấp\s+(?:xã|huyện|tỉnh))?\s*(?:[(,.;]|$|gồm\b|trực\s+thuộc\b|trong\s+đó\b)"
    r"|đặc\s+khu\b"
    # "Toàn thôn có 86 hộ với 440 nhân khẩu": the households of a place's population
    r"|hộ(?:\s+dân)?\s*,?\s*(?:với\s+)?(?:hơn\s+|trên\s+|gần\s+|khoảng\s+)?[\d.]+\s+(?:nhân\s+khẩu\b|người\s*(?:[,.;]|$)))", re.I)
# "Thôn … có 186 hộ dân với 945 người,": the people of a place's households
_PEOPLE_ALONE = re.compile(r"\s*(?:người|nhân\s+khẩu)\s*(?:[,.;]|$)", re.I)
_PEOPLE_OF_HOUSEHOLDS = re.compile(r"\d\s+hộ(?:\s+dân)?\s*,?\s*với\s+(?:hơn\s+|trên\s+|gần\s+|khoảng\s+)?$", re.I)
# "với hơn 400 doanh nghiệp tham dự", "kết nối trực tuyến đến 78 xã": who took part in an event
# ("500 đại biểu": delegates are always an event's; not deputies elected, "52 đại biểu HĐND tỉnh")
# ("250 cơ quan, doanh nghiệp tham dự", "11 tỉnh, thành phố dự thi")
_DEPUTIES = r"đại\s+biểu\s+(?:quốc\s+hội|hđnd|hội\s+đồng\s+nhân\s+dân)\b"  # of an elected body
_ATTENDED_AFTER = re.compile(r"[^\W\d]+(?:,?\s+[^\W\d]+){0,3}\s+(?:tham\s+dự|(?:tham\s+gia\s+)?dự\s+thi)\b|"
                             rf"(?!{_DEPUTIES})đại\s+biểu\b", re.I)
_EVENT_REACH_BEFORE = re.compile(
    r"\btrực\s+tuyến\s+(?:đến|tới)\s*$|\b(?:tham\s+dự\s+của|quy\s+tụ)\s+(?:hơn\s+|gần\s+|trên\s+|khoảng\s+)?$",
    re.I)
# "155 đại biểu đại diện cho 432 đảng viên": the members a congress's delegates stand for ("thay mặt cho" too)
_DELEGATES_FOR = re.compile(
    r"\bđại\s+biểu\b[^.;:\d]{0,30}\b(?:đại\s+diện|thay\s+mặt)\s+cho\s+(?:hơn\s+|gần\s+|trên\s+|khoảng\s+|tổng\s+số\s+)?$", re.I)
# "tổ chức … diễn tập … với sự tham gia của hơn 30 cán bộ": those taking part in an event held
_JOINED_BEFORE = re.compile(r"\bsự\s+tham\s+(?:gia|dự)\s+của\s+(?:hơn\s+|gần\s+|trên\s+|khoảng\s+)?$", re.I)
# "Cuộc thi thu hút sự tham gia của 17 đội với 113 thành viên đến từ 17 huyện": the participants' members
# and where they came from are the attendance too
_EVENTS = r"cuộc\s+thi|hội\s+thi|hội\s+nghị|hội\s+thảo|diễn\s+đàn|sự\s+kiện|tập\s+huấn|diễn\s+tập|tọa\s+đàm"  # events held
_EVENT_WORD = rf"(?:{_EVENTS}|giải\s+đấu|ngày\s+hội)"
_ABOUT = r"(?:hơn\s+|gần\s+|trên\s+|khoảng\s+)?"
_PARTICIPANTS_DETAIL = re.compile(rf"\b{_EVENT_WORD}\b[^.;:]{{0,80}}?\bsự\s+tham\s+(?:gia|dự)\s+của\s+{_ABOUT}\d[\d.,]*\s"
                                  rf"(?:[^.;:,\d]{{1,60}}?,?\s(?:với|đến\s+từ)\s+{_ABOUT}\d[\d.,]*\s)*"
                                  rf"[^.;:,\d]{{1,60}}?,?\s(?:với|đến\s+từ)\s+{_ABOUT}$", re.I)
_EVENT_HELD = re.compile(rf"\btổ\s+chức\s+(?:[^\s.;]+\s+){{0,3}}?[\"“]?(?:{_EVENTS}|lễ)\b", re.I)
# deputies at an event are its delegates all the same: "Hội nghị tập huấn … có sự tham gia của 150 đại biểu HĐND tỉnh",
# "hội nghị trực tuyến kết nối 500 đại biểu Quốc hội" (not "bầu ra 66 đại biểu HĐND tỉnh")
_DEPUTIES_AFTER = re.compile(_DEPUTIES, re.I)
_AT_AN_EVENT_BEFORE = re.compile(rf"\b(?:{_EVENT_WORD}|lễ|lớp\s+(?:tập\s+huấn|bồi\s+dưỡng|đào\s+tạo))\b[^.;\n]*$|"
                                 rf"\bsự\s+(?:tham\s+(?:gia|dự)|có\s+mặt)\s+của\s+{_ABOUT}$", re.I)


# "…; đến nay, 100% xã đã có điểm cầu …": the text turns from the event to what stands now
_NOW_STANDS = re.compile(r"\b(?:đến\s+nay|hiện\s+nay|hiện\s+tại|hiện\s+có|tính\s+đến|lũy\s+kế)\b", re.I)


def _held_in_sentence(text: str, a: int) -> re.Match[str] | None:
    """The last event held before `a` in its sentence (its clauses before too: "tổ chức Hội nghị …; toàn
    tỉnh có 168 điểm cầu"), if any, and the text has not turned to what stands now since."""
    start = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a), a - 300) + 1  # (". ": not "16.803")
    ev = max(_EVENT_HELD.finditer(text, start, a), key=lambda m: m.start(), default=None)
    return None if ev is None or _NOW_STANDS.search(text, ev.end(), a) else ev
# A level named right before a number: "trong đó cấp tỉnh 67, cấp huyện là 1.111"
# a label's count in a list after the first one ("…, Hà Nội là 2.397.000"): the first one's noun and
# its brackets, then a label of a few words alone
_LABELLED_ITEM = re.compile(r"[ \t]*(?:[^\W\d]+[ \t]*){0,3}?(?:\([^()\n]{0,40}\)[ \t]*)?[,;][ \t]*"
                            r"(?:[^\W\d]+[ \t]+){1,5}(?:(?:là|có|đạt)[ \t]+)?", re.I)
# and the first one a label of its own has: "Trong đó, hình sự có 205 bản án", "Cụ thể, Đà Nẵng có 456.000 …"
_LABEL_HAS = re.compile(r"(?:^|[,;:.]|\b(?:đó|thể))[ \t]+(?:[^\W\d][^\W\d ]*[ \t]+){1,5}(?:(?:có|là|đạt)[ \t]+)?$", re.I)
# (not a measure or a rate named instead, "…, tỷ lệ 95", "độ tuổi trung bình 35", nor the number in a
# place's name, "…, tổ dân phố số 15")
_NO_LABEL_OF_COUNT = re.compile(r"\b(?:(?:tỷ|tỉ)\s+(?:lệ|trọng)|mật\s+độ|tốc\s+độ|(?:độ\s+)?tuổi|giá|chỉ\s+số|"
                                r"(?:tổ(?:\s+dân\s+phố)?|khu\s+phố|thôn|ấp|xóm|đội|phòng|nhà|lô|đường|quốc\s+lộ|tỉnh\s+lộ)\s+số)"
                                r"(?:[ \t]+[^\W\d]+){0,2}?(?:[ \t]+(?:là|có|đạt))?[ \t]+$", re.I)
_LEVEL_BEFORE = re.compile(r"\bcấp\s+(?:tỉnh|huyện|xã|sở|thôn|bộ)(?:\s+(?:là|có|đạt))?\s+$", re.I)
_WORKING_GROUPS = re.compile(r"\s*tổ\s+công\s+tác\b", re.I)
_POSITIONS = re.compile(r"\s*vị\s+trí\s+(?:tiếp\s+theo|dẫn\s+đầu|đứng\s+đầu|đầu\s+bảng|cuối\s+bảng|còn\s+lại|cuối\s+cùng)", re.I)
_GRADE = re.compile(r"\b(?:chợ|bệnh\s+viện|đô\s+thị|khách\s+sạn|cảng|di\s+tích|đường|trường)\s+(?:hạng|loại)\s*$",
                    re.I)
# a place's name right before the bracket its number stands in: "TP.HCM (", "Hà Nội ("
_PLACE_OPEN = re.compile(r"(?-i:[A-ZĐ][\w.]*)(?:\s+(?-i:[A-ZĐ])\w*){0,3}\s*\(\s*$")
_SCORED_NEAR = re.compile(r"\bchỉ\s+số\b|\b(?:EBI|PCI|PAPI|DTI|SIPAS|PAR\s+INDEX|ICT\s+Index)\b|"
                                 r"\bxếp\s+hạng\b|\bsố\s+điểm\b|"
                                 # ("tỷ lệ DN công nghệ số/1.000 dân rất cao như: TPHCM (3,19), Hà Nội (2,29)": a rate per so many,
                                 # its slash after a word; not a part of a whole: "đạt 980/1.000 hồ sơ, … Sở Tư pháp (250)")
                                 r"\b(?:tỷ|tỉ)\s+lệ\b[^.;()]{0,60}[^\W\d]\s*/\s*(?:1\.000|100|10\.000)\b", re.I)


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding `at` starts (a line break), at most 600 characters back: the
    index its places are scored in may be named a sentence before ("… dẫn đầu về chỉ số EBI là …
    . Còn 5 địa phương có thứ hạng thấp nhất là Yên Bái (23,7), …")."""
    return max(text.rfind("\n", 0, at) + 1, at - 600, 0)


_STARS = re.compile(r"\s*sao\b", re.I)
# "[2.744] ha/2.000 ha", "[44,5 tỷ] đồng/25 tỷ đồng", "[1,6 triệu]/ 2,6 triệu": a second amount after a slash
_OVER = re.compile(rf"(?P<unit>[ \t]*[^\W\d/]+(?:[ \t]+[^\W\d/]+)?)?[ \t]*/[ \t]*(?P<num>{_NUM})"
                   rf"(?P<mag>[ \t]*(?:{MAGNITUDE_WORDS})\b)?", re.I)


_SLASH_NUMBER = re.compile(r"[ \t]*/[ \t]*\d")


def _over_in_one_unit(text: str, end: int, hi: int, mg: re.Match[str] | None) -> tuple[float, int] | None:
    """The second amount of "A unit/B unit" written in the first's unit and magnitude, and where its unit
    words start; None when the slash is a rate ("20 thuê bao/100 dân") or anything else."""
    m = _OVER.match(text, end, hi)
    if not m or (num := parse_number(m.group("num"))) is None:
        return None
    first_mag = " ".join(mg.group(0).split()).lower() if mg else ""
    if " ".join((m.group("mag") or "").split()).lower() != first_mag:
        return None
    unit = " ".join((m.group("unit") or "").split()).lower()
    after = _skip_ws(text, m.end(), hi)
    if unit and not " ".join(text[after:after + 2 * len(unit) + 2].split()).lower().startswith(unit):
        return None
    if not unit and not first_mag:
        return None  # "12/15 sở" is a fraction, read before
    return scale(num, MAGNITUDES[m.group("mag").strip().lower()] if m.group("mag") else 1.0), after


_NONE_BELOW = re.compile(r"\bkhông\s+(?:có|còn)\b[^.;:\d]{0,60}\bnào\b[^.;:\d]{0,60}?(?:dưới|trên|quá|vượt)\s+(?:mức\s+)?$", re.I)
_HAS_BEFORE = re.compile(r"\bcó\s+$", re.I)  # "toàn tỉnh có 1.525 danh mục ..."
# "đã tiếp nhận 28 sáng kiến", "đã ban hành 12 nghị định": what was done, counted
_DONE_BEFORE = re.compile(r"\bđã\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}\s+$"
                          # (the verb alone, in a list of what was done: "…; tiếp nhận 254 đơn, cấp 159 văn bằng")
                          r"|\b(?:tiếp\s+nhận|cấp|hỗ\s+trợ|đào\s+tạo|tập\s+huấn|bồi\s+dưỡng|lắp\s+đặt|thành\s+lập|"
                          r"cài\s+đặt|kích\s+hoạt|số\s+hóa|tích\s+hợp|giải\s+quyết|xử\s+lý|"
                          r"triển\s+khai|ngăn\s+chặn|phát\s+hiện|ghi\s+nhận|phát\s+hành|đăng\s+tải|thu\s+hút|"
                          # ("hỗ trợ phát triển 100 ý tưởng khởi nghiệp", "ươm tạo 200 dự án", "xây dựng 30 mô hình")
                          r"phát\s+triển|xây\s+dựng|ươm\s+tạo|đầu\s+tư|đưa\s+ra|"
                          # (a registry's own acts: "thu hồi 1.241 đăng ký xe, cấp đổi 210 … và cấp lại 469 …")
                          r"thu\s+hồi|cấp\s+(?:đổi|lại|mới)|đăng\s+ký\s+mới|"
                          r"(?:cung\s+cấp|kết\s+nối)(?:\s+(?:đến|tới|cho|với))?)\s+$", re.I)
# A date's day and month before it: "ngày 5/9", "sáng 20/10", "tháng 12/2023"
_DATE_WORD_BEFORE = re.compile(
    r"(?:\b(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|tháng|quý|năm|từ|đến|tới|vào|đầu|cuối|giữa)|\d\s*/)\s*$", re.I)
# an event held, then linked to the points it reached (not a video-conference system: "hội nghị truyền hình")
_BRIDGE_POINTS = re.compile(r"\s*điểm\s+cầu\b", re.I)
_EVENT_LINKED = re.compile(r"\b(?:lễ|phiên\s+tòa|phiên\s+toà|xét\s+xử|giao\s+ban|hội\s+nghị(?!\s+(?:truyền\s+hình|trực\s+tuyến)\b))\b"
                           r"[^.;\n]{0,120}?\b(?:kết\s+nối|trực\s+tuyến|truyền\s+hình)\b[^.;\n]*$", re.I)
# "Hệ thống hội nghị giao ban trực tuyến … 241 điểm cầu", "hạ tầng giao ban trực tuyến … kết nối tới 241 điểm cầu",
# "phòng xét xử trực tuyến tại 12 điểm cầu", "lắp đặt thiết bị giao ban trực tuyến cho 159 điểm cầu": a system's points
_SYSTEM_WORD = re.compile(r"\b(?:hệ\s+thống|hạ\s+tầng|mạng|phòng\s+(?:họp|xét\s+xử)|thiết\s+bị|lắp\s+đặt|đầu\s+tư|"
                          r"mở\s+rộng|trang\s+bị|nâng\s+cấp|đưa\s+vào\s+sử\s+dụng)\b", re.I)
# a count of places or bodies with "này" after its noun: the ones just named ("2 địa phương này")
# (after a comma, only another such noun: "12 sở, ngành này", not "95 xã, điều này giúp …")
_THESE_AFTER = re.compile(r"\s*(?:địa\s+phương|tỉnh|xã|huyện|đơn\s+vị|cơ\s+quan|doanh\s+nghiệp|sở|bộ)"
                          r"(?:,\s*(?:phường|ngành|xã|huyện|tỉnh|sở|bộ))?"
                          r"\s+này\b", re.I)
# so many times a base the text names: the economy's output, a year's level or today's ("gấp 15 lần GRDP", "tăng
# 1,5 lần so với năm 2020"; not "tăng 3 lần liên tiếp", nor a change against what a report compares with, "gấp 3,3
# lần so với cùng kỳ")
_TIMES_AFTER = re.compile(r"\s*lần(?=\s+(?:(?:so\s+với\s+)?(?:GDP|GRDP)\b|so\s+với\s+(?:năm\s+(?:19|20)\d\d|hiện\s+nay)\b))",
                          re.I)
_TIMES_BEFORE = re.compile(r"\b(?:gấp|tăng|giảm)(?:\s+(?:gấp|khoảng|hơn|gần|trên|ít\s+nhất|tối\s+thiểu|thêm|lên))*\s*$", re.I)
_GOODS_PRICE = re.compile(r"đồng\s*/\s*(?:kg|tấn|lít|USD)", re.I)  # (and an exchange rate: "25.125 đồng/USD")
_VEHICLE_SPEED = re.compile(r"km\s*/\s*(?:h|giờ)", re.I)
_MONEY_AFTER = re.compile(r"\s*(?:đồng|vnđ|vnd|usd)\b", re.I)
# ... and after it: "(10/10 hàng năm)", "ngày 5/9 vừa qua"
_DATE_AFTER = re.compile(r"\s*(?:hàng\s+năm|hằng\s+năm|năm\b|vừa\b|tới\b|qua\b|\))", re.I)
# ... nor a share of a whole: "khoảng 1/5 số hộ", "2/3 tổng số thành viên" (a fraction, not so many)
_SHARE_NOUN_AFTER = re.compile(r"\s*(?:tổng\s+)?số\b", re.I)
_STRUCTURE_WORD = re.compile(r"(?:trụ|phiên|sao|cấp|khâu|bước|loại|hạng|mức|tiêu|lĩnh|nhánh|tầng|vòng|kỳ|khóa|đợt|thứ)$", re.I)


# "lùi 5 bậc (từ 1 xuống 6)": the places a ranking moved between restate its change
_STEPS_MOVED = re.compile(r"\b(?:bậc|hạng)\s*\(\s*từ\s+(?:(?:thứ\s+)?\d+\s+(?:lên|xuống)\s+(?:thứ\s+)?)?$", re.I)


# between a count and a part of it whose noun is left unsaid: "… camera do Cục CSGT đầu tư, gồm 7 …, 8 … và"
PARTS_AFTER_WHOLE = re.compile(r"[^.;:\n\d]{0,80}?,?\s*(?:bao\s+)?gồm\s*:?\s*"
                                r"(?:\d[\d.]*\s+[^\W\d][^,;.:\n\d]{0,40}?(?:\s*,|\s+và)\s*)*", re.I)


def _unitless(
    text: str, lo: int, hi: int, a: int, e: int, tok: str, value: float, prev: Mention | None,
    last_count: Mention | None = None,
) -> Mention | None:
    """A number written without a unit that its neighbours or its subject give one."""
    if _STEPS_MOVED.search(text, max(lo, a - 40), a):
        return None
    if prev is not None and prev.unit == "rank" and "," not in tok and "." not in tok:
        fraction = _OUT_OF_PROVINCES.match(text, e, hi)
        if prev.op == "from" and RANK_REACHED_GAP.fullmatch(text, prev.end, a):
            # "từ vị trí 53 lên 46": the place a move reached, after the place it started from
            lead, op, verb = _comparator(text, lo, a)
            return Mention(a, fraction.end() if fraction else e, lead, value, None, "rank", None, None, verb)
        if fraction or _LIST_GAP.match(text[prev.end:a]):
            lead, op, verb = _comparator(text, lo, a)
            end = fraction.end() if fraction else e
            return Mention(a, end, lead, value, None, "rank", None, op or prev.op, verb)
    if prev is not None and prev.unit == "count" and "," not in tok and _LIST_GAP.match(text[prev.end:a]) \
            and _RESPECTIVELY.search(text, max(lo, prev.anchor - 40), prev.anchor) and not _YEARISH.match(tok):
        # "Số doanh nghiệp và hợp tác xã tham gia sàn lần lượt là 120 và 45": the list goes on counting
        lead, op, verb = _comparator(text, lo, a)
        return Mention(a, e, lead, value, None, "count", None, op or prev.op, verb)
    if prev is not None and prev.unit == "%" and "," not in tok and text[max(lo, a - 1):a] == "(" \
            and (f := _FRACTION.match(text, e, hi)) and "/" in f.group(0) and text[f.end():f.end() + 1] == ")" \
            and (whole := parse_number(f.group(1))) and value <= whole and abs(100 * value / whole - prev.value) < 1 \
            and not (_YEARISH.match(tok) and _YEARISH.match(f.group(1))):
        # "88% xã cũ (9.803/11.059)": the count out of its whole that the share before it makes
        # (not a school year or a span: "đạt 100% (2023/2024)")
        return Mention(a, f.end(), a, value, None, "count", None, None, False, whole)
    if _YEARISH.match(tok):
        return None
    if text[e:e + 1] == ")" and "." not in tok and value <= 100 and _PLACE_OPEN.search(text, max(0, a - 40), a) \
            and _SCORED_NEAR.search(text, _paragraph_start(text, a), a):
        # "nhóm 5 địa phương dẫn đầu về chỉ số EBI là TP.HCM (78,6), Hà Nội (75,8), ...": a place's
        # score alone in its brackets, in the index its sentence names
        return Mention(a, e, a, value, None, "other", None, None, False)
    if prev is not None and prev.unit == "count" and "," not in tok and text[e:e + 1] == ")" \
            and _COMPARED_BRACKET.search(text, max(prev.end, a - 50), a):
        # "15.321 thuê bao, tăng 1,5 lần so với cùng kỳ năm 2021 (10.280)": the earlier value, in
        # the unit of the value it is compared with
        return Mention(a, e, a, value, None, prev.unit, prev.unit_text, None, False)
    if prev is not None and prev.unit == "count" and "," not in tok and _MOVED_TO.fullmatch(text, prev.end, a) \
            and _MOVED_FROM.search(text, max(lo, prev.anchor - 20), prev.anchor) \
            and (_NO_UNIT_AFTER.match(text, e, hi) or _BY_YEAR_AFTER.match(text, e, hi)):
        # "tăng từ mức 45.600 doanh nghiệp năm 2019 lên 58.000 năm 2020": the level a change reached,
        # a count of the things its start named
        lead, op, verb = _comparator(text, lo, a)
        return Mention(a, e, lead, value, None, "count", None, op, verb)
    if last_count is not None and "," not in tok and "." not in tok and value < last_count.value \
            and _COUNT_RE.match(text, last_count.end, hi) \
            and PARTS_AFTER_WHOLE.fullmatch(text, last_count.end, a) and (noun := _NEXT_NOUN.match(text, e, hi)) \
            and not _NOT_COUNTED.match(noun.group(1)):
        # "có 47 camera …, gồm 7 giám sát tốc độ, 8 giám sát đèn tín hiệu và 19 quan sát giao thông": the whole's
        # parts by kind, its noun left unsaid
        lead, op, verb = _comparator(text, lo, a)
        return Mention(a, e, lead, value, None, "count", None, op, verb)
    if prev is not None and prev.unit == "count" and "," not in tok and _LEVEL_BEFORE.search(text, max(prev.end, a - 30), a):
        # "có 1.178 dịch vụ công, trong đó cấp tỉnh 67, cấp huyện 1.111": the count at each level
        lead, op, verb = _comparator(text, lo, a)
        return Mention(a, e, lead, value, None, "count", None, op, verb)
    if last_count is not None and value > 0 and "," not in tok and not _YEARISH.match(tok) \
            and _LABELLED_ITEM.fullmatch(text, last_count.end, a) and _NO_UNIT_AFTER.match(text, e, hi) \
            and _LABEL_HAS.search(text, max(lo, last_count.anchor - 60), last_count.anchor) \
            and not _NO_LABEL_OF_COUNT.search(text, max(lo, a - 30), a):
        # "Đà Nẵng có 456.000 cài đặt (đạt tỉ lệ 40,4%), Hà Nội là 2.397.000 (…)", "hình sự có 205
        # bản án, dân sự 152": each label's count of the things the first one named
        return Mention(a, e, _comparator(text, lo, a)[0], value, None, "count", None, None, False)
    if last_count is not None and "," not in tok and value >= 1 and _REPEAT_GAP.fullmatch(text, last_count.end, a) \
            and (noun := _NEXT_NOUN.match(text, e, hi)) and not _NOT_COUNTED.match(noun.group(1)) \
            and (first := _WORD_AT.match(text, last_count.end, hi)) and first.group(1).lower() == noun.group(1).lower():
        # "Có 10 tỉnh (15,87%) tăng điểm, 53 tỉnh (84,13%) giảm điểm": the noun counted before is counted again
        return Mention(a, _skip_ws(text, e, hi), _comparator(text, lo, a)[0], value, None, "count", None, None, False)
    if prev is not None and prev.unit == "count" and "," not in tok and _COUNT_LIST_GAP.match(text, prev.end, a) \
            and (noun := _NEXT_NOUN.match(text, e, hi)) and not _NOT_COUNTED.match(noun.group(1)):
        # "1.800 camera nhận diện khuôn mặt, 12 drone giám sát": the list goes on counting
        return Mention(a, _skip_ws(text, e, hi), _comparator(text, lo, a)[0], value, None, "count", None, None, False)
    if (shared := _UNIT_OF_THE_NEXT.match(text, e, hi)) and _RESPECTIVELY.search(text, max(lo, a - 80), a):
        # "lần lượt đứng cuối bảng với 2,1 và 1,6 điểm", "lần lượt đạt 45 và 50%": the
        # last value's unit is every value's
        lead, op, verb = _comparator(text, lo, a)
        unit = "%" if shared.group(1) == "%" else "other"
        return Mention(a, e, lead, value, None, unit, None if unit == "%" else shared.group(1), op, verb)
    rng = _SCORE_RANGE.match(text, e, hi)
    if rng and value < 1 and "," in tok and _NO_UNIT_AFTER.match(text, rng.end(), hi):
        top = parse_number(rng.group(1))
        lead, op, verb = _comparator(text, lo, a)
        if top is not None and value < top < 1 and (verb or op):
            # "giá trị DTI đạt từ khoảng 0,5 đến gần 0,6": a range of scores
            return Mention(a, rng.end(), lead, value, top, "other", None, "between", verb)
    lead, op, verb = _comparator(text, lo, a)
    if op == "from" and (to := _FROM_TO.match(text, e, hi)) and (nxt := NUMBER_TOKEN.match(text, to.end(), hi)) \
            and (top := parse_number(nxt.group(1))) is not None and (second := _classify(
                text, lo, hi, nxt.start(1), nxt.end(1), nxt.group(1), top, text[max(lo, nxt.start(1) - 25):nxt.start(1)])
                or _unitless(text, lo, hi, nxt.start(1), nxt.end(1), nxt.group(1), top, None)):
        # "tăng từ 71 lên 146 Mbps", "thứ hạng từ 43 lên thứ 15": the level a change starts
        # from is in the unit of the level it reaches (and its millions: "từ 3,2 lên 5,6 triệu")
        return Mention(a, e, lead, scale(value, second.value / top if top else 1.0), None, second.unit,
                       second.unit_text, op, verb)
    if not verb and op is None and "," not in tok and (frac := _FRACTION.match(text, e, hi)) \
            and (whole := parse_number(frac.group(1))) and 100 <= value <= whole \
            and _NO_UNIT_AFTER.match(text, frac.end(), hi) and _counted_subject(text, lo, lead):
        # "số lượng doanh nghiệp sử dụng hợp đồng điện tử 7.249/7.249, đạt 100%": counted out of all,
        # its subject says what, no verb between (not a day, a month or "24/24" hours: a hundred or more)
        return Mention(a, frac.end(), lead, value, None, "count", None, None, False, whole)
    if not _NO_UNIT_AFTER.match(text, e, hi):
        return None
    if "," not in tok and _RESPECTIVE_RANK.search(text, max(lo, a - 200), a):
        # "thứ hạng về chính quyền số, kinh tế số, xã hội số lần lượt là 22, 9, 13"
        return Mention(a, e, lead, value, None, "rank", None, op, verb)
    if value >= 2 and _WHOLE_NUMBER.fullmatch(tok) and _TOTAL_OF_RIGHT_BEFORE.search(text, max(lo, a - 60), a):
        return Mention(a, e, lead, value, None, "count", None, op, verb)  # "với tổng số thành viên 10.257."
    if (verb and op != "from" or op == "from") and value >= 2 and "," not in tok and _counted_subject(text, lo, lead):
        # ("Số lượng doanh nghiệp công nghệ số tăng nhanh từ 58.000 năm 2020 lên khoảng 80.000"
        # : a change's levels of what the subject counts)
        # "thuê bao điện thoại cố định đạt 4.567": the subject says what is counted
        return Mention(a, e, lead, value, None, "count", None, op, verb)
    if _INDEX_VALUE.match(tok) and op != "from":
        # "Chính quyền số 0,7582 (tăng 4,7%)": a DTI-style score needs no verb
        return Mention(a, e, lead, value, None, "other", None, op, verb)
    if not op and (not verb or _WITH_SCORE_IS.search(text, max(lo, a - 30), a)) \
            and _SCORE_HEAD.search(text, max(lo, a - 30), a) and ("," in tok or value < 100):
        # "Với điểm số 68,38, Hà Nội ...", "ở mức điểm 46,0415": a score its head names, no verb needed
        # (or the head's own "là": "với số điểm là 322,65")
        return Mention(a, e, lead, value, None, "other", None, op, verb)
    if not (verb or op) or op == "from":
        return None
    if _INDEX_SUBJECT.search(text, max(lo, a - 120), lead) or _INDEX_VALUE.match(tok):
        return Mention(a, e, lead, value, None, "other", None, op, verb)
    return None


# a place's size, then its place by size: "diện tích gần 15 nghìn km² (đứng thứ 5 cả nước)"
_SIZE_RANKED = re.compile(r"(?:km2|km²|\bdân|nhân\s+khẩu|\bdân\s+số\b(?:[^.;()]|\.(?=\d)){0,40}\bngười)\s*\(\s*"
                          r"(?:(?:đứng|xếp)(?:\s+hạng)?\s+(?:thứ\s+)?|thứ\s+)$"
                          # ("tỉnh có diện tích lớn thứ 3 của cả nước")
                          r"|\bdiện\s+tích(?:\s+tự\s+nhiên)?\s+(?:lớn|rộng|nhỏ)\s+thứ\s+$",
                          re.I)


def _place_make_up(text: str, a: int, e: int, hi: int, before: str, rank_word: bool) -> bool:
    """Is the number at a..e part of what a place is made of, not its progress?"""
    if _HAS_BEFORE.search(before) and not _DONE_HAS.search(before) and _UNITS_HELD.match(text, e, hi):
        return True  # "TPHCM có 168 phường, xã, đặc khu với …": the units it has, said with nothing they did
    # (plain tests for the words `_MADE_OF` and `_PLACE_PROFILE` need first: `re` tries them at every
    # position of their windows; no "i" or "s" among them, which re.I folds with "İ", "ı" and "ſ")
    if _MERGED_FROM.search(before) or ("đơn" in (close := text[max(0, a - 90):a].lower()) or "dân" in close) \
            and _MADE_OF.search(text, max(0, a - 90), a):
        # "thành lập trên cơ sở sáp nhập 3 xã", "dân số khoảng 5 triệu người và 102 đơn vị hành chính cấp
        # xã (gồm 85 xã, ...)": the units a new one is made of and its people
        return True
    # "diện tích tự nhiên 112 km2, dân số 22.312 người, với 39 tổ chức đảng": counts after its area or people
    near = text[max(0, a - 250):a].lower()
    return bool(("tích" in near or "dân" in near and ("ườ" in near or "ẩu" in near))
                and _PLACE_PROFILE.search(text, max(0, a - 250), a)) and not rank_word \
        and not _DONE_SINCE.search(text, max(0, a - 60), a) and not _DIGITAL_WORD.search(text, e, min(hi, e + 80))


def _after_magnitude(text: str, i: int, hi: int) -> int:
    """Position `i`, or after the magnitude word ("nghìn", "triệu") that follows it."""
    mg = MAGNITUDE_RE.match(text, i, hi)
    return mg.end() if mg else i


def _unit_after(text: str, i: int, hi: int) -> bool:
    """Does an amount's unit (after its millions, if any) follow position `i`?"""
    return bool(_OTHER_UNITS.match(text, _after_magnitude(text, i, hi), hi))


def _level_number(text: str, e: int, hi: int, tok: str, before: str) -> bool:
    """"dịch vụ công trực tuyến mức 3, 4", "mức độ 3 và 4": a service level, not a count; "tổ dân phố 8",
    "thôn 3", "khu phố 5": the number a village or ward is named by."""
    if tok.isdigit() and len(tok) <= 3 and _NUMBERED_PLACE_BEFORE.search(before) \
            and not _PERCENT.match(text, e, hi) and not _OTHER_UNITS.match(text, e, hi):
        return True
    return tok.isdigit() and int(tok) <= 5 and _LEVEL_NUMBERS.search(before) is not None \
        and not _PERCENT.match(text, e, hi) and not _OTHER_UNITS.match(text, e, hi) and not _COUNT_RE.match(text, e, hi)


# a village, quarter or ward named by its number (not each one of them: "mỗi thôn 2 camera")
_NUMBERED_PLACE_BEFORE = re.compile(r"(?<!mỗi\s)(?<!từng\s)(?<!các\s)(?<!\w)(?:thôn|tổ\s+dân\s+phố|khu\s+phố|ấp|xóm|khóm|tiểu\s+khu|"
                                    r"phường|quận)\s+$", re.I)


# a place's villages or party cells, then the households, people or members they hold
_SUB_UNITS = r"(?:thôn|tổ\s+dân\s+phố|khu\s+phố|ấp|bản|xóm|khóm|làng|chi\s+bộ|chi)"
_HOLDS = r"\bvới\s+(?:(?:hơn|gần|khoảng|trên)\s+)?"
_HAS_BEFORE = re.compile(r"\bcó\s+$", re.I)
_MAKE_UP_AFTER = re.compile(rf"\s+{_SUB_UNITS}\b[^.;\n\d]{{0,40}}?{_HOLDS}\d[\d.]*\s+(?:hộ|nhân\s+khẩu|người|đảng\s+viên|dân)\b", re.I)
_MAKE_UP_BEFORE = re.compile(rf"\bcó\s+\d[\d.]*\s+{_SUB_UNITS}\b[^.;\n\d]{{0,40}}?{_HOLDS}$", re.I)


def _structure_not_figure(text: str, lo: int, hi: int, a: int, e: int, tok: str, value: float, before: str,
                          rank_word: bool, component: re.Match[str] | None, component_rank: re.Match[str] | None) -> bool:
    """Is the number a year, a place's or sector's make-up, an ordinal, a class, a day or time, a
    group's label or a ranking's structure: no figure a plan measures?"""
    if _YEARISH.match(tok) and not rank_word:
        return True
    if _HAS_BEFORE.search(before) and _MAKE_UP_AFTER.match(text, e) or _MAKE_UP_BEFORE.search(text, max(0, a - 90), a):
        return True  # "xã Hòa Phú có 24 thôn với 9.850 hộ dân": the place's make-up after a merger, no progress
    if _NOT_BEFORE.search(before) and not rank_word and not component_rank and not _all_of_the_counted(text, e, hi, before) \
            and not (component and _INDEX_VALUE.match(tok)) \
            and not (_CROP_BEFORE.search(before) and _MASS_OR_AREA_AFTER.match(text, e, hi)):
        # ("Chính quyền số 28/63", "Xã hội số 0,6864 điểm" end in "số" but are a place and a score)
        return True
    if (made := _inventory(text, max(0, a - 250), min(hi, e + 30))) and made.start() < a \
            and not _LIST_BREAK.search(text, made.end(), a) and not _DIGITAL_WORD.search(text, lo, hi) \
            and not _FACILITY_DID.match(text, e, hi):
        # "Toàn tỉnh có 578 trường mầm non, …", "mạng lưới gồm 2 chi cục, 8 trung tâm y tế …": the
        # schools or health facilities a sector is made of, no digital figure
        return True
    if _place_make_up(text, a, e, hi, before, rank_word):
        return True
    if _ORDINAL_EVENT.search(before):
        return True  # "phiên họp lần thứ 9", "năm thứ 3 liên tiếp": which time, not a place
    if _GRADE.search(before) or _STARS.match(text, e, hi):
        # "chợ hạng 1", "đô thị loại 2", "bệnh viện hạng 1", "sản phẩm đạt hạng 4 sao": a class, not a rank
        return True
    if _dti_category(text, e, hi, before) or _POSITIONS.match(text, e, hi) or _WORKING_GROUPS.match(text, e, hi) \
            or _DEMOGRAPHY.match(text, _after_magnitude(text, e, hi), hi) or _IN_A_ROW.match(text, e, hi) \
            or _SIZE_RANKED.search(text, max(lo, a - 80), a):
        # "ở nhóm 17 bộ, ngành có dịch vụ công": a category of the DTI ranking;
        # "4 vị trí tiếp theo thuộc về ...": places of a ranking, not a count;
        # "thành lập 26 tổ công tác": how the work is organised, not what it achieved;
        # "diện tích 26 km2", "6.236 nhân khẩu", "47.000 dân", "gần 15 nghìn km²": a place's size,
        # not its progress, nor is its place by size ("… km² (đứng thứ 5 cả nước)")
        return True
    if _GROUP_LABEL_BEFORE.search(before) and (_GROUP_LABEL_AFTER.match(text, e, hi) or _CLASS_OF_PLACES.search(before)
                                               or _COLON_NEXT.match(text, e)):
        # "Nhóm 1 được gọi là ...", "thuộc các tỉnh nhóm 2": a group's label, not a place (its colon may end
        # the clause read: "ở nhóm 1: dữ liệu đã đạt …")
        return True
    if rank_word and _STEPS_AFTER.match(text, e, hi):
        return True  # "tụt hạng 10 bậc", "tăng hạng 5 bậc": how far it moved, not where it stands
    if value <= 7 and (_WEEKDAY_BEFORE.search(before) or rank_word and _WEEKLY_AFTER.match(text, e, hi)):
        return True  # "vào các ngày thứ 7, chủ nhật", "từ thứ 2 đến thứ 7 hằng tuần": a day of the week, no rank
    if _DAYTIME_AFTER.match(text, e, hi) and value <= 12:
        return True  # "phát vào khoảng 5 sáng và 17 giờ": a time of day
    if _CLASS_BEFORE.search(text, max(lo, a - 60), a):
        return True  # "bệnh viện công tuyến tỉnh hạng 1", "đô thị loại 2": a class, not a rank
    if _LEFT_GROUP_BEFORE.search(text, max(lo, a - 30), a):
        return True  # "Bắc Ninh rời khỏi top 10": a group a place left, nothing it reached
    return False


# the size a class of things counted is told by: "tàu cá (có) chiều dài (lớn nhất) từ 6 m đến dưới 12 m", "công suất
# máy từ 90 CV trở lên" (with the low end before the high one)
_SIZE_UNIT = r"(?:m|mét|CV|tấn)"
_SIZE_CLASS_BEFORE = re.compile(r"\b(?:chiều\s+dài|công\s+suất\s+máy|(?P<vessel>(?:tàu(?:\s+cá)?|phương\s+tiện)(?=\s+(?:từ|dưới|trên)\s)))"
                                r"(?:\s+lớn\s+nhất)?\s+"
                                rf"(?P<bound>(?:(?:từ|dưới|trên|đến)\s+)*(?:[\d.,]+\s*{_SIZE_UNIT}\s*(?:đến|-|–)\s*(?:dưới\s+)?)?)$", re.I)
_METRES_AFTER = re.compile(r"(?:\s*(?:-|–|đến)\s*[\d.,]+)?\s*(?:m|mét)(?![²³\w])", re.I)
# (how wide, high or deep a thing is, or how far: a length along a bank or a road stays a figure)
_BUILT_SIZE_BEFORE = re.compile(r"\b(?:rộng|cao|độ\s+cao|sâu|độ\s+sâu|dày|cách|đường\s+kính|bán\s+kính|mực\s+nước)"
                                r"(?:\s+(?:trung\s+bình|khoảng|hơn|gần|trên|từ|chỉ|là))*\s*$"
                                r"|\bcách(?:\s+[^\W\d]+){1,5}(?:\s+(?:khoảng|hơn|gần|chừng))?\s*$"
                                # (a size named with the thing it measures: "chiều rộng bờ trung bình 4 m", "chiều cao cột
                                # anten 45 m")
                                r"|\b(?:chiều|bề)\s+(?:rộng|cao|sâu|dày)(?:\s+[^\W\d]+){0,5}\s*$", re.I)
_SIZE_UNIT_AFTER = re.compile(rf"\s*{_SIZE_UNIT}(?!\w)", re.I)
# (a size with no bound tells a class only when "trở lên" follows or it is a vessel's: "tàu cá có chiều dài 15m trở
# lên"; not "tổng chiều dài 5.104 m", "sạt lở … chiều dài 1.176m", a length built or eroded)
_SIZE_CLASS_BOUND = re.compile(rf"\s*{_SIZE_UNIT}\s*trở\s+(?:lên|xuống)\b", re.I)
_VESSEL_BEFORE = re.compile(r"\b(?:tàu|thuyền|phương\s+tiện|ghe)\b[^.;:\d]{0,60}$", re.I)


def _size_class(text: str, lo: int, hi: int, a: int, e: int) -> bool:
    """Is the number at a..e the size that tells a class of things counted, no figure of its own?"""
    size = _SIZE_CLASS_BEFORE.search(text, max(lo, a - 60), a)
    if size is None or not _SIZE_UNIT_AFTER.match(text, e, hi):
        return False
    bare = not size.group("bound") and not size.group("vessel")
    return not bare or bool(_SIZE_CLASS_BOUND.match(text, e, hi)) \
        or bool(_VESSEL_BEFORE.search(text, max(lo, size.start() - 60), size.start()))


_OF_ALL_NOUN = re.compile(r"\s+tổng\s+số(?=\s)", re.I)
# "Trong số 1.452 thanh niên nhập ngũ, …", "(trong số 1.170 tỷ đồng …)": a clause that opens on all of the things
# counted (not "nằm trong số 10 bệnh viện", a group it is among)
_ALL_OF_BEFORE = re.compile(r"(?:^|[,(:;\n]|\btheo\s+đó)\s*trong\s+số\s*$", re.I)
# (nor the bodies a ranking assessed, nor the base of shares: "trong số 24 cơ quan, có 6 cơ quan xếp loại xuất sắc")
_POOL_AFTER = re.compile(r"[^.;\n]*?(?:\bxếp\s+(?:hạng|loại|thứ)|\bđánh\s+giá|\bcó\s+[\d,.]+\s*%)", re.I)


def _all_of_the_counted(text: str, e: int, hi: int, before: str) -> bool:
    """Is the number all of the things a clause opening on "trong số" counts, a figure of its own?"""
    return bool(_ALL_OF_BEFORE.search(before)) and not _POOL_AFTER.match(text, e, hi)


def _rank(text: str, hi: int, a: int, e: int, value: float, before: str, lead: int, op: str | None, verb: bool,
          placed_of: object) -> Mention | None:
    """A place in a ranking: "xếp thứ 18/63", "top 10", "vị trí 10 - 15/63" (None: the whole country ranked)."""
    ra = _RANK_AFTER.match(text, e, hi)
    end = ra.end() if ra and ra.end() > e else e
    if placed_of and ra and ra.end() <= e:
        ra = None  # "Bộ xếp 6/17": a place out of the 17 ranked, the fraction is the rank's
    if (span := _RANK_SPAN.match(text, e, hi)) and value < int(span.group(1)) and not _COUNT_RE.match(text, span.end(1), hi):
        # "xếp vị trí 10 - 15/63 tỉnh, thành phố": a range of places
        return Mention(a, span.end(), lead, value, float(span.group(1)), "rank", None, "between", verb)
    if (out_of := _FRACTION.match(text, e, hi)) and (not ra or ra.end() <= e):
        end = out_of.end()  # "xếp thứ 9/60 về hạ tầng số": out of the 60 ranked, no part of the wording
    if value in (34, 63) and not ra.group(0).lstrip().startswith("/") and _PROVINCES_NOUN.match(text, e, hi):
        return None  # "trong bảng xếp hạng 63 tỉnh, thành phố": the whole country ranked
    rank_op = ("<=" if not _OUTSIDE_GROUP.search(before) else ">") if _GROUP_RANK.search(before) else op
    return Mention(a, end, lead, value, None, "rank", None, rank_op, verb)


def _classify(
    text: str, lo: int, hi: int, a: int, e: int, tok: str, value: float, before: str
) -> Mention | None:
    if a > 0 and text[a - 1] in "+＋−":
        return None  # "(+8,7% và +11,6%)", "+1,6": a signed figure is a change, not a level
    if _glued_word(text, e):
        return None  # "- 3Quyết định 749/QĐ-TTg …": a list or footnote number run into the word after it
    if text.find("nào", max(lo, a - 100), a) >= 0 and _NONE_BELOW.search(text, max(lo, a - 100), a):
        return None  # "không có đơn vị, địa phương nào đạt dưới 40%": a bound no one fell under, no one's value
    lead, op, verb = _comparator(text, lo, a)
    # Percentages, possibly a range.
    r = _RANGE.match(text, e, hi)
    if r and (text[e:r.start(1)].strip(" %") in {"-", "–", "—", "đến", "tới"}):
        hi_val = parse_number(r.group(1))
        if hi_val is not None and hi_val >= value:
            return Mention(a, r.end(), lead, value, hi_val, "%", None, "between", verb)
    p = _PERCENT.match(text, e, hi)
    if p and _who_lives_there(text, lo, a, p.end(), hi):
        return None  # "đồng bào dân tộc thiểu số chiếm 57%", "44% dân số là đồng bào Khmer": who lives there
    if p and _AREA_SHARE.match(text, p.end(), hi) and _SHARE_VERB.search(before) \
            and _PLACE_SIZE_BEFORE.search(text, max(lo, a - 150), a) \
            and not _COVERAGE_BEFORE.search(text, max(lo, a - 80), a):  # (not "3G phủ sóng … chiếm 98,5% diện tích")
        return None  # "chiếm 39% diện tích vùng Tây Bắc", "bằng 4,15% tổng diện tích": a place's size
    if p and _THRESHOLD_OF_COUNTED.search(text, max(lo, a - 130), a):
        return None  # "5 địa phương có tỷ trọng kinh tế số trên GRDP hơn 20%": the bar the counted places pass
    if p:
        end = p.end()
        up = _AFTER_UP.match(text, end, hi)
        down = _AFTER_DOWN.match(text, end, hi)
        if up:
            op, end = ">=", up.end()
        elif down:
            op, end = "<=", down.end()
        if op == "from" and not up and not down and (side := _FROM_SIDE_LATER.match(text, end, hi)):
            op = "<=" if side.group(1).lower() == "xuống" else ">="
        if op == "from" and not MOVED_ON.match(text, end, hi):
            op = ">="  # ("từ 80% trở lên"; not where a move starts: "từ 87,61% xuống 86,78%")
        return Mention(a, end, lead, value, None, "%", None, op, verb)
    rank_word = _RANK_BEFORE.search(before) is not None  # (asked below up to five times: read once)
    component = _COMPONENT_BEFORE.search(before)
    component_rank = component and _OUT_OF_PROVINCES.match(text, e, hi)
    if _structure_not_figure(text, lo, hi, a, e, tok, value, before, rank_word, component, component_rank):
        return None
    # Ranks: "nhóm 30/63 tỉnh", "xếp thứ 18/63", "top 10".
    placed_of = (_RANK_VERB_BEFORE.search(before) or _RANK_LIST_BEFORE.search(text, max(lo, a - 160), a)
                 and _RANKED_GROUP_AFTER.match(text, e, hi)) \
        and (f := _FRACTION.match(text, e, hi)) \
        and 1 <= value <= (parse_number(f.group(1)) or 0) <= (250 if _COUNTRIES.match(text, f.end(), hi) else 100)
    if (rank_word or placed_of or (_OUT_OF_PROVINCES.match(text, e, hi) and (_RANK_LABEL.search(
            text, max(0, a - 80), a) or component_rank))) and "," not in tok and "." not in tok:
        return _rank(text, hi, a, e, value, before, lead, op, verb, placed_of)
    denominator = None
    value_max = None
    f = _FRACTION.match(text, e, hi)
    end = e
    span = _SPAN.match(text, e, hi)
    if span is None and (low_mg := MAGNITUDE_RE.match(text, e, hi)) and (span := _SPAN.match(text, low_mg.end(), hi)) \
            and not ((high_mg := MAGNITUDE_RE.match(text, span.end(), hi)) and high_mg.group(0).split()[0].lower()
                     == low_mg.group(0).split()[0].lower()):
        span = None  # ("3 triệu đến 3,5 triệu lượt khách": both ends in millions, the word written twice)
    # ("khoảng 2 - 15 tỉ đồng/năm", "100 - 200 Mbps", "3.400 đến 3.900 tỷ đồng": an amount's range)
    # ("khoảng 8 - 10 thành viên", "4-12 thành viên": a count's range too)
    # ("30 đến 40 cán bộ", "5 đến 7 thành viên": with "đến" as well, a count's noun after it)
    # ("tối thiểu 30 - 50 doanh nghiệp": a floor written as a range is the range, as with a percentage)
    if span and (op == "from" or op in (None, "~", ">=", ">") and (_unit_after(text, span.end(), hi)
                                                          or _COUNT_RE.match(text, _after_magnitude(text, span.end(), hi), hi))):
        top = parse_number(span.group(1))
        if top is not None and "." in span.group(1) and "." not in tok and "," not in tok \
                and value < 1000 and value * 1000 < top < value * 2000:
            value *= 1000  # "60-70.000 tỷ đồng": the low end leaves out the thousands the high end writes
        if top is not None and top > value:
            value_max, end = top, span.end()
            op = "between"
    if f and (per := _PER_PEOPLE_BEFORE.search(text, max(lo, a - 80), a)) and parse_number(per.group(1)) == parse_number(f.group(1)):
        # "Số máy điện thoại cố định trên 100 dân (đạt 8,13/100)", "(đạt 106/100)": the rate its
        # subject names, written over its base, not a part of a whole
        return Mention(a, f.end(), lead, value, None, "other", text[f.start():f.end()].strip(), op, verb)
    if f and (base := parse_number(f.group(1))) in (1000.0, 10000.0, 100000.0) and value * 10 <= base \
            and (people := _PEOPLE_BASE.match(text, f.end(), hi)):
        # "dưới 1/100.000 dân", "3,5/100.000 trẻ em": a rate over so many people, no part of a whole (a rate is a
        # small share of its base: "8.500/10.000 người dân" is a part of a whole)
        return Mention(a, people.end(), lead, value, None, "other", "/" + squash(text[f.start(1):people.end()]), op, verb)
    if f:
        denominator = parse_number(f.group(1)) or 0.0
        if denominator < value and not ("." in tok and "." in f.group(1)):
            return None
        if denominator < value:
            denominator = None  # "thu nhận 2.389.718/1.708.473 hồ sơ": more than the number assigned, counted
        end = f.end()
        if (of_all := _OF_ALL_NOUN.match(text, end, hi)) and _COUNT_RE.match(text, of_all.end(), hi):
            end = of_all.end()  # "với 107/116 tổng số dịch vụ công": the part, out of all the things named
    mult = 1.0
    mg = MAGNITUDE_RE.match(text, end, hi)
    if mg:
        mult = magnitude(mg)
        end = mg.end()
        # ("2.920 tỷ 725 triệu 704 nghìn đồng": as many parts as there are smaller magnitudes)
        while mg.group(2) is None and value_max is None and denominator is None and (
                cm := _COMPOUND_REST.match(text, end, hi)) and MAGNITUDES[cm.group(2).lower()] < mult:
            # "5 triệu 465 nghìn tỷ đồng": millions and thousands of one amount, the last word for both
            tail = MAGNITUDES[cm.group(3).lower()] if cm.group(3) else 1.0
            part = MAGNITUDES[cm.group(2).lower()]
            value, mult = value * mult + float(cm.group(1)) * part, tail
            end = cm.end()
            if cm.group(3):
                break
            value, mult = value / part, part  # (the amount in the part's magnitude, for a smaller part next)
        if mult == 1e3 and value_max is None and denominator is None and value == int(value) \
                and (rest := _THOUSANDS_REST.match(text, end, hi)) and not MAGNITUDE_RE.match(text, rest.end(), hi):
            value, mult, end = value * mult + float(rest.group(1)), 1.0, rest.end()  # "6 nghìn 870 hội viên": 6.870
        if denominator is None and (fm := _SCALED_OF_ALL.match(text, end, hi)) \
                and (wmg := MAGNITUDE_RE.match(text, fm.end(), hi)) \
                and (whole := parse_number(fm.group(1))) is not None \
                and scale(whole, magnitude(wmg)) >= scale(value, mult):
            # "1,2 triệu trong tổng số 1,4 triệu hồ sơ": the part, out of the whole
            denominator, end = scale(whole, magnitude(wmg)), wmg.end()
    if op == "from" and not MOVED_ON.match(text, end, hi):
        op = ">="
    top = scale(value_max, mult) if value_max is not None else None
    amount = scale(value, mult)  # the value with its magnitude word ("2,5 triệu")
    u = _OTHER_UNITS.match(text, end, hi)
    # (a unit before a slash and a number may be either side of a pair, "6.665,33 ha/7.610 hộ", or a value
    # over its whole in the same unit, "3 giờ/5 giờ")
    if (u is None or _SLASH_NUMBER.match(text, u.end(), hi)) and denominator is None and value_max is None \
            and (over := _over_in_one_unit(text, end, hi, mg)):
        # "2.744 ha/2.000 ha (đạt 137%)", "44,5 tỷ đồng/25 tỷ đồng", "1,6 triệu/ 2,6 triệu khách hàng": a
        # value over its whole or its plan, both in one unit; the whole is the value's denominator
        whole, after = over
        u = _OTHER_UNITS.match(text, after, hi)
        if whole >= amount:
            denominator = whole
        if u is not None:
            return Mention(a, u.end(), lead, amount, top, "other", u.group(1), op, verb, denominator)
        if denominator is not None and (noun := _COUNT_RE.match(text, after, hi)):
            return Mention(a, noun.end(), lead, amount, top, "count", None, op, verb, denominator)
        u = None
    if u is None and denominator is None and (times := _TIMES_AFTER.match(text, end, hi)) and _TIMES_BEFORE.search(before):
        # "gấp 15 lần GRDP", "tăng 1,5 lần so với năm 2020": how many times a base (a result's rise told so is a
        # change, which the grammar drops; a target's is a quantity)
        return Mention(a, times.end(), lead, amount, top, "other", "lần", op, verb)
    if u and mg and mg.group(2) is None and mg.group(1).lower() == "triệu" and u.group(1) == "TB":
        # "23,65 triệu TB": millions of subscribers (thuê bao), no terabytes are counted in millions
        return Mention(a, u.end(), lead, amount, top, "count", None, op, verb)
    if u and denominator is None:
        if u.group(1).lower() in _DURATIONS and not (
                op in ("<=", "<", "~") and u.group(1).lower() != "ngày"
                or u.group(1).lower().startswith("ngày") and _days_taken(text, lo, a, u.end(), hi)):
            return None  # "lúc 8 giờ", "trong vòng 24 giờ", "sau 3 ngày": a time, not a target
        if u.group(1).lower() == "giây" and op is None and not verb:
            return None  # "Thời gian chờ: 60 giây" (a page's log-in timer): seconds measured say "còn", "khoảng", "chỉ"
        if u.group(1).lower() == "km" and _DISTANCE_FROM.search(text, max(lo, a - 60), a):
            return None  # "cách TP.HCM khoảng 120 km": how far a place lies, not what a plan measures
        if u.group(1).lower() in ("đồng", "vnđ", "vnd", "đ") and amount < 1_000_000:
            return None  # "gửi xe 5.000 đồng", "đĩa cơm 45 ngàn đồng": a price, not what a plan measures
        if _GOODS_PRICE.fullmatch(u.group(1)) or _VEHICLE_SPEED.fullmatch(u.group(1)):
            # "16.000 đồng/kg bột miến", "25.125 đồng/USD", "đi với tốc độ 99,6 km/h": a market price or
            # an exchange rate, a vehicle's speed
            return None
        if u.group(1).lower() == "điểm" and amount % 1 == 0 and not _INDEX_SUBJECT.search(text, max(lo, a - 100), a) \
                and (_PLACES_OF_SERVICE.search(text, max(lo, a - 100), a) or amount >= 2000
                     or _AT_PLACES.search(text, max(lo, a - 30), a) or _MADE_OF_POINTS.search(text, max(lo, a - 12), a)):
            # "Tổng điểm phục vụ bưu chính trên địa bàn 265 điểm": places counted, not a score; so are
            # thousands of them ("đơn vị chấp nhận thanh toán đạt hơn 15.300 điểm"): no index scores so high
            return Mention(a, u.end(), lead, amount, top, "count", None, op, verb)
        if u.group(1).lower() == "điểm" and amount % 1 == 0 and (whole := _out_of_all(text, u.end(), hi, "điểm", value)):
            # "gần 200 điểm trong tổng số 370 điểm di tích": places, out of all of them
            return Mention(a, whole[0], lead, amount, top, "count", None, op, verb, whole[1])
        return Mention(a, u.end(), lead, amount, top, "other", u.group(1), op, verb)
    if (amount in (100, 1000, 10000) and _PER_BASE.match(text, end, hi) or amount == 1 and _PER_TEN_THOUSAND.match(text, end, hi)) \
            and _OVER_BEFORE.search(before):
        return None  # "thành viên ... trên 100 dân", "Số giường bệnh trên 1 vạn dân": the base of a rate, not a quantity
    if _PEOPLE_OF_HOUSEHOLDS.search(text, max(lo, a - 40), a) and _PEOPLE_ALONE.match(text, end, hi):
        return None  # "186 hộ dân với 945 người": how many live there, not what a plan measures
    if _EVENT_REACH_BEFORE.search(before) or _ATTENDED_AFTER.match(text, _skip_ws(text, end, hi), hi) \
            or _DEPUTIES_AFTER.match(text, _skip_ws(text, end, hi), hi) and _AT_AN_EVENT_BEFORE.search(text, max(lo, a - 200), a) \
            or _DELEGATES_FOR.search(text, max(lo, a - 60), a) \
            or _JOINED_BEFORE.search(before) and _EVENT_HELD.search(text, max(lo, a - 200), a) \
            or _PARTICIPANTS_DETAIL.search(text, max(lo, a - 260), a):
        return None  # an event's reach or attendance, not what a plan measures (the spec's "tham dự")
    if _BRIDGE_POINTS.match(text, end, hi) and (ev := _EVENT_LINKED.search(text, max(lo, a - 160), a)
                                                 or _held_in_sentence(text, a)) \
            and not _SYSTEM_WORD.search(text, max(0, ev.start() - 20), a):
        # "LỄ công bố kết nối truyền hình tới 124 điểm cầu": where an event was watched, its reach; so are the
        # points of an event held ("tổ chức Hội nghị …; toàn tỉnh có 168 điểm cầu, với 16.803 đại biểu …")
        return None
    if _THESE_AFTER.match(text, end, hi):
        return None  # "6 địa phương này có số lượng …": the places just named, counted again
    if _ALONG_WITH_BEFORE.search(before) and _OTHERS_AFTER.match(text, end, hi):
        return None  # "Cùng với 8 huyện, thành phố khác của tỉnh, …": the others it stands with, no figure
    if _EXCEPT_BEFORE.search(text, max(lo, a - 20), a):
        return None  # "157/159 xã (trừ 02 xã đảo)": the ones left out of a value, not a value
    if _COMPARED_BASE_BEFORE.search(text, max(lo, a - 30), a) and not _OF_A_YEAR_AFTER.match(text, end, hi):
        return None  # "… là con số ấn tượng nếu so sánh với 10.598 xã phường": what a value is set against
    if _SHORT_BY_BEFORE.search(text, max(lo, a - 30), a):
        return None  # "so với mục tiêu ... còn thiếu 4 doanh nghiệp": how far from an aim, not a value
    if _SURVEYED_BEFORE.search(text, max(lo, a - 60), a) or (
            _OPINIONS_OF_BEFORE.search(text, max(lo, a - 100), a) and _SURVEY_WORD.search(text, max(lo, a - 150), min(hi, a + 300))):
        return None  # "khảo sát 1.000 người tiêu dùng": a survey's sample, not a count of anything reached
    if _RANKED_AMONG.search(before):
        return None  # "xếp hạng thứ 7 trong 17 Bộ, ngành": how many were ranked, no count of anything done
    if _ONE_AMONG.search(before) and value <= 100:
        # "là 1 trong 9 tỉnh dẫn đầu": a place among the first 9; "là một trong 7 ngành
        # của kinh tế số lõi", "một trong 06 tỉnh sớm ban hành": only the group's size
        # (a large one is a count: "một trong 9.000 người dân hưởng ứng")
        if _LEADERS_AFTER.match(text, end, hi):
            noun = _COUNT_RE.match(text, end, hi) or _PROVINCES_NOUN.match(text, end, hi)
            return Mention(a, noun.end() if noun else end, lead, value, None, "rank", None, "<=", verb)
        return None
    if _EVENT_PART.match(text, end, hi) and _EVENT_SUBJECT.search(text, max(lo, a - 160), a):
        return None  # "Chương trình năm nay có 6 hội thảo", "triển lãm … với 60 gian hàng": an event's programme
    noun = _COUNT_RE.match(text, end, hi) or _initials_counted(text, end, hi)
    if noun is None and (quoted := _QUOTED_THING.match(text, end, hi)) and not _LIKENED_BEFORE.search(before):
        noun = quoted  # "Gần 3.200 'mắt thần'", 'ít nhất 1 "thôn thông minh"' (not "như là 1 “cánh tay nối dài”")
    if noun is None and (places := _PROVINCES_NOUN.match(text, end, hi)) and _PLACES_DID.match(text, places.end(), hi):
        # "Hiện 60 tỉnh đã ban hành kế hoạch", "18 tỉnh, thành phố đã phát sóng 5G": the places
        # that did something, counted
        noun = places
    if noun is None and denominator is not None:
        # "28/34 tỉnh đã hoàn thành ...": provinces out of the country's, counted
        noun = _PROVINCES_NOUN.match(text, end, hi)
    if noun is None and denominator is not None and (aside := _ASIDE.match(text, end, hi)) \
            and (things := _COUNT_RE.match(text, aside.end(), hi)) and things.group(0).strip().lower() != "điểm":
        # "69/95 (tính theo số xã sau sáp nhập) xã đạt chuẩn": an aside between the part and its things
        return Mention(a, aside.end(), lead, amount, top, "count", None, op, verb, denominator)
    restated = _RESTATED_AFTER.match(text, end, hi) if noun is None else None
    if restated:
        # "gần 4.500 (70,8%) thủ tục": the share in brackets restates the count's share
        noun = _COUNT_RE.match(text, restated.end(), hi)
        if noun and (not _PROVINCES_NOUN.match(noun.group(0)) or denominator is not None):
            return Mention(a, _skip_ws(text, end, hi), lead, amount, top, "count", None, op, verb, denominator)
        noun = None
    if noun and _PROVINCES_NOUN.match(noun.group(0)):
        if value in (34, 63, 64) and mult == 1 and denominator is None \
                and not _WHOLE_COUNTRY_DID.match(text, noun.end(), hi):
            # "trong 63 tỉnh, thành phố": the whole country, not a count (unless every one of them
            # did something: "63 tỉnh, thành đã ban hành chính sách …")
            return None
        if _AMONG_BEFORE.search(before):
            # "là 1 trong 9 địa phương đứng đầu": a place among the first 9
            return Mention(a, noun.end(), lead, value, None, "rank", None, "<=", verb)
        if _TOP_GROUP_AFTER.match(text, noun.end(), hi):
            return None  # "5 tỉnh, thành phố dẫn đầu chỉ số này lần lượt là …": the size of a ranking's top group

    if noun and (period := _PER_PERIOD.match(text, noun.end(), hi)):
        # "8 chuyên mục/tháng", "01 phóng sự/tháng": a rate in time, its unit as written
        # (the things counted stay in the wording)
        return Mention(a, _skip_ws(text, end, hi), lead, amount, top, "other",
                       squash(f"{noun.group(0).strip()}/{period.group(1)}"), op, verb)
    if (noun or _word_after(text, end, hi)) and denominator is None \
            and _EACH_PERSON_BEFORE.search(text, max(lo, a - 100), a):
        # "mỗi người dân có 1 định danh số", "mỗi hộ gia đình có 1 điện thoại thông minh": so many
        # things per person, a rate in their unit (not a count of them)
        thing = noun.group(0) if noun else _word_after(text, end, hi)
        return Mention(a, _skip_ws(text, end, hi), lead, amount, top, "other", squash(thing), op, verb)
    # "0,7 doanh nghiệp công nghệ số/1.000 dân", "48,5 giường bệnh/1 vạn dân" (things no list names, in a few words):
    # a rate per so many people, its unit as written; the rate's words also name what is counted: they stay in the
    # wording
    per = _PER_PEOPLE.match(text, noun.end(), hi) if noun else \
        _THING_PER_PEOPLE.match(text, end, hi) if denominator is None else None
    if per:
        return Mention(a, _skip_ws(text, end, hi), lead, amount, top, "other",
                       squash(text[noun.start() if noun else end:per.end()]), op, verb)
    if noun:
        base = _PER_PEOPLE_BEFORE.search(text, max(lo, a - 80), a)
        if base and denominator is None:
            # "số thuê bao băng rộng di động/100 dân đạt 85 thuê bao": the subject's rate, its unit
            return Mention(a, noun.end(), lead, amount, top, "other",
                           squash(f"{noun.group(0).strip()}/{base.group(1)} {base.group(2)}"), op, verb)
        if noun.group(0).strip().lower() == "điểm" and denominator is not None and _OTHER_UNITS.match(text, end, hi):
            # "nhận thức số đạt 40/50 điểm, …": a score out of the most it can be, not places
            return Mention(a, noun.end(), lead, value, None, "other", "điểm", op, verb)
        if noun.group(0).strip().lower() == "điểm" and amount % 1:
            # "0,48 điểm về chuyển đổi số": a score, not points of access
            return Mention(a, noun.end(), lead, value, None, "other", "điểm", op, verb)
        if denominator is None and (whole := _out_of_all(text, noun.end(), hi, noun.group(0).strip(), amount)):
            # "đã cung cấp 56 dịch vụ trong tổng số 76 dịch vụ thuộc danh mục": 56 out of the 76, one count
            return Mention(a, whole[0], lead, amount, top, "count", None, op, verb, whole[1])
        return Mention(a, _skip_ws(text, end, hi), lead, amount, top, "count", None, op, verb, denominator)
    # "có hơn 1.000 tình nguyện viên", "gần 41.770 học viên", "ít nhất 01 diễn đàn": a
    # number that a verb or comparator leads, before a noun no list names, counts it too
    # (millions of things are counted, their name capitalised or not: "32,1 triệu Sổ sức khỏe điện tử")
    # ("tái cấu trúc 265/265 quy trình", "3/8 UBND cấp huyện có …": a part out of its whole counts
    # the noun after it, whatever the noun; not a date's day and month: "ngày 5/9 UBND tỉnh …")
    # (nor a thing's share: "1/3 số nghề", "chiếm 1/3 tổng số"; a document's number: "Nghị định 87/2020";
    # an amount over another: "23.919/26.331 đồng/USD")
    part_of_whole = denominator is not None and f is not None and "/" in f.group(0) and denominator >= 5 \
        and not _DATE_WORD_BEFORE.search(before) and not (1945 <= denominator <= 2050 and "." not in f.group(1)) \
        and not _OTHER_UNITS.match(text, end, hi) and not _MONEY_AFTER.match(text, end, hi) \
        and not (value <= 31 and denominator <= 12 and _DATE_AFTER.match(text, end, hi)) \
        and not _SHARE_NOUN_AFTER.match(text, end, hi)
    word = _NEXT_NOUN.match(text, end, hi) or (_NEXT_NAME.match(text, end, hi) if mg or part_of_whole else None)
    # (a small number with only a verb before it is mostly structure: "được thực hiện 3 trụ cột")
    led = op or part_of_whole or ((verb or _HAS_BEFORE.search(text, max(lo, a - 20), a)
                                   or _DONE_BEFORE.search(text, max(lo, a - 30), a)) and amount >= 10) \
        or bool(_REMAINING_BEFORE.search(text, max(lo, a - 30), a) and (b := _BODIES.match(text, end, hi))
                and _IN_A_STATE.match(text, b.end(), hi))
    if denominator is not None and verb and _NO_UNIT_AFTER.match(text, end, hi) and _counted_subject(text, lo, lead):
        # "tổng số DVCTT của tỉnh là 1.542/1.871, gồm: ...": the subject says what is counted
        return Mention(a, end, lead, value, None, "count", None, op, verb, denominator)
    if mg and denominator is None and _NO_UNIT_AFTER.match(text, end, hi) and mult >= 1_000_000 \
            and _MONEY_SUBJECT.search(text, max(lo, a - 120), a):
        # "Kinh phí phân bổ hằng năm ... là khoảng 30 tỷ, chiếm 0,3% ...": money, "đồng" left unsaid
        return Mention(a, end, lead, amount, top, "other", "đồng", op, verb)
    if mg and denominator is None and _NO_UNIT_AFTER.match(text, end, hi):
        # "tài khoản đã kích hoạt trên 65 triệu, vượt mục tiêu 40 triệu": a number of
        # millions with nothing after it counts what its clause names
        return Mention(a, end, lead, amount, top, "count", None, op, verb)
    if word and led and (denominator is None or f is not None and "tổng" in f.group(0) or part_of_whole) \
            and ("," not in tok or mg) \
            and not _NOT_COUNTED.match(word.group(1)) and not _FUNCTION_WORD.match(word.group(1)) \
            and not (_STRUCTURE_WORD.match(word.group(1)) and amount < 100):
        # ("TP đã có 96.515 trên tổng số 98.608 trẻ đã được cập nhật …": out of a whole, too)
        # (structure is counted small: "3 trụ cột", "2 phiên"; "33.936 phiên tấn công" are events)
        return Mention(a, _skip_ws(text, end, hi), lead, amount, top, "count", None, op, verb, denominator)
    return None
