"""Indicator wording: trim lead-ins, verbs, qualifiers and scope phrases."""

from __future__ import annotations

import re
from functools import lru_cache

# Administrative levels a sentence may split its values by.
SCOPE = (
    r"cấp\s+(?:tỉnh|huyện|xã|cơ\s+sở|thôn|trung\s+ương|bộ|sở|thành\s+phố|phường)"
    r"(?:\s*,\s*(?:phường|thị\s+trấn|đặc\s+khu|quận|thị\s+xã|thành\s+phố)(?![\w]))*"
)
SCOPE_RE = re.compile(SCOPE, re.I)
# a place by its name ("huyện Cam Lộ", "xã Tân Hòa"): whose value it is, no level (NAMED_PLACE: its start;
# PLACE_NAME: the whole name, up to four capitalised words)
NAMED_PLACE = re.compile(r"(?:huyện|quận|thị\s+xã|thị\s+trấn|thành\s+phố|tỉnh|xã|phường)\s+(?-i:[A-ZĐ\u00C0-\u1EF8])", re.I)
PLACE_NAME = NAMED_PLACE.pattern + r"[\w.]*(?:\s+(?-i:[A-ZĐ\u00C0-\u1EF8])[\w.]*){0,3}"
# the whole place a measure is of, at its end ("tỷ lệ … toàn tỉnh", "… của tỉnh", "trên địa bàn tỉnh"), which a
# named part replaces
WHOLE_PLACE_END = re.compile(r"(?:(?:\s+(?:trong|của))?\s+toàn|\s+của|\s+trên\s+địa\s+bàn(?:\s+toàn)?)"
                             r"\s+(?:tỉnh|thành\s+phố|huyện)\s*$", re.I)
# Population groups a sentence may split its values by, as it does by level.
POPULATION_GROUP = r"(?:thành\s+thị|nông\s+thôn|đô\s+thị)"
# "tại cấp tỉnh", "đối với cấp huyện", "ở cấp xã", "(đơn vị) cấp xã"
_SCOPE_INTRO = r"(?:(?:tại|đối\s+với|ở|trong|của|thuộc)\s+(?:các\s+)?(?:cơ\s+quan\s+|đơn\s+vị\s+)?)"
SCOPE_LOCAL_RE = re.compile(rf"{_SCOPE_INTRO}({SCOPE})", re.I)
# "cấp tỉnh, cấp huyện và" — several levels sharing one number.
SCOPE_LIST_RE = re.compile(
    rf"({SCOPE})((?:\s*,\s*{SCOPE}|\s+và\s+{SCOPE})*)", re.I
)

_HEADS = re.compile(
    r"\b(?:tỷ\s+lệ|tỉ\s+lệ|tỷ\s+trọng|tỉ\s+trọng|chỉ\s+số|số\s+lượng|mức\s+độ|tốc\s+độ|tổng\s+số|"
    r"doanh\s+thu|giá\s+trị|quy\s+mô|năng\s+suất)\b",
    re.I,
)
_LEADIN = re.compile(
    r"^(?:(?:đồng\s+thời|ngoài\s+ra|bên\s+cạnh\s+đó|cụ\s+thể|mặt\s+khác|tuy\s+nhiên|đặc\s+biệt|nhờ\s+đó|qua\s+đó|đáng\s+chú\s+ý|riêng|tiếp\s+theo(?:\s+là)?|"
    r"bước\s+sang(?:\s+năm)?|"
    r"thứ\s+(?:nhất|hai|ba|tư|năm|sáu)|theo\s+kế\s+hoạch|kế\s+hoạch\s+(?:cũng\s+)?(?:nêu\s+rõ|đề\s+ra|xác\s+định)|"
    # who says it, what is carried out, and when: "Theo đánh giá của Ban Chỉ đạo ..., ",
    # "Thực hiện Đề án 06, ", "từ ngày 15/12/2021 đến ngày 14/12/2022, ", "Trong khi đó, "
    r"(?:cũng\s+)?theo\s+(?:đánh\s+giá|số\s+liệu|báo\s+cáo|thống\s+kê|công\s+bố)[^,.;:\d]{0,80}|"
    # ("Theo kết quả công bố, ": not one that names the index ranked, "Theo kết quả xếp hạng Chỉ số …, ")
    # ("Theo kết quả đánh giá, xếp hạng, ", "… công bố mới đây, ", "… công bố của Bộ Khoa học và Công nghệ, ": who and
    # when, the index still unnamed)
    r"(?:cũng\s+)?theo\s+kết\s+quả\s+(?:đánh\s+giá|công\s+bố|xếp\s+hạng)(?:\s*(?:,|và)\s*(?:đánh\s+giá|công\s+bố|xếp\s+hạng))*"
    r"(?:\s+(?:mới\s+(?:đây|nhất)|gần\s+đây))?(?:\s+của\s+(?:(?!chỉ\s+số)[^,.;:\d]){2,80})?(?=\s*,)|"
    # ("Theo Sở KH&CN tỉnh Gia Lai, ": the agency that gives the figures)
    r"(?:cũng\s+)?theo\s+(?-i:(?:Sở|Bộ|Cục|Tổng\s+cục|Ban|UBND|Ủy\s+ban|Trung\s+tâm|Văn\s+phòng|Viện|Hiệp\s+hội|Công\s+an|BHXH|"
    r"Bảo\s+hiểm|Ngân\s+hàng))[^,.;:\d]{0,60}|"
    # ("Theo ông Nguyễn Văn A, Giám đốc Sở …, ", "Theo chia sẻ của anh Lâm, ": the person who gives the figures)
    r"(?:cũng\s+)?theo\s+(?:(?:chia\s+sẻ|ý\s+kiến|lời)\s+(?:của\s+)?)?(?-i:(?:ông|bà|anh|chị|đồng\s+chí|Ông|Bà|Anh|Chị|"
    r"PGS\.?\s*TS\.?|TS\.?|ThS\.?)\s+[A-ZĐÀ-Ỹ])[^,.;:\d]{0,40}"
    r"(?:\s*[,–-]\s*(?-i:[A-ZĐÀ-Ỹ])(?:[^,.;:\d]|\.\s?(?-i:[A-ZĐ])){1,80}){0,2}|"
    # ("Theo Gartner, ", "Theo Ookla, ", "Theo WIPO, ": a firm or body named in Latin letters)
    r"(?:cũng\s+)?theo\s+(?-i:[A-Z][A-Za-z&-]+)(?:\s+(?-i:[A-Z][A-Za-z&-]*)){0,3}(?=\s*,)|thực\s+hiện\s+[^,.;:\d]{1,40}?(?:\s+\d+)?|"
    # (the date written "22/3", "22-3" or "22.3", with "ngày" or without: "Tính đến 23/2, ")
    # ("Tính đến cuối năm, ", "Đến hết tháng 6, ": when, its year said elsewhere)
    r"(?:tính\s+)?(?:đến|tới)\s+(?:hết|cuối|giữa)\s+(?:năm(?:\s+nay)?|(?:tháng\s+\d{1,2}|quý\s+[\dIV]{1,3})(?:\s*[/-]\s*\d{4})?)|hết\s+năm|"
    r"(?:từ|tính\s+(?:đến|tới)|đến)\s+(?:hết\s+)?(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
    r"(?:\s+đến\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)?|trong\s+khi\s+đó|cùng\s+với\s+đó|"
    # ("Trước đó, từ ngày 21 – 30.9, ": when, a span of days written with a dash)
    r"(?:trước|sau)\s+đó|"
    # ("Sau khi sáp nhập, ", "Sau 4 tháng vận hành mô hình chính quyền hai cấp, ": when, as a span since something)
    # (not "Sau khi sáp nhập với Quảng Nam, Đà Nẵng tụt xuống vị trí 17": a partner named says what is ranked)
    # (what is carried out may be named by its number and date: "Sau 6 tháng thực hiện Nghị quyết 57-NQ/TW, ",
    # "Sau 9 tháng triển khai Đề án 06, ", "Sau 100 ngày vận hành, ")
    r"sau\s+(?:khi\s+|hơn\s+|gần\s+)?(?:(?:\d{1,3}|một|hai|ba|bốn|năm|sáu)\s+(?:ngày|tuần|tháng|năm)\s+)?"
    r"(?:(?!với\s)[^,.;:\d]|(?:đề\s+án|nghị\s+quyết|chỉ\s+thị|kế\s+hoạch|quyết\s+định|chương\s+trình)\s+(?:số\s+)?\d+"
    r"|\d+(?:\s*[-/]\s*[^\W\d_]+)+|ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?){2,90}|"
    r"(?:từ\s+)?ngày\s+\d{1,2}\s*[–-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|"
    # a day's news ("Chiều 12/5, "), a frame ("Thời gian qua, ", "Song song với ..., ", "Với sự vào cuộc ..., ")
    r"(?:ngày|sáng|chiều|tối|trưa)\s+\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?|thời\s+gian\s+qua|như\s+vậy|trong\s+năm|với\s+mục\s+tiêu|kết\s+quả|"
    r"trên\s+cơ\s+sở\s+đó|(?:song\s+song|cùng)\s+với\s+[^,.;:\d]{3,80}|với\s+sự\s+[^,.;:\d]{3,80})\s*,\s*"
    # ("Mặc dù bắt đầu phát triển từ 2017 nhưng đến nay, …": a concession before what is reported)
    r"|mặc\s+dù\s+[^,.;:]{3,80}?\s+nhưng\s+"
    # ("bao gồm vốn ngân sách tỉnh 80 tỷ đồng": a part of the whole before, named after its verb)
    r"|(?:theo\s+đó|trong\s+đó|riêng(?=\s)|(?:bao\s+)?gồm(?=\s)|đến\s+nay|hiện\s+nay|hiện\s+tại|tính\s+đến\s+nay|trong\s+năm\s+qua|năm\s+qua|"
    r"(?:tính\s+)?(?:đến|tới)\s+thời\s+điểm\s+(?:hiện\s+tại|hiện\s+nay|này)|"
    # "nhưng đến tháng 7 ...", "với tổng giá trị ...", "với dân số ...": when, and a bare "với" before a measure
    # ("Trong quý I, …" once its year is gone)
    r"(?:nhưng\s+|trong\s+)?(?:đến\s+)?(?:tháng|quý)\s+[\dIV]{1,4}(?:\s*[/-]\s*\d{4})?(?=\s*,|\s+(?:mới|chỉ|đã|có)\b)|"
    r"với(?=\s+(?:tổng\s+)?(?:giá\s+trị|dân\s+số|tỷ\s+lệ|tỉ\s+lệ|doanh\s+thu|quy\s+mô|mật\s+độ|tổng\s+số|số\s+lượng)\b)|"
    r"với\s+kết\s+quả\s+(?:đó|này|trên)|(?:và\s+)?nâng(?=\s+tổng\b)|lũy\s+kế(?:\s+đến\s+nay)?(?=\s*,|\s+(?:đã|có|là|từ|đến|tới|tính\s+đến|\d+\s+tháng|năm)\b)|sau\s+(?:\d+|hai|ba|bốn|năm)\s+năm\s+(?:triển\s+khai|thực\s+hiện)(?:\s+\w+){0,4}?)\s*,?\s*)+",
    re.I,
)
# who said it: "Ông Đặng Duy Hiển, Phó Giám đốc Trung tâm ..., cho biết, ..."
_SAID = re.compile(r"^.{0,200}?\b(?:cho\s+biết|nhấn\s+mạnh|khẳng\s+định)\b\s*[,:]?\s*(?:(?:hiện\s+nay|đến\s+nay)\s*,?\s*)?(?=\S)", re.I)
_PILLAR_LEAD = re.compile(
    # (not "về tỷ lệ nộp hồ sơ trực tuyến, ... đạt 72,35%": a measure named is the wording)
    r"^(?:về|đối\s+với|trong\s+lĩnh\s+vực)\s+(?!(?:tỷ|tỉ)\s+(?:lệ|trọng)|chỉ\s+số|số\s+lượng)[^,:]{0,160}?,\s*|"
    r"^(?:phát\s+triển|xây\s+dựng|hoàn\s+thiện)\s+(?:chính\s+quyền|chính\s+phủ|kinh\s+tế|xã\s+hội)\s+(?:số|điện\s+tử)(?:\s+(?:với|là|có))?\s*$",
    re.I,
)
# Vietnamese capital letters (a name's first letter; "Ân", "Ứng Hòa" as well as "Nho Quan")
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_ACTOR = re.compile(
    r"^(?:(?:ủy\s+ban\s+nhân\s+dân|ubnd|chủ\s+tịch\s+(?:ủy\s+ban\s+nhân\s+dân|ubnd)|hđnd|tỉnh\s+ủy)"
    # (the whole name or nothing: "UBND huyện Nho Quan đạt …" names who reached the value)
    rf"(?:\s+(?:tỉnh|thành\s+phố|huyện))?(?-i:(?:\s+[{_UPPER}][^\s,]*){{0,3}})\s+(?-i:(?![{_UPPER}])))?"
    # ("giao" as a verb, not in a noun: "giao dịch", "giao diện", "giao thông")
    r"(?:(?:cũng\s+)?(?:yêu\s+cầu|đề\s+ra|đặt\s+ra|xác\s+định|giao(?!\s+(?:dịch|diện|thông|tiếp|lưu|nhận)\b))\s+)?"
    # ("(vượt xa so với mục tiêu đặt ra là 50%)": the aim the value beside it was measured against)
    r"(?:(?:vượt(?:\s+xa)?\s+)?(?:so\s+với\s+)?(?=(?:các\s+)?(?:mục|chỉ)\s+tiêu))?"
    r"(?:(?:các|một\s+số)\s+)?"
    r"(?:mục\s+tiêu|chỉ\s+tiêu)?(?:\s+(?:cụ\s+thể|đặt\s+ra|đề\s+ra))?(?:\s+(?:là|như\s+sau))?\s*",
    re.I,
)
_BEFORE_HEAD = re.compile(
    r"^(?:.*[,:]\s*)?(?:(?:toàn\s+)?tỉnh\s+|ubnd\s+tỉnh\s+)?(?:(?:phấn\s+đấu|mục\s+tiêu(?:\s+(?:đặt|đề)\s+ra)?(?:\s+là)?|đặt\s+mục\s+tiêu|nâng|đưa|"
    r"bảo\s+đảm|đảm\s+bảo|duy\s+trì|giữ\s+vững|tiếp\s+tục|cải\s+thiện|yêu\s+cầu|đề\s+ra|đặt\s+ra|là)\s+)*$",
    re.I,
)
# "Toàn tỉnh đã có 1.234 tổ ...": the province itself is no part of the indicator.
_SUBJECT = re.compile(
    r"^(?:hiện(?:\s+nay|\s+tại)?\s*,?\s+)?(?:toàn\s+tỉnh|toàn\s+(?:huyện|thị\s+xã|xã|phường|quốc|ngành)|cả\s+(?:nước|tỉnh|huyện|xã)|tỉnh|toàn\s+thành\s+phố|thành\s+phố(?=(?:\s+(?:đã|hiện|cũng))?\s+có(?:\s|$))|địa\s+phương|trên\s+địa\s+bàn(?:\s+(?:tỉnh|thành\s+phố|huyện|xã|phường))?)"
    r"(?:\s+(?:đã|hiện(?:\s+nay|\s+tại)?(?!\s+(?:đại|trạng|thực|tượng|hành|diện|vật))|cũng|sẽ|tiếp\s+tục))?(?:\s+có)?\s+(?=\S)", re.I)
# "Năm 2024, Nghệ An đặt mục tiêu phấn đấu ...": everything up to the goal-setting verb.
_GOAL_LEAD = re.compile(r"^.{0,120}?\b(?:đặt|đề\s+ra|xác\s+định)\s+(?:các\s+)?mục\s+tiêu(?:\s+(?:là|phấn\s+đấu))?\s*", re.I)
# Cheap tests that spare the costlier patterns on most wordings.
_ACTOR_START = re.compile(
    r"(?:ủy|ubnd|chủ|hđnd|tỉnh\s+ủy|cũng|yêu|đề|đặt|xác|giao|các|một|mục|chỉ|vượt|so)\b", re.I
)
_GOAL_WORDS = re.compile(r"mục\s+tiêu", re.I)
# (not a level or a group whose value it is: "của các bộ, ngành là 12,8%, của địa phương là 56,2%"; but a
# body named is whose aims they are: "mục tiêu của Sở Y tế là 100% bệnh viện …")
_WHOSE_AIMS = re.compile(r"^của\s+(?!(?-i:(?:các\s+)?(?:bộ|ngành|địa\s+phương|cấp|xã|phường|huyện|sở|cơ\s+quan|đơn\s+vị))\b)"
                         r"[^\s,.;]+(?:\s+[^\s,.;]+){0,3}?(?:\s+là(?:\s+|$)|$)", re.I)
_STRIVE = re.compile(r"^(?:phấn\s+đấu|tiếp\s+tục\s+phấn\s+đấu|mục\s+tiêu(?:\s+(?:đặt|đề)\s+ra)?(?:\s+là)?|bảo\s+đảm|đảm\s+bảo)(?:\s+|$)",
                     re.I)
# "trong đó hiện có 17 đơn vị": now is no part of the wording ("hiện đại", "hiện trạng" are words of their own)
_HORIZON_LEFT = re.compile(r"^\W*(?:tầm\s+nhìn|định\s+hướng)\s*,\s*", re.I)
_NOW_LEAD = re.compile(
    r"^(?:(?:(?:đến|tới|trong)\s+)?năm\s+nay\s*,?\s+(?=\S)|"  # "đến năm nay tỷ lệ này là 75%", "Năm nay, …"
    # ("Thời gian đầu đã có …", "Mỗi năm có khoảng …": when, not what is counted)
    r"(?:thời\s+gian\s+đầu|mỗi\s+năm|hằng\s+năm|hàng\s+năm)(?:\s+(?:đã|có|đã\s+có))?\s*,?\s+(?=\S)|"
    r"hiện(?:\s+nay|\s+tại)?(?:\s+(?:có|đã|đang))?(?!\s+(?:đại|trạng|thực|tượng|hành|diện|vật))(?:\s*,?\s+(?=\S)|\s*,?\s*$))", re.I)
# One pass for the lead-ins that need no look-ahead into the wording.
_LEAD_ANY = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_LEADIN, _PILLAR_LEAD, _STRIVE, _SUBJECT, _NOW_LEAD, _SAID)), re.I)
# The same without _SAID, last of them, for a wording that lacks its verbs ("cho biết", "nhấn mạnh",
# "khẳng định", looked for plainly: none of their letters folds apart under re.I): _SAID's lazy scan
# is most of what _LEAD_ANY costs, and it cannot match there.
_LEAD_UNSAID = re.compile("|".join(f"(?:{p.pattern})" for p in (_LEADIN, _PILLAR_LEAD, _STRIVE, _SUBJECT, _NOW_LEAD)), re.I)
# "chỉ" as "only" ("chứng chỉ đạt 30%", "địa chỉ": a word of its own)
_ONLY = r"(?<!chứng\s)(?<!địa\s)chỉ"
_TRAIL_VERB = re.compile(
    # ("doanh thu tới 148 tỉ USD", "năng lực lên tới 3.500 giao dịch/giây")
    rf"(?:^|(?:\s*,)?\s+)(?:phấn\s+đấu\s+|mới\s+|{_ONLY}\s+|đã\s+|cũng\s+|ước\s+)?(?:đạt(?:\s+mức|\s+được)?|là|ở\s+mức|(?-i:bằng)|với|có|"
    # (not a place's name: "Cao Bằng", "Chợ Mới")
    rf"(?:lên\s+)?(?<!hướng\s)tới|lên\s+đến|(?<!tải\s)lên|phấn\s+đấu|(?-i:mới)|{_ONLY}|đã|"
    # ("chi tiêu dự kiến [đạt]", "doanh thu có thể [đạt]": an aim's or a forecast's modal, left once its verb is dropped)
    # ("ít nhất [có] 80% cán bộ": the comparator, left once its verb is dropped)
    r"nằm|đạt\s+tỷ\s+lệ|trong|thuộc|vào|từ|ước(?:\s+tính)?|dự\s+kiến(?:\s+sẽ)?|có\s+thể|sẽ|ít\s+nhất|tối\s+thiểu)\s*$",
    re.I,
)
_YEAR_PHRASE = re.compile(
    # ("những tháng đầu năm 2024", "nửa đầu năm 2025", "từ đầu năm 2023", "kể từ năm 2020": the time's own words go with it)
    r"(?:\b(?:trong|đến\s+(?:cuối|giữa|đầu)|tới\s+(?:cuối|giữa|đầu)|đến|tới|vào|hết|đến\s+hết|(?:(?:những|các)\s+tháng\s+|nửa\s+)?(?:cuối|giữa|đầu)|"
    r"(?:kể\s+)?từ(?:\s+(?:cuối|giữa|đầu))?|(?:bước\s+)?sang|tính\s+đến(?:\s+(?:hết|cuối|giữa))?|ước\s+(?:đến|hết)(?:\s+cuối)?|"
    r"(?:trong\s+)?(?:\d+|sáu|chín|ba)\s+tháng(?:\s+đầu)?)\s+)?\bnăm\s+(?:19|20)\d\d\b(?!\s*[-–]\s*(?:19|20)\d\d)"
    # ("năm 2020 - 2021, công nhận …", "từ năm 2020 - 2023": two years as one span)
    # ("Tính đến hết năm học 2023-2024, …", "Hết năm học 2023 - 2024": a school year's own words as a year's)
    r"|\b(?:(?:(?:kể\s+)?từ|trong|đến|tới|tính\s+đến)\s+)?(?:(?:đầu|cuối|hết)\s+)?năm\s+(?:học\s+)?(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b"
    # ("… năm 2023 là 60% và giai đoạn 2023 – 2025 là 80%": a stage is a time too, its years joined
    # by a dash or by words: "trong giai đoạn từ năm 2021 đến năm 2025")
    r"|\b(?:(?:trong|cả)\s+)?giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?(?:19|20)\d\d\s*(?:[-–]|\s(?:đến|tới)\s)\s*(?:năm\s+)?(?:19|20)\d\d\b"
    # "đến tháng 12/2023": a month is a date too
    # ("Phấn đấu đến 2025, mỗi xã …": a year without its word)
    r"|\b(?:(?:đến|tới)\s+(?:hết\s+|cuối\s+)?|vào\s+|trong\s+)(?:19|20)\d\d\b(?!\s*[-–/.,]\s*\d)"
    # ("Đến hết quý I/2024", "trong quý 3/2023", "cuối quý I/2021", "tính đến đầu tháng 10/2024")
    r"|\b(?:(?:(?:đến|tới|vào|trong|tính\s+đến)\s+)?(?:hết\s+|cuối\s+|đầu\s+|giữa\s+)|(?:đến|tới|vào|trong|tính\s+đến)\s+)?"
    r"(?:tháng\s+\d{1,2}|quý\s+[IV\d]{1,3})\s*[/-]\s*(?:19|20)\d\d\b", re.I
)
# "đạt tám mươi lăm phần trăm (85%)": the value written in words before its figure.
_SPELLED = re.compile(
    r"\s*(?:(?:không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|tư|trăm|linh|lẻ)\s+)+"
    r"phần\s+trăm\s*\(?\s*$|\s*\(\s*$",
    re.I,
)
_NOW = re.compile(r"^\s*(?:hiện\s+nay|hiện\s+tại|năm\s+nay)\b", re.I)
_PARENS = re.compile(r"\s*\([^()]*\)")
# "thủ tục hành chính (TTHC)": an abbreviation in brackets is the name again, and
# the one later sentences use; it stays in the wording
_ABBREVIATION = re.compile(r"\s*\(\s*[A-ZĐ][A-ZĐ0-9&.\-]{1,11}\s*\)")


# a year's digits, which every time `_YEAR_PHRASE` finds has
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _drop_times(text: str) -> str:
    """`text` without the times it names (most wordings name none: a cheap scan for a year first)."""
    return _YEAR_PHRASE.sub(" ", text) if _YEAR_DIGITS.search(text) else text


def _drop_parens(text: str) -> str:
    """`text` without its asides in brackets, abbreviations and descriptions kept."""
    return _PARENS.sub(lambda m: m.group(0) if _ABBREVIATION.fullmatch(m.group(0)) or _describes(m.group(0))
                       else "", text)


def _describes(bracket: str) -> bool:
    """A description in lower case ("(thoại và tin nhắn)"), not a name ("(Ủy ban ...)")."""
    inner = bracket.strip().lstrip("(").lstrip()
    return inner[:1].islower() and bool(_DESCRIBES.fullmatch(bracket))


# "trạm 2G (điện thoại và tin nhắn)", "hộ gia đình có truy nhập Internet (bao gồm băng rộng cố
# định và di động)": a description of three words or more says what is counted and stays; not a
# name ("(Tập đoàn Điện lực)"), a figure, a short name, an exception or the condition a value holds under
_DESCRIBES = re.compile(r"\s*\(\s*(?!(?:viết|gọi|sau\s+đây|tức|trong\s+đó|tăng|giảm|theo|đối\s+với|trừ|ngoại\s+trừ|không)\b)"
                        r"(?:[^()\d\s]+\s+){2,}[^()\d]*\)", re.I)
_TRAIL_QUAL_TEXT = (
    # (", cao hơn gấp đôi ...": a comparison after the value, not what it counts)
    r"(?:^|,\s*)(?:cao|thấp)\s+hơn\b.*$|"
    # (", còn thấp so với mục tiêu …": how it is judged)
    r"(?:^|,\s*)(?:còn|vẫn|khá|rất)\s+(?:thấp|cao|chậm|hạn\s+chế)\b.*$|"
    # ("mục tiêu 50% đề ra cho năm 2025": that it was set, nothing of what it measures)
    r"^\s*(?:đã\s+)?(?:đề\s+ra|đặt\s+ra)(?:\s+(?:cho|trong|từ|tại))?[\s.,;]*$|"
    r"(?:^|,\s*|\s+)(?:trừ\s+|(?:tăng|giảm)\s+\d|không\s+bao\s+gồm\s+|so\s+với\s+|"
    r"{OF_ALL}theo\s+quy\s+định\s+(?:của\s+pháp\s+luật)?\s*$|"
    # "đạt tỷ lệ 27,5% theo yêu cầu của Quyết định ...": what the figure is measured against
    r"theo\s+yêu\s+cầu\s+(?:của|tại)\s+(?:quyết\s+định|kế\s+hoạch|nghị\s+quyết|chỉ\s+thị|đề\s+án|thông\s+tư)\b).*$|"
    # "… 25 tỷ USD”, ông nói": who said it, after the quotation closes (a person or a named body, not the
    # verb of a quoted name's own clause: 'ứng dụng "Công dân số", chia sẻ dữ liệu …')
    r"\s*[”\"]\s*[,\-–]\s*(?:(?:ông|bà|anh|chị|đồng\s+chí|lãnh\s+đạo|đại\s+diện)\b|(?-i:[A-ZĐ]))[^,.;”\"]{0,40}?\b(?:cho\s+biết|nói|khẳng\s+định|nhấn\s+mạnh|chia\s+sẻ|nhận\s+định)\b.*$"
)
# (a share keeps the whole it is of: "100% dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành
# chính có đủ điều kiện"; a count does not: "942.934 trên tổng số 979.536 hồ sơ")
_TRAIL_QUAL = re.compile(_TRAIL_QUAL_TEXT.replace("{OF_ALL}", r"trên\s+tổng\s+số|"), re.I)
_TRAIL_QUAL_SHARE = re.compile(_TRAIL_QUAL_TEXT.replace("{OF_ALL}", ""), re.I)
# (and the "so" a split before "với" leaves: "… 200 triệu tỷ đồng, so với năm 2022 tăng 50%")
# (and "trong đó", opening a breakdown after the value: "đạt 65%, trong đó: huyện A 80%, …")
_CONJ_END = re.compile(r"(?:\s*,)?\s+(?:và|hoặc|cùng|,)\s*$|(?:\s*,)?(?:\s+|^)(?:so|trong\s+đó)\s*$", re.I)


# `_SPELLED`, `_TRAIL_VERB` and `_CONJ_END` are anchored at the end, but `re`
# tries them from every position; a look at the last word first spares the
# search when it cannot match (the result is the same: nothing replaced).
def _drop_spelled(t: str) -> str:
    return _SPELLED.sub("", t) if t.rstrip().lower().endswith(("(", "trăm")) else t


# the last word of every verb `_TRAIL_VERB` drops ("đạt", "ở mức", "đạt tỷ lệ", ...)
_TRAIL_VERB_ENDS = ("đạt", "mức", "được", "là", "bằng", "với", "có", "lên", "tới", "đến", "đấu", "mới", "chỉ", "đã",
                    "nằm", "lệ", "trong", "thuộc", "vào", "từ", "ước", "tính", "kiến", "thể", "sẽ", "nhất", "thiểu")


def _drop_trail_verb(t: str) -> str:
    return _TRAIL_VERB.sub("", t) if t.rstrip().lower().endswith(_TRAIL_VERB_ENDS) else t


def _drop_conj_end(t: str) -> str:
    return _CONJ_END.sub("", t) if t.rstrip().lower().endswith(("và", "hoặc", "cùng", ",", "so", "trong đó")) else t


_CONJ_START = re.compile(r"^(?:và|hoặc|còn|,)\s+", re.I)


def _drop_opening(pattern: re.Pattern[str], t: str, repl: str = "") -> str:
    """`pattern.sub(repl, t)` for a pattern anchored at the start ("^", no re.M): it can match there
    only, so one `match` does what `sub` does by trying every position."""
    m = pattern.match(t)
    return repl + t[m.end():] if m else t
_SPACES = re.compile(r"\s+")


_EDGE_CHARS = " \t\n\r,;:.-–—…*+•/()"


_STRAY_COMMAS = re.compile(r"\s*,(?:\s*,)*")


def tidy_commas(text: str) -> str:
    """A wording as read: no comma before its blank or repeated, as a time or aside taken out leaves
    them ("Xa hơn, , mục tiêu …" → "Xa hơn, mục tiêu …", "từ tháng 1 , Bộ …" → "từ tháng 1, Bộ …")."""
    if " ," not in text and ",," not in text:
        return text
    return _STRAY_COMMAS.sub(",", text).strip(" ,")


# A share's whole, written right after it: "đạt 53,1% trên tổng số trẻ em dưới 14 tuổi của tỉnh",
# "đạt tối thiểu 50% so với số lượng trạm 4G đã phát sóng" (up to the clause's end, the next share or
# what is said next of the share, nor the deadline of the next aim: "… so với số lượng trạm 4G và đến năm
# 2030 đạt 80%")
_WHOLE_AFTER = re.compile(
    r"[\d.,]+\s*%\s*((?:trên|trong|so\s+với)\s+tổng\s+số|so\s+với\s+số\s+lượng)\s+"
    r"((?:(?!và\s+\d|và\s+(?:đến|tới|vào|trong)\b|(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\b|đạt\b|tăng\b|giảm\b|so\s+với\b|vượt\b|[\d.,]+\s*%)(?:\d[\d.,]*\d|[^\s,;.()])+\s*){1,12})",
    re.I)


def with_its_whole(text: str, anchor: int, wording: str) -> str:
    """A share's wording with the whole it is of when the text names it right after the value and the
    wording does not yet ("hồ sơ cấp căn cước cho trẻ em" → "… trên tổng số trẻ em dưới 14 tuổi")."""
    m = _WHOLE_AFTER.match(text, anchor)
    if not m or "tổng số" in wording.lower() or "số lượng" in wording.lower():
        return wording
    return squash(f"{wording} {m.group(1)} {m.group(2)}")


def squash(text: str) -> str:
    """Collapse whitespace and trim punctuation at both ends."""
    t = " ".join(text.split()).strip(_EDGE_CHARS)
    if "(" in t and t.count("(") > t.count(")") and text.rstrip(_EDGE_CHARS.replace(")", "")).endswith(")"):
        t += ")"  # a bracket the wording ends with closes: "trạm 2G (thoại và tin nhắn)"
    return t


# the document a measure is defined by, cited in its words: "theo Quyết định số 06/QĐ-TTg", "theo quy định tại
# Nghị định 45/2020/NĐ-CP", "tại Kế hoạch số 33/KH-UBND ngày 12/3/2024 của UBND tỉnh"
_CITED_DOCUMENT = re.compile(
    r"\s*\b(?:theo|tại)\s+(?:quy\s+định\s+(?:tại\s+)?)?(?:quyết\s+định|nghị\s+quyết|nghị\s+định|thông\s+tư|kế\s+hoạch|"
    r"chỉ\s+thị|công\s+văn)(?:\s+số)?\s+\d+[^\s,;()]*(?:\s+ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4})?"
    r"(?:\s+của\s+(?:thủ\s+tướng\s+chính\s+phủ|chính\s+phủ|bộ\s+chính\s+trị|ban\s+chỉ\s+đạo\s+trung\s+ương|ubnd\s+tỉnh|"
    r"ủy\s+ban\s+nhân\s+dân\s+tỉnh))?(?=[\s,;.)]|$)",
    re.I)


def drop_citations(text: str) -> str:
    """`text` without the documents it cites (a plain test first: most wordings cite none)."""
    return _CITED_DOCUMENT.sub("", text) if "/" in text and ("heo" in text or "ại" in text) else text


@lru_cache(maxsize=2048)  # (pure: a wording is cleaned many times over)
def clean_pre(text: str) -> str:
    """The words before a number, as an indicator: no lead-ins, no trailing verbs."""
    if not text or text.isspace():
        return ""
    text = drop_citations(text)
    closed = text.rfind(")")
    if closed >= 0 and "(" not in text[:closed]:
        text = text[closed + 1:]  # "2G), 1.814 trạm": the bracket the number stood in is over
    text = text.lstrip("( “")  # (and a quotation's opening mark: "“Năm nay, số người dùng …")
    low = text.lower()
    t = _drop_times(_drop_parens(text)) if ("(" in text or "năm" in low or "tháng" in low or "quý" in low or "giai" in low
                                                      or "20" in text) else text
    t = _drop_opening(_CONJ_START, squash(t))
    t = _drop_opening(_HORIZON_LEFT, t)  # "Đến năm 2025, tầm nhìn đến năm 2030, kinh tế số …" once its years are gone
    for _ in range(8):
        low = t.lower()
        m = (_LEAD_ANY if "cho" in low and "ết" in low or "nhấn" in low or "khẳng" in low else _LEAD_UNSAID).match(t)
        if m and m.end():
            t = t[m.end():]
            continue
        before = t
        if _ACTOR_START.match(t):
            t = _ACTOR.sub("", t, count=1)
        if t == before and "mục" in low and _GOAL_WORDS.search(t):
            t = _GOAL_LEAD.sub("", t)
        if t == before:
            break
    if whose := _WHOSE_AIMS.match(t):
        t = t[whose.end():]  # "mục tiêu của Đà Nẵng là 100% trường học …": whose aims, then what they are
    head = _HEADS.search(t)
    # "..., phấn đấu tỷ lệ X" starts at "tỷ lệ"; "Kinh tế số chiếm tỷ trọng" does not.
    if head and head.start() > 0 and _BEFORE_HEAD.match(t[: head.start()]):
        t = t[head.start():]
    t = _drop_spelled(t)
    for _ in range(3):
        before = t
        t = _drop_trail_verb(t)
        t = _drop_conj_end(t)
        if t == before:
            break
    return squash(t)


def drop_asides(text: str) -> str:
    """The text without its asides in brackets."""
    return _PARENS.sub(" ", text) if "(" in text else text


# the deadline that opens the next aim after a value: "… 20% GRDP và đến năm 2030 chiếm khoảng 30%"
NEXT_AIMS_DEADLINE = r"\s+và\s+(?:(?:đến|tới|vào|trong)\s+)?(?:hết\s+|cuối\s+)?năm\s+"
_NEXT_DEADLINE = re.compile(NEXT_AIMS_DEADLINE + r"(?:19|20)\d\d\b", re.I)
# a clause that opens on the field it is about: "Về chính quyền số, tỉnh xếp thứ 12"
ABOUT_FIELD = r"\s*[Vv]ề\s+([^,:;.\d]{3,60}?)\s*,"


@lru_cache(maxsize=2048)  # (pure: a wording is cleaned many times over)
def clean_post(text: str, share: bool = False) -> str:
    """The words after a number that still name what is counted (`share`: after a percentage)."""
    if not text or text.isspace():
        return ""
    text = drop_citations(text)
    text = _drop_opening(_NOW, text, " ")
    if "và" in text and (nxt := _NEXT_DEADLINE.search(text)):
        text = text[:nxt.start()]  # "20% GRDP và đến năm 2030 chiếm …": the next aim's deadline and words
    opened = text.rfind("(")
    if opened >= 0 and ")" not in text[opened:]:
        text = text[:opened]  # "hồ sơ (tương đương": the bracket holds the next quantity
    # (a stage after the number too: "chiếm 15% GRDP trong giai đoạn 2026-2030")
    t = _drop_times(_drop_parens(text)) if ("(" in text or "năm" in (low := text.lower()) or "giai" in low) \
        else text
    t = (_TRAIL_QUAL_SHARE if share else _TRAIL_QUAL).sub("", t)
    t = _drop_conj_end(squash(t))
    return squash(t)


def remove_scope(text: str, scope: str) -> str:
    """Drop "tại cấp tỉnh" / "đối với cấp tỉnh" / "cấp tỉnh" from an indicator
    (with an empty scope: just a trailing "tại"/"đối với")."""
    if not scope:
        return squash(_INTRO_END.sub("", text))
    return squash(_drop_conj_end(_scope_rx(scope).sub(" ", text, count=1)))


_INTRO_END = re.compile(rf"\s*{_SCOPE_INTRO}?\s*$", re.I)


@lru_cache(maxsize=64)
def _scope_rx(scope: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{_SCOPE_INTRO})?{re.escape(scope)}", re.I)


def has_head(text: str) -> bool:
    return bool(_HEADS.match(text.strip()))


# what a list's lead says after its measure ("Số giải của đoàn như sau: …")
AS_FOLLOWS_END = re.compile(r"\s+như\s+sau\s*$", re.I)


def from_head(text: str) -> str:
    """The words from the first head of a measure on ("tỉnh có tỉ lệ thí sinh …" → "tỉ lệ thí sinh …"), else ""."""
    head = _HEADS.search(text)
    return text[head.start():].strip() if head else ""


WORD_RE = re.compile(r"\w+")


@lru_cache(maxsize=2048)  # (pure: a wording is compared with many others; a frozenset, shared)
def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in WORD_RE.findall(text.lower()) if not w.isdigit()) - _STOP


_STOP = {"tỷ", "lệ", "tỉ", "trọng", "các", "của", "và", "được", "có", "đạt", "là", "với", "tại", "những"}
