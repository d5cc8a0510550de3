"""Words that tell a target from a result, and the year a quantity is for."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from muctieu.documents.scan import matches_at, occurrences

# a budget estimate set, given, allotted or adjusted (not a result set against one: "bằng 110% dự toán")
_BUDGET_SET = r"(?:điều\s+chỉnh|giao|phân\s+bổ|thông\s+qua)\s+dự\s+toán"
# "một số chỉ tiêu đạt khá, như: 100% xã …": targets said to be met, then what was reached
_TARGETS_MET = (r"chỉ\s+tiêu\s+(?:(?!cần\b|phải\b|sẽ\b)[^\W\d]+\s+){0,2}?(?:đều\s+)?(?:đã\s+)?đạt\s+(?:khá|tốt|cao|kết\s+quả)\b"
                 # "các chỉ tiêu kinh tế-xã hội của huyện đều đạt, vượt kế hoạch đề ra"
                 r"|chỉ\s+tiêu\s+(?:(?!cần\b|phải\b|sẽ\b)[^\W\d]+(?:-[^\W\d]+)?\s+){0,6}?(?:đều\s+)?(?:đã\s+)?đạt\s*(?:,|và)\s*vượt\b")
_RESULT_WORDS = (
    r"kết\s+quả(?!\s+giải\s+quyết)|đã\s+đạt|đạt\s+được|tình\s+hình\s+thực\s+hiện|"
    r"đánh\s+giá\s+(?:kết\s+quả|tình\s+hình)|năm\s+qua|thời\s+gian\s+qua|đến\s+nay|hiện\s+nay|hiện\s+tại|"
    r"lũy\s+kế|ước\s+(?:đạt|thực\s+hiện|tính)|báo\s+cáo\s+kết\s+quả|đã\s+hoàn\s+thành|tổng\s+kết|"
    r"đạt\s+và\s+vượt|về\s+đích|cán\s+đích|hiện\s+trạng|thực\s+trạng|tình\s+hình(?=\s+và\s+nguyên\s+nhân)|"
    # "Chuyển đổi số ngành Nông nghiệp đạt 5/12 chỉ tiêu": targets counted as met
    r"(?:đạt|hoàn\s+thành)\s+(?:\d+\s*/\s*)?\d+\s+(?:chỉ|mục)\s+tiêu|"
    # "…, vượt chỉ tiêu đã đề ra": a target exceeded is a report of what was reached
    r"vượt\s+(?:mức\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)|"
    + _TARGETS_MET
)
_TARGET_WORDS = (
    # (not an index's parts, scored: "06 chỉ tiêu tăng điểm:", "14 chỉ tiêu cấu thành chỉ số", "chỉ tiêu thành phần")
    # (nor a goal contributed to: "đóng góp rất lớn vào mục tiêu phát triển xã nông thôn mới")
    r"mục(?<!vào\smục)\s+tiêu|chỉ\s+tiêu(?!\s+(?:(?:tăng|giảm)\s+điểm|cấu\s+thành|thành\s+phần)\b)|"
    r"phấn\s+đấu|kế\s+hoạch(?!\s+số)|đề\s+ra|đặt\s+ra|"
    # (not an agency's remit: "căn cứ chức năng, nhiệm vụ", "theo chức năng nhiệm vụ được giao",
    # "chức năng và nhiệm vụ", "chức năng,nhiệm vụ")
    r"(?<!chức năng, )(?<!chức năng )(?<!chức năng,)(?<!chức năng và )nhiệm\s+vụ|định\s+hướng|"
    r"tầm\s+nhìn|giải\s+pháp|yêu\s+cầu|"
    # a budget estimate set or adjusted: "điều chỉnh dự toán thu ngân sách … như sau: Tổng thu …"
    rf"{_BUDGET_SET}|"
    # ("thôn thông minh phải hội đủ các điều kiện: …": conditions to meet)
    r"phải\s+(?:hội\s+đủ|đáp\s+ứng|đạt)\s+(?:(?:các|những)\s+)?(?:điều\s+kiện|tiêu\s+chí)"
)
# Section-level cues, one pass: the first one in a sentence sets what follows.
# Matched against lower-cased text: case-insensitive matching of this many
# alternatives is several times slower in `re`.
# Each cue pattern opens with a lookahead on the first letters of its words:
# `re` then skips most positions without trying every alternative (same matches).
_SECTION_CUE = re.compile(rf"(?=[bcghklmnptvyđư])\b(?:(?P<r>{_RESULT_WORDS})|(?P<t>{_TARGET_WORDS}))")
_DONE = re.compile(
    r"đã\s+hoàn\s+thành|tổng\s+kết|kết\s+quả\s+đạt\s+được|đến\s+nay|đạt\s+và\s+vượt|về\s+đích|cán\s+đích|đã\s+đạt", re.I
)
# "Để tiếp nối kết quả ...", "trên cơ sở kết quả ..." look back, not forward.
_NOT_A_RESULT = ("tiếp nối ", "phát huy ", "trên cơ sở ")
# Clause-level cues: a quantity's own words.
# (every alternative opens with a letter, its lookbehinds after the word: `re` tests that
# letter before it tries the alternative; a lookbehind, lookahead or group first is tried at
# every word. So "(?:a|b)c" is written "ac|bc".)
_CLAUSE_CUE = re.compile(
    r"\b(?=[bcdghklmnpstvxđư\d])(?:(?P<r>đã\s+(?!được\s+phê\s+duyệt|(?:đề|đặt)\b|cam\s+kết|đưa\s+ra|xác\s+định|ban\s+hành|phê\s+duyệt)\w+|đạt\s+được|"
    r"hiện\s+(?:có|đạt|nay|tại)|đến\s+nay|"
    # "Kết quả, DTI 2020 cấp tỉnh trung bình là 0,3026": what came of it (not "kết quả giải quyết", nor
    # one of a list of nouns: "kiểm tra tiến độ, kết quả, chất lượng thực hiện")
    r"kết(?<![\w,]\skết)\s+quả\s*,\s|"
    # "là đơn vị đầu tiên hoàn thành chỉ tiêu 100% công dân …", "hoàn thành mục tiêu cấp CCCD cho 100% công dân":
    # a target met (not one to meet)
    # (nor one needed, aimed at, resolved on, or a condition: "cần / nhằm / quyết tâm / sớm / nếu không hoàn thành chỉ tiêu";
    # nor one worked towards or not yet met: "hướng tới / tiến tới / hướng đến / tập trung / nỗ lực / cố gắng / đảm bảo /
    # bảo đảm / tiếp tục / chưa hoàn thành mục tiêu 100% …")
    r"hoàn(?<!đấu\shoàn)(?<!phải\shoàn)(?<!sẽ\shoàn)(?<!để\shoàn)(?<!cần\shoàn)(?<!nhằm\shoàn)(?<!quyết\stâm\shoàn)(?<!sớm\shoàn)(?<!không\shoàn)"
    r"(?<!tới\shoàn)(?<!hướng\sđến\shoàn)(?<!tập\strung\shoàn)(?<!nỗ\slực\shoàn)(?<!cố\sgắng\shoàn)(?<!bảo\shoàn)(?<!tiếp\stục\shoàn)"
    r"(?<!chưa\shoàn)"
    r"\s+thành\s+(?:chỉ|mục)\s+tiêu|"
    # "Hiện 60 tỉnh đã ...", "Hiện, trên 90% tiểu thương ...": "now" opening a clause (not "thực hiện 80%")
    # "Theo báo cáo tới tháng 4/2022, toàn tỉnh có …": what a report counted
    r"theo\s+(?:báo\s+cáo|thống\s+kê|số\s+liệu)\b|"
    r"hiện(?<!\w\shiện)\s*(?:,\s+|\s+(?=\d|$|(?:trên|hơn|gần|khoảng)\s))|"
    # "Hiện toàn tỉnh có gần 2.000 trạm BTS", "Hiện cả nước có …": now, of a whole place
    r"hiện(?<!\w\shiện)\s+(?=(?:toàn|cả\s+nước)\b)|tính\s+(?:đến|tới)\s+(?:nay|hết|ngày|thời\s+điểm|cuối)|vừa\s+qua|năm\s+qua|"
    r"ước\s+(?:đạt|thực\s+hiện|tính|đến|hết|cả\s+năm)|mới\s+đạt|chỉ(?<!chứng\schỉ)\s+đạt|lũy\s+kế|"
    r"sau\s+(?:\d+|hai|ba|bốn|năm)\s+năm\s+(?:triển\s+khai|thực\s+hiện)|\d\d*\s+tháng\s+(?:đầu\s+)?năm|sáu\s+tháng\s+(?:đầu\s+)?năm|"
    r"chín\s+tháng\s+(?:đầu\s+)?năm|ba\s+tháng\s+(?:đầu\s+)?năm|nửa\s+đầu\s+năm|"
    r"xếp\s+(?:hạng\s+)?thứ|xếp\s+hạng\s+\d|xếp\s+vị\s+trí|đứng\s+thứ|tăng\s+\d+\s+bậc|giảm\s+\d+\s+bậc|"
    # "các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch": what was reached
    r"đạt\s+và\s+vượt|"
    + _TARGETS_MET + ")"  # (as in _RESULT_WORDS)
    # ("chỉ tiêu số hóa thành phần hồ sơ đạt 100%" in a report names the measure that reached it; one
    # set or given still aims: "giao chỉ tiêu … đạt")
    # (not a quota a result is set against: "đạt 89,05% so với chỉ tiêu phấn đấu lần 2")
    r"|(?P<t>phấn(?<!chỉ\stiêu\sphấn)\s+đấu|mục\s+tiêu|đặt\s+chỉ\s+tiêu|giao\s+chỉ\s+tiêu|đề\s+ra\s+chỉ\s+tiêu|"
    r"với(?<!so\svới)\s+chỉ\s+tiêu|"
    # ("điều chỉnh dự toán thu ngân sách … như sau: Tổng thu …")
    rf"{_BUDGET_SET}|"
    r"chỉ(?<!so\svới\schỉ)\s+tiêu(?![^.;:\d]{0,60}?\sđạt\b|\s+(?:(?:tăng|giảm)\s+điểm|cấu\s+thành|thành\s+phần)\b)|"
    # a commitment to act ("đã cam kết hỗ trợ 37.000 máy tính bảng"), not one kept or cited ("vượt cam kết",
    # "theo cam kết"); the latest date something is due ("chậm nhất năm 2021"), not the slowest thing
    r"cam(?<!vượt\scam)(?<!thành\scam)(?<!theo\scam)(?<!đúng\scam)(?<!ký\scam)(?<!giữ\scam)(?<!mức\scam)(?<!sự\scam)\s+kết"
    r"(?=\s+(?:sẽ\s+|tiếp\s+tục\s+)?(?:hỗ\s+trợ|đầu\s+tư|cung\s+cấp|hoàn\s+thành|đạt|phủ|triển\s+khai|trao|"
    r"tài\s+trợ|thực\s+hiện|bảo\s+đảm|đảm\s+bảo|lắp|xây)\b)|"
    r"chậm\s+nhất(?=\s+(?:là\s+|vào\s+|đến\s+|trước\s+|trong\s+)?(?:ngày|tháng|quý|năm|\d))|"
    # ("phát triển mới tối thiểu 10 tổ chức …": a floor to reach is an aim's)
    r"tối\s+thiểu(?=\s+(?:là\s+)?\d|\s*$)|ít\s+nhất(?=\s+(?:là\s+)?\d|\s*$)|"
    # ("mỗi đơn vị phải tổ chức được từ 3 phiên tòa trực tuyến": an obligation set)
    # ("Việt Nam cần có khoảng 30 triệu lượt cài đặt", "… hướng dẫn để 100% cơ sở giáo dục dùng học bạ số": what is
    # needed, or a purpose, right before the value)
    r"cần\s+(?:phải\s+)?có(?=\s+(?:(?:khoảng|ít\s+nhất|tối\s+thiểu|hơn|trên)\s+)?$)|để(?=\s+(?:(?:khoảng|hơn|trên)\s+)?$)|"
    # ("Sở khuyến khích 100% cơ sở giáo dục tham gia thí điểm …": an aim encouraged, right before its value)
    r"khuyến\s+khích(?=\s+(?:(?:khoảng|ít\s+nhất|tối\s+thiểu|hơn|trên)\s+)?$)|"
    r"phải\s+(?:đạt|có|hoàn\s+thành|tổ\s+chức|triển\s+khai|cung\s+cấp|thực\s+hiện)|cần\s+đạt|có\s+thể\s+(?:phủ|đạt|tăng|lên|giảm)\b(?!\s+(?:cường|thiểu)\b)(?=[^,.;:\d]{0,30}(?:\d|$))|bảo(?<!cấp độ bảo)(?<!công tác bảo)\s+đảm(?!\s+xã\s+hội)|đảm(?<!cấp độ đảm)(?<!công tác đảm)\s+bảo(?!\s+xã\s+hội)|sẽ|dự\s+kiến|"
    r"hướng(?<!định hướng)\s+(?:tới|đến)|kỳ\s+vọng|tham\s+vọng|"
    # a request to another body ("đã đề nghị Ban Cơ yếu cấp chữ ký số cho 100% cán bộ"), not one
    # granted ("theo đề nghị của Sở"); (a directive, "chỉ đạo các đơn vị …", often reports what they did)
    r"đề(?<!theo\sđề)(?<!của\sđề)(?<!được\sđề)(?<!các\sđề)\s+nghị\s+(?=các\s|ban\s|bộ\s|sở\s|ubnd\s|ủy\s|cục\s|tổng\s)|"
    # what a place wants ("Bạc Liêu muốn kinh tế số chiếm 10%"), not what the people or firms counted
    # want, as a survey finds it ("tỷ lệ doanh nghiệp muốn ứng dụng thương mại điện tử là 65%")
    # (its "m" first, the lookbehinds after it: the ten are then tried only after an "m", not at every word)
    r"m(?<!mong\sm)(?<!nghiệp\sm)(?<!dân\sm)(?<!hộ\sm)(?<!người\sm)(?<!doanh\sm)(?<!sinh\sm)(?<!viên\sm)(?<!thương\sm)(?<!dùng\sm)"
    r"(?:ong\s+m)?uốn(?<!sự\smong\smuốn)(?<!sự\smuốn)(?<!không\smuốn)\s(?!của\b)|theo\s+lộ\s+trình|đến\s+(?:hết|cuối)\s+năm\s+nay|"
    # a quota each unit is to meet: "mỗi đơn vị cấp xã thành lập 1 Tổ công nghệ số", "Mỗi xã, phường chọn từ 1 đến
    # 2 khu phố" (not what each has: "mỗi tổ có 5 thành viên" may be told of teams that are)
    r"mỗi\s+(?:[^\s,;:.\d]+[\s,]+){1,6}?(?:thành\s+lập|lựa\s+chọn|chọn|bố\s+trí)\s+(?:(?:ít\s+nhất|tối\s+thiểu|từ)\s+)?$|"
    # "UBND tỉnh giao 132 xã … hoàn thành", "Thủ tướng giao Bộ Y tế …": a task given (not "giao dịch")
    r"giao(?<!bàn\sgiao)(?<!chuyển\sgiao)(?<!bưu\sđiện\sgiao)\s+(?:cho\s+)?(?=\d|$|các\s|bộ\s|sở\s|ubnd\s|ủy\s+ban\s)|"
    # "Theo kế hoạch ..., mỗi xã thành lập 1 tổ": what the plan sets out
    r"theo(?<![,\w]\stheo)(?<!^\stheo)\s+kế\s+hoạch|"
    # "Ngoài 90 bảng mã VietQR, theo kế hoạch, hơn 1.400 sạp …": the plan, set off by commas
    r"theo\s+kế\s+hoạch\s*(?:,|(?=(?:có|sẽ)\b))|"
    # "Bộ có kế hoạch bồi dưỡng cho tối thiểu 10.000 lượt", "Theo định hướng của trường, 100% môn học …"
    # (not a measure's own words: "Tỷ lệ doanh nghiệp có kế hoạch chuyển đổi số", "phát triển đúng theo định hướng")
    r"có(?<!nghiệp\scó)(?<!vị\scó)(?<!quan\scó)(?<!dân\scó)(?<!hộ\scó)\s+kế\s+hoạch\s+(?!số\b)|theo(?<!\w\stheo)\s+định\s+hướng))",
)

# A year is found by its digits first (cheap), then read by the words before it.
# Not glued to a digit, "/", "." or "," on its left: checked by hand, since a
# lookbehind tried at every position costs most of the scan. (A match the
# check rejects starts a run of digits, so it hides no year the lookbehind
# would have let through.)
_YEAR_DIGITS = re.compile(r"((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)")


def _glued(text: str, i: int) -> bool:
    return i > 0 and ((c := text[i - 1]).isdecimal() or c in "/.,")
_YEAR_LEFT = re.compile(
    r"(?:(?P<prep>\b(?:đến|tới|trong|vào|hết|cuối|đầu|giữa|tính\s+đến|đến\s+hết|đến\s+cuối|"
    r"đến\s+trước|trước|sau|từ|so\s+với|so\s+với\s+cuối|so\s+với\s+đầu|so\s+với\s+cùng\s+kỳ(?:\s+của)?|cùng\s+kỳ(?:\s+của)?|"
    r"so|bằng(?:\s+với)?(?:\s+xếp\s+hạng)?)\s+)?(?P<word>năm\s+)?"
    # "Trong 3 năm (2022 - 2024)": a period named in brackets ends in its last year
    # ("năm 2020 - 2021, công nhận 9 xã": two years as one span, which ends in the second)
    r"|(?P<stage>(?:giai\s+đoạn\s+|nhiệm\s+kỳ\s+|năm\s+|(?:năm|giai\s+đoạn|nhiệm\s+kỳ)\s*\(\s*)(?:19|20)\d\d\s*[-–]\s*))\Z",
    re.I,
)
_DATE_BEFORE = re.compile(r"(?:tháng\s+\d{1,2}\s+|\d{1,2}\s*/\s*\d{1,2}\s*/\s*)$", re.I)
# "tính đến ngày 15/12/2025": a date that says when a result was measured.
_AS_OF = re.compile(r"(?:tính\s+đến|tính\s+tới|đến\s+hết|đến)\s+(?:hết\s+)?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*$", re.I)


def section_kind(text: str) -> str | None:
    """'result' or 'target' from the first cue in a heading or lead, else None."""
    found = section_cue(text)
    return found[0] if found else None


@lru_cache(maxsize=1024)  # (pure: a lead is weighed again for each of its values)
def section_cue(text: str) -> tuple[str, int] | None:
    """The first cue of a heading or lead: ('result' | 'target', its offset)."""
    pos = 0
    first: tuple[str, int] | None = None
    missed = False
    text = text.lower()
    while (m := _SECTION_CUE.search(text, pos)) is not None:
        pos = m.end()
        if m.group("r") and text[max(0, m.start() - 12):m.start()].endswith(_NOT_A_RESULT):
            continue
        if m.group("t") and (missed or _MISSED.search(text, max(0, m.start() - 30), m.start())):
            # "… dù cao nhưng chưa đạt các mục tiêu do Tỉnh ủy đề ra và chỉ tiêu Thủ tướng giao": aims missed, no
            # aims set
            missed = True
            continue
        first = first or (("result" if m.group("r") else "target"), m.start())
        if first[0] == "result":
            break
        if _DONE.match(m.group("r") or ""):
            # "trong tổng số 45 chỉ tiêu được giao, tỉnh đã hoàn thành 38": the
            # report of what was done outweighs the word "chỉ tiêu" before it
            return "result", m.start()
    return first


_MISSED = re.compile(r"\b(?:chưa|không)\s+(?:đạt|hoàn\s+thành|đáp\s+ứng)(?:\s+được)?\s+(?:(?:các|những)\s+)?$")
_TARGETS_WORD = re.compile(r"(?:chỉ|mục)\s+tiêu$")


def _targets_then_done(cues: list[re.Match[str]]) -> bool:
    """Do the clause's aims words only name targets ("chỉ tiêu") before a word that they were met?"""
    done = [m for m in cues if m.lastgroup == "r" and _DONE.match(m.group("r"))]
    return bool(done) and all(_TARGETS_WORD.match(m.group("t")) and m.start() < done[0].start()
                              for m in cues if m.lastgroup == "t")


# an aim set, then its value: "chỉ tiêu đã đặt ra là", "theo chỉ tiêu Chính phủ giao hơn"
_AIM_SET_IS = re.compile(r"\b(?:chỉ|mục)\s+tiêu\s+(?:[^\W\d]+\s+){0,3}?(?:(?:đã|được)\s+)*(?:đặt\s+ra|đề\s+ra|giao)"
                         r"(?:\s+(?:là|cho\s+năm\s+\d{4}\s+là))?\s*(?:(?:hơn|trên|khoảng|gần)\s+)?$")
_NAMED_REACHED = re.compile(r"đạt\s+được\s+(?:của|trong|về)\b")
_REACHED_NOUN = re.compile(r"\b(?:giá\s+trị|kết\s+quả|thành\s+tích|mức)\s+$")
_RATE_HEAD = re.compile(r"\b(?:tỷ|tỉ)\s+lệ\b")
# "tỷ lệ … đã được nâng lên": what was done is the rate's own change
_RATE_CHANGED = re.compile(r"đã\s+được\s+(?:nâng|tăng|cải\s+thiện|duy\s+trì|giữ|đưa|giảm|rút\s+ngắn|hạ)\b")
_FUTURE = re.compile(r"\bsẽ\b")
_RELATIVE = re.compile(r"\bmà\b")
_OWN_VERB = re.compile(r"\b(?:được|có|sử\s+dụng|tham\s+gia|thực\s+hiện|cung\s+cấp|kết\s+nối|ứng\s+dụng)\b")
# (not what a thing has: "thủ tục hành chính có yêu cầu về nghĩa vụ tài chính")
# (nor requests counted: "3,9 triệu yêu cầu", "số yêu cầu tiếp nhận", "các yêu cầu của khách hàng")
# (but requirements set are: "Những yêu cầu đặt ra là 100% xã …", "các yêu cầu cụ thể")
_REQUIRES = re.compile(r"(?<!đáp ứng )(?<!theo )(?<!có )(?<!\d )(?<!triệu )(?<!nghìn )(?<!ngàn )(?<!số )(?<!các )"
                       r"(?<!những )\byêu\s+cầu\b|(?<=\bcác )yêu\s+cầu\s+(?:đặt\s+ra|cụ\s+thể|chung)\b"
                       r"|(?<=\bnhững )yêu\s+cầu\s+(?:đặt\s+ra|cụ\s+thể|chung)\b")


@lru_cache(maxsize=1024)  # (pure: a lead is weighed again for each of its values)
def clause_kind(text: str, after: str = "") -> str | None:
    """A quantity's own words: 'đã đạt' reads as a result, 'phấn đấu' as a target.

    `after` is what follows the number: it can only make a result ("100% xã
    đã có ..."); "đạt 75% mục tiêu" names a target without being one.
    """
    low = text.lower()
    if "tiêu" in low and _AIM_SET_IS.search(low):
        return "target"  # "… không chỉ đạt chỉ tiêu đã đặt ra là 25% GRDP": the value is the aim's
    cues = list(_CLAUSE_CUE.finditer(low))
    if "đã được" in low and (rate := _RATE_HEAD.search(low)):
        # "Tỷ lệ khai thác dữ liệu đã được số hóa đạt 50%": what the rate counts was done, not the rate
        # (not the rate's own change: "tỷ lệ hộ có cáp quang đã được nâng lên 85%")
        cues = [m for m in cues if not (m.lastgroup == "r" and m.start() > rate.end() and low.startswith("đã được", m.start())
                                        and not _RATE_CHANGED.match(low, m.start()))]
    if "đạt được" in low:
        # "phấn đấu giá trị đạt được của kinh tế số chiếm 40%": what is reached, named as a noun, says
        # nothing was
        cues = [m for m in cues if not (m.lastgroup == "r" and _NAMED_REACHED.match(low, m.start())
                                        and _REACHED_NOUN.search(low, max(0, m.start() - 12), m.start()))]
    seen = {m.lastgroup for m in cues}
    if seen == {"r", "t"} and _targets_then_done(cues):
        seen = {"r"}  # "các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch, trong đó ...": reached
    if "yêu cầu" in low and _REQUIRES.search(low):
        seen.add("t")  # "chương trình yêu cầu ...": what a programme requires (a plain test first: rare words)
    after_cues: set[str] = set()
    if after:
        # (not what a relative clause says of the thing: "… điền sẵn dữ liệu mà người dùng đã cung cấp")
        low = after.lower()
        # (a plain test for "mà" and "sẽ" first: `re` tries their "\b" at every position)
        if "mà" in low and (rel := _RELATIVE.search(low)) and _OWN_VERB.search(low, 0, rel.start()):
            low = low[:rel.start()]
        after_cues = {"r" for m in _CLAUSE_CUE.finditer(low) if m.lastgroup == "r"}
        seen |= after_cues
        if "sẽ" in low and _FUTURE.search(low):
            seen.add("t")  # "80% hộ ... sẽ có gian hàng số"
    if seen == {"r"}:
        return "result"
    if seen == {"t"}:
        return "target"
    if seen == {"r", "t"} and cues and not after_cues and cues[-1].lastgroup == "t" \
            and (_STRIVE_CUE.match(text.lower(), cues[-1].start()) or cues[-1].group("t") == "sẽ"
                 or _DIRECTS.match(cues[-1].group("t")) or _NEEDED_RIGHT_BEFORE.match(cues[-1].group("t"))
                 or _MUST.match(cues[-1].group("t")) and not re.search(r"[,;]", text[cues[-1].end():])):
        # "tỷ trọng ... ước đạt hơn 7%, phấn đấu đến năm 2025 đạt 20%": the nearest striving
        # before the number speaks for it, and so does "sẽ" ("đã nâng cấp ... và sẽ vận hành 1.837 camera")
        # and what must be reached in the number's own clause ("… chỉ đạt gần 30%, xa so với tỷ lệ cần
        # đạt trong năm 2023 là 60%"; not "…, phải có nền tảng …, do đó tỉnh là 1 trong 9 tỉnh dẫn đầu")
        return "target"
    last_aim = max((m for m in cues if m.lastgroup == "t"), key=lambda m: m.end(), default=None)
    if seen == {"r", "t"} and last_aim is not None and cues[-1].lastgroup == "r":
        own = [m for m in cues if m.start() >= last_aim.end()]  # the cues after the last aim's
        if not after_cues and (_OBLIGED.match(last_aim.group(0)) or _DIRECTS.match(last_aim.group(0))) \
                and re.search(r"[,;]", text[last_aim.end():own[0].start()]) \
                and not any(_RANKED_CUE.match(m.group(0)) for m in own):
            # a result's words in the number's own clause, after a clause that says what must be, speak
            # for it ("Hiện nay, mỗi xã phải có ít nhất 1 tổ …, đến nay đã thành lập 150 tổ"; not after
            # an aim: "Phấn đấu đến năm 2026, trên cơ sở kết quả đạt được, nâng tỷ lệ … lên 90%"); and so do
            # they after a request in a clause before ("Huyện đã đề nghị các sở hỗ trợ, đến nay đã có 85% …")
            return "result"
        if _NOW_CUE.match(cues[-1].group("r")) and "," in text[last_aim.end():cues[-1].start()]:
            # "Tỷ lệ … phấn đấu đến năm 2025 đạt 80%, hiện nay đạt 62%": now, in the number's own clause
            return "result"
    if seen == {"r", "t"} and not after_cues and cues[0].lastgroup == "t" and _STRIVE_CUE.match(text.lower(), cues[0].start()) \
            and all(_RANKED_CUE.match(m.group(0)) or _RANK_REACHED.match(m.group(0)) for m in cues if m.lastgroup == "r"):
        # "Phấn đấu xếp vị trí 12/63", "phấn đấu điểm số PCI đạt 68,5 điểm, xếp vị trí 10 - 15/63": a
        # place strived for is ranked too, no place reached (but "…, đã xếp thứ 20/63 năm 2023" was reached)
        return "result" if _RANK_REACHED.match(cues[-1].group(0)) else "target"
    return None


_RANKED_CUE = re.compile(r"xếp|đứng", re.I)
_NOW_CUE = re.compile(r"hiện\s+(?:nay|tại)|đến\s+nay|tính\s+(?:đến|tới)\s+nay")
_MUST = re.compile(r"(?:cần|phải)\s")
_OBLIGED = re.compile(_MUST.pattern + r"|tối\s+thiểu|ít\s+nhất")  # what must be, or a floor
_RANK_REACHED = re.compile(r"đã\s+(?:xếp|đứng)", re.I)
# (not an aim reached, "đã đạt được mục tiêu 100%", nor aims counted, "27 mục tiêu có khả năng hoàn thành")
# ("… ước đạt 21 tỷ USD năm 2021 … và dự kiến đạt 57 tỷ USD vào năm 2025": a forecast too)
_DIRECTS = re.compile(r"đề\s+nghị")
_NEEDED_RIGHT_BEFORE = re.compile(r"để$|cần\s")  # (its pattern ends right before the value)
_STRIVE_CUE = re.compile(r"phấn\s+đấu|dự\s+kiến|(?<!đạt )(?<!được )(?<!\d )mục\s+tiêu")


# "Đến hết tháng 6/2025, hoàn thành ...": a deadline, not a date the text was written
_BY_DATE = re.compile(r"\b(?:đến|tới|trước)\s+(?:hết\s+|cuối\s+)?(?:ngày\s+)?$", re.I)


def speaks_of_results(text: str) -> bool:
    """Does `text` say anywhere that something was reached ("đã", "hiện nay", "đến nay")?"""
    return any(m.lastgroup == "r" for m in _CLAUSE_CUE.finditer(text.lower()))


# (not a floor to reach, a target's own wording: "đạt tối thiểu 5%", "đạt từ 30% trở lên")
_AIM_FLOORS = r"tối\s+thiểu|ít\s+nhất|không\s+dưới|từ"


def _reached_words(floors: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:đạt(?!\s+(?:{floors})\b)|đã|được\s+công\s+nhận)\b", re.I)


_REACHED_WORDS = _reached_words(_AIM_FLOORS)
# (and where aims go on: "đạt trên 50%", "đạt khoảng 30%" are an aim's words as much as a result's; not
# "đạt hơn 87%", "đạt dưới 5%": a result's words, as the gold has them nine times in ten)
_REACHED_PLAINLY = _reached_words(_AIM_FLOORS + r"|trên|khoảng|tối\s+đa")


def says_nothing_of_results(line: str, now: int | None = None) -> bool:
    """Does a paragraph say nothing of its own of results (no word of what was reached, no year)?
    With `now`, the text's own year, a year after it is no year of results ("đạt khoảng 7%/năm
    thời kỳ 2021-2030" in a page of 2025)."""
    return clause_kind(line) != "result" and section_kind(line) != "result" \
        and not any(now is None or year <= now for _, year, _ in years_in(line)) \
        and not (_REACHED_WORDS if now is None else _REACHED_PLAINLY).search(line)


def states_aims_only(text: str) -> bool:
    """Does `text` speak of aims only: words of aims ("phấn đấu", "mục tiêu")
    and no word of anything reached ("đã", "đến nay", "xếp thứ")? Such a text
    (a plan's targets cut from a page that names no plan, without a date of
    its own) states targets even where an item has no word of its own
    ("- Tỷ lệ thôn được phủ sóng: 100%")."""
    if any(not cited(text, m.start()) and not _BY_DATE.search(text, max(0, m.start() - 20), m.start())
           for m in _own_dates(text)):
        return False  # a text with dates of its own (not deadlines) is news or a report
    if next(matches_at(_NEWS_LEAD, text, [0, *occurrences(text, "\n")]), None):  # (it opens a line)
        return False  # "Chiều ngày 29.3, UBND xã … tổ chức …": a paragraph opening on its day is news
    low = text.lower()
    # (not the words of a cited document's name: "Đề án ... định hướng đến năm 2030",
    # nor what happens under a condition: "Nếu ... chưa đạt sẽ được xếp vào ...")
    cues = []
    for m in _CLAUSE_CUE.finditer(low):
        if m.lastgroup == "r":
            return False  # a word of something reached (the rest of the text is not read)
        if not (cited(text, m.start()) or _conditional(low, m.start())):
            cues.append(m)
    # (and at least one word that sets an aim: "bảo đảm", "giao" alone are any prose's, "Bộ … vừa công
    # bố số liệu … năm 2024 …, bảo đảm …" reports; but not right before its value: "Bảo đảm 100% hệ thống …")
    return any(not _WEAK_AIM.fullmatch(m.group(0)) or _VALUE_NEXT.match(low, m.end()) for m in cues)


_WEAK_AIM = re.compile(r"bảo\s+đảm|đảm\s+bảo|giao.*")
_VALUE_NEXT = re.compile(r"\s+(?:(?:tối\s+thiểu|ít\s+nhất|trên|hơn)\s+)?\d")
# a paragraph that opens on the day something happened: "Chiều ngày 29.3, …", "Ngày 15/8, …"
_NEWS_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s*[./]\s*\d{1,2}\s*,\s*(?-i:\w)",
                        re.I)
_CONDITION = re.compile(r"\bnếu\b")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _conditional(low: str, i: int) -> bool:
    """Is the "sẽ" at `i` what follows a condition ("Nếu ..., sẽ ...") in its own sentence?"""
    if not low.startswith("sẽ", i):
        return False
    start = max(0, i - 200)
    ends = [m.end() for m in _SENTENCE_END.finditer(low, start, i)]
    return _CONDITION.search(low, ends[-1] if ends else start, i) is not None


# Years inside a cited document's name ("Nghị quyết số 11-NQ/TU ... đến năm
# 2025") belong to that document, not to the plan being read.
_CITATION = re.compile(
    r"\b(?:nghị\s+quyết|quyết\s+định|chỉ\s+thị|nghị\s+định|thông\s+tư|luật|chiến\s+lược|"
    r"chương\s+trình|đề\s+án|kết\s+luận)\b[^;.:]{0,160}$",
    re.I,
)


# "Triển khai Nghị quyết số 57-NQ/TW ..., năm 2025, Bắc Ninh đạt ...": a year
# that opens a clause of its own is the text's, not the document's name
# (and a part of the year a report covers: "kết quả thực hiện Nghị quyết 57-NQ/TW trong Quý 1 năm 2025")
# (a quarter or months of the year need no "trong": "… Nghị quyết 57-NQ/TW 6 tháng đầu năm 2025", "… Quý I/2025";
# a month does: "Nghị quyết 57-NQ/TW ngày 22 tháng 12 năm 2024" is the name's date)
_OWN_CLAUSE_YEAR = re.compile(r",\s*(?:trong\s+|vào\s+)?năm\s+$|\btrong\s+tháng\s+\d{1,2}\s+năm\s+$"
                              r"|\b(?:quý\s+(?:[IV]{1,3}|[1-4])|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?)\s*(?:năm\s+|/\s*)$", re.I)


# "Đề án đã đánh giá hiện trạng ... giai đoạn 2016-2020": the document is a
# subject that did something, and what follows is no part of its name
_DID = re.compile(r"\bđã\s", re.I)


def cited(text: str, pos: int) -> bool:
    """Does the year at `pos` stand in the name of a cited document?"""
    if _OWN_CLAUSE_YEAR.search(text, max(0, pos - 30), pos):
        return False
    m = _CITATION.search(text, max(0, pos - 170), pos)
    return bool(m) and not _DID.search(text, m.start(), pos)


# an elected body's term: "bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021-2026", "HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026"
# (not a congress of delegates, whose term is its targets' horizon: "Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025-2030";
# nor a body named before a count, "Đại hội đại biểu …, 22 chỉ tiêu … cho nhiệm kỳ 2025–2030")
_ELECTED_TERM = re.compile(r"\b(?:hđnd|hội\s+đồng\s+nhân\s+dân|(?<!hội\s)đại\s+biểu|bầu\s+cử|ứng\s+cử)\b[^.;\n\d]{0,60}?\bnhiệm\s+kỳ\s+"
                           r"(?:19|20)\d\d\s*[-–]\s*$", re.I)
# a plan's period a result is measured against, or a point inside a period: not when it was reached
_PLANS_STAGE = re.compile(r"\b(?:kế\s+hoạch\s+(?:của\s+)?(?:cả\s+)?|(?:nửa|giữa)\s+(?:đầu\s+|cuối\s+)?)(?:nhiệm\s+kỳ|giai\s+đoạn)\s+(?:19|20)\d\d\s*[-–]\s*$", re.I)


# A clause opened by the month or quarter it is of, or the day it counts up to: "Cuối quý I/2021,
# có hơn 104 triệu tài khoản", "Tháng 3/2024, tỷ lệ …", "tính đến ngày 31/3/2021, …" (not a
# date that may be a deadline: "Đến hết tháng 6/2025, hoàn thành …")
MONTH_OR_QUARTER = r"(?:tháng\s+\d{1,2}|quý\s+(?:[IV]{1,3}|[1-4]))"  # of a date: "tháng 3/2024", "quý I/2021"
_CLAUSE_DATE = re.compile(
    r"(?:(?:^|[,;:\n]\s*|\.\s+)(?:tính\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+|đầu\s+|giữa\s+)?|cuối\s+|đầu\s+|giữa\s+|"
    rf"trong\s+|vào\s+)?{MONTH_OR_QUARTER}"
    r"|\btính\s+(?:đến|tới)\s+(?:hết\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2})\s*/\s*$", re.I)


# A month or day set as a deadline: "Đến hết tháng 12/2023, phải triển khai …", "trước ngày 31/7/2023"
_DUE = r"\b(?:đến|tới|trước)\s+(?:hết\s+|cuối\s+)?(?:ngày\s+\d{1,2}\s*/\s*\d{1,2}|tháng\s+\d{1,2})\s*/\s*"
_DEADLINE_MONTH = re.compile(_DUE + "$", re.I)


def due_in_year(text: str, start: int, end: int, year: int) -> bool:
    """Does text[start:end] set a month or day of `year` as a deadline ("Đến hết tháng 6/2025, …")?"""
    return re.search(_DUE + str(year) + r"\b", text[start:end], re.I) is not None


def years_in(text: str, base: int = 0) -> list[tuple[int, int, str]]:
    """(offset, year, how) for year expressions; how is 'by', 'in', 'since' or 'date'."""
    out = []
    for m in _YEAR_DIGITS.finditer(text):
        if _glued(text, m.start()):
            if _CLAUSE_DATE.search(text, max(0, m.start() - 40), m.start()) \
                    or _DEADLINE_MONTH.search(text, max(0, m.start() - 40), m.start()):
                out.append((base + m.start(), int(m.group(1)), "by"))
            continue
        left = text[max(0, m.start() - 40):m.start()]
        if school := _SCHOOL_YEAR_LEFT.search(left):
            # "Năm học 2024-2025, toàn tỉnh có …": a school year is of its second year, but for one it starts
            # ("từ năm học 2025-2026", "đầu năm học 2021-2022")
            out.append((base + m.start(1), int(school.group(2)) if school.group(1) else int(m.group(1)), "by"))
            continue
        if _ERA.search(left):
            continue  # "từ những năm 1995": an era, no year anything is of
        lm = _YEAR_LEFT.search(left)
        if not lm or not (lm.group("prep") or lm.group("word") or lm.group("stage")):
            continue
        if left.rstrip().endswith(("-", "–")) and not lm.group("stage"):
            continue
        y = int(m.group(1))
        prep = (lm.group("prep") or "").lower().split()
        if _DATE_BEFORE.search(left, 0, lm.start()):
            how = "by" if _AS_OF.search(left) else "date"
        elif prep and (prep[0] in {"so", "từ", "sau", "cùng", "bằng"} or _FROM_EDGE.search(left, 0, lm.start())):
            how = "since"  # "so với năm 2022", "so năm 2022", "bằng xếp hạng năm 2022", "bắt đầu từ cuối năm 2021"
        elif lm.group("stage") and _PLANS_STAGE.search(left):
            how = "since"  # "đạt 75% kế hoạch của cả nhiệm kỳ 2021 - 2025": the plan's period, not when it was reached
        elif lm.group("stage") and _ELECTED_TERM.search(text, max(0, m.start() - 100), m.start()):
            # (the body may be named further back than `left` reaches: "Hội đồng nhân dân tỉnh khóa X, nhiệm kỳ 2021-2026")
            how = "since"  # "đại biểu HĐND các cấp nhiệm kỳ 2021-2026": an elected body's term names it, no deadline
        elif prep or lm.group("stage"):
            how = "by"
        else:
            how = "in"
        if how != "date" and _PUBLISHED.search(left):
            how = "date"  # "Chỉ số năm 2024, công bố năm 2025": when it was made known
        out.append((base + m.start(1), y, how))
    return out


_SCHOOL_YEAR_LEFT = re.compile(r"(?:\b((?:kể\s+)?từ|đầu)\s+)?\bnăm\s+học\s+((?:19|20)\d\d)\s*[-–]\s*$", re.I)
# (and a birth year: "Nguyễn Văn A (sinh năm 1997)")
# (not "tuyển sinh năm 2025", "phát sinh năm 2023", "học sinh năm 2023")
_ERA = re.compile(r"\b(?:những|các)\s+năm\s+$|\bthập\s+(?:niên|kỷ)\s+$|[(,]\s*sinh\s+(?:năm\s+)?$", re.I)
_FROM_EDGE = re.compile(r"\b(?:từ|kể\s+từ)\s+$", re.I)

# "công bố năm 2025", "công bố vào tháng 10 năm 2025": a publication's date.
_PUBLISHED = re.compile(
    r"\bcông\s+bố\s+(?:lần\s+đầu(?:\s+tiên)?\s+)?(?:vào\s+)?(?:(?:cuối|đầu|giữa)\s+)?(?:tháng\s+\d{1,2}\s+)?năm\s+$", re.I)

# An index or ranking named with the year it measures: "kết quả chuyển đổi số
# (DTI) năm 2022", "bảng xếp hạng chuyển đổi số năm 2023", "DTI 2024",
# "Chỉ số PAR INDEX năm 2023".
_INDEX_YEAR = re.compile(
    r"(?:\bchỉ\s+số|\bDTI\b|\bxếp\s+hạng|\bcông\s+bố\s+kết\s+quả\s+chuyển\s+đổi\s+số|\bPAR\s*INDEX\b|\bSIPAS\b|\bPCI\b|\bPAPI\b|\bICT\s*Index\b)"
    r"(?:[^.:\n\d]{0,120}?\bnăm\s+|\s*(?:\(DTI\)\s*)?|[^.:;,\n\d]{0,80}?\s)((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)",
    re.I,
)
# ... unless the year is a deadline or a comparison ("đến năm 2025", "so với năm 2022"), or the
# index's first edition ("Chỉ số … công bố lần đầu tiên vào năm 2012").
_NOT_MEASURED = re.compile(
    r"\b(?:đến|tới|so\s+với|so|bằng|từ|sau|trước|phấn\s+đấu|mục\s+tiêu|giai\s+đoạn)\b[^.;:\n]*$"
    r"|\blần\s+đầu(?:\s+tiên)?(?:\s+(?:được\s+)?công\s+bố)?(?:\s+(?:vào|từ|trong))?(?:\s+năm)?\s+$", re.I)


# "Báo cáo thường niên kinh tế số Việt Nam 2022": an annual report names the year it covers
_ANNUAL_REPORT_YEAR = re.compile(r"\bbáo\s+cáo\s+thường\s+niên\b[^.:\n\d]{0,80}?((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.I)


# Where each of those opens, found by plain search: a word of its opening and how far into it the word
# is ("PAR", "PAPI" and "SIPAS" hold "pa"; no "i" or "s" is searched for: `re.I` folds "ı" and "ſ" with
# them, `str.lower` does not).
_INDEX_WORDS = (("chỉ", 0), ("dt", 0), ("xếp", 0), ("công", 0), ("pa", 0), ("pa", 2), ("pc", 0), ("ct", 1))
_ANNUAL_REPORT_WORDS = (("báo", 0),)


@lru_cache(maxsize=2048)  # (pure: the grammar and the index year of the text ask of each sentence)
def index_year(sentence: str) -> int | None:
    """The year an index, ranking or annual report this sentence names measures, if it says one."""
    if not _YEAR_DIGITS.search(sentence):
        return None  # (both patterns end in a year: a cheap scan first)
    low = sentence.lower()
    for rx, words in ((_INDEX_YEAR, _INDEX_WORDS), (_ANNUAL_REPORT_YEAR, _ANNUAL_REPORT_WORDS)):
        if len(low) == len(sentence):  # (lower-casing keeps offsets, but for "İ")
            starts = sorted({i - back for word, back in words for i in occurrences(low, word) if i >= back})
            found = matches_at(rx, sentence, starts)
        else:
            found = rx.finditer(sentence)
        for m in found:
            if not _NOT_MEASURED.search(sentence, max(0, m.start() - 60), m.start(1)):
                return int(m.group(1))
    return None


# Dates a text gives itself: "ngày 16/7/2025", "tháng 5/2025", "quý I/2026",
# "ngày 3 tháng 4 năm 2025".
# Newspapers also write "23-1-2026", "30.9.2024", "tháng 11-2022", "tháng 6.2023".
_OWN_DATE = re.compile(
    r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*((?:19|20)\d\d)\b"
    r"|\b\d{1,2}(?P<sep>[.-])\d{1,2}(?P=sep)((?:19|20)\d\d)\b"
    r"|\btháng\s+\d{1,2}\s*(?:/|-|năm)\s*((?:19|20)\d\d)\b|\btháng\s+\d{1,2}\.((?:19|20)\d\d)\b"
    r"|\bquý\s+(?:[IV]{1,3}|[1-4])\s*(?:/|năm)\s*((?:19|20)\d\d)\b",
    re.I,
)
# where a date written in digits can open: one or two digits before a "/", or before a "." or "-" and a
# digit (and some places inside a run of digits too, where no date opens; a date never opens inside one)
_DATE_DIGITS = re.compile(r"\d{1,2}(?=\s*/|[.-]\d)")


def _own_dates(text: str) -> Iterator[re.Match[str]]:
    """`_OWN_DATE.finditer(text)`, tried only where a match can open (digits before a date's separator,
    "tháng" or "quý" in any case), found by a cheap scan and plain search: `re` would try its case-insensitive
    alternatives at every position (same matches)."""
    low = text.lower()
    if len(low) != len(text):
        return _OWN_DATE.finditer(text)  # (lower-casing keeps offsets, but for "İ")
    starts = [m.start() for m in _DATE_DIGITS.finditer(text)]
    # (no "i" or "s" in the words: re.I folds "İ", "ı" and "ſ" with them, str.lower does not)
    starts += [i for word in ("tháng", "quý") for i in occurrences(low, word)]
    return matches_at(_OWN_DATE, text, sorted(starts))


def _date_year(m: re.Match[str]) -> int:
    return int(next(g for g in m.groups() if g and len(g) == 4))


def dated_year(text: str, now: int | None = None) -> int | None:
    """The year of the last date `text` gives itself ("Tháng 12/2025, tỷ lệ ..."), if any; with `now`, the
    year the text speaks from, not a year before it where a span up to now began."""
    # (not the date something started working from: "đưa vào hoạt động từ tháng 12/2020 gồm 128 camera";
    # but what was counted some months after it is of about that time: "vận hành từ ngày 15/3/2023, sau 6 tháng đã …")
    # (nor, before now, where a span up to now began: "Tính từ tháng 3/2022 đến nay, … đã có hơn 13 triệu lượt tải")
    years = [_date_year(m) for m in _own_dates(text) if not cited(text, m.start())
             and not (_STARTED_ON.search(text, max(0, m.start() - 40), m.start())
                      and not _A_WHILE_AFTER.search(text, m.end()))
             and not (now is not None and _date_year(m) < now and _FROM_BEFORE.search(text, max(0, m.start() - 12), m.start())
                      and _TILL_NOW_AFTER.match(text, m.end()))]
    return years[-1] if years else None


# "Kế hoạch số 171/KH-UBND ngày 29/9/2023": the date of a numbered document, not the text's own
_NUMBERED_DOCUMENT = re.compile(r"\bsố\s+\d+[/\w.-]*\s+(?:ngày\s+)?$", re.I)
_STAGE_END = re.compile(r"(?:19|20)\d\d\s*[-–]\s*$")
_STAGE_OPENING = re.compile(r"(?:^|[.\n]\s*)giai\s+đoạn\s+(?:từ\s+)?(?:19|20)\d\d\s*[-–]\s*$", re.I)


def _reported_stage(text: str, pos: int) -> bool:
    """Is the year at `pos` the end of a stage that opens its sentence and frames what the
    sentence says was reached ("Giai đoạn 2021 - 2024, tỉnh luôn duy trì …")?"""
    if not _STAGE_OPENING.search(text, max(0, pos - 40), pos) or text[pos + 4:pos + 6].strip()[:1] != ",":
        return False
    end = _SENTENCE_END.search(text, pos + 4)
    sentence = text[pos + 5:end.start() if end else len(text)]
    return clause_kind(sentence) != "target" and section_kind(sentence) != "target"
# "từ tháng 4/2022 sẽ triển khai …": a date of what is still to come is not the text's own
_WILL_AFTER = re.compile(r"\s*,?\s*(?:sẽ|dự\s+kiến)\b", re.I)
# "Được khởi động từ tháng 8/2020": when something began, not when the text speaks from
_STARTED_ON = re.compile(r"\b(?:khởi\s+động|ra\s+mắt|vận\s+hành|hoạt\s+động|thành\s+lập)\s+(?:chính\s+thức\s+)?từ\s+(?:ngày\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\btừ\s+(?:ngày\s+)?$", re.I)
_TILL_NOW_AFTER = re.compile(r"\s*(?:đến|tới)\s+(?:nay|hiện\s+(?:nay|tại)|thời\s+điểm\s+(?:này|hiện\s+tại))\b", re.I)
# (unless what follows was counted some months on: "…, sau 6 tháng đã tiếp nhận"; not years on)
_A_WHILE_AFTER = re.compile(r"\bsau\s+(?:\S+\s+){0,2}?(?:ngày|tuần|tháng)\b", re.I)
# "phấn đấu đến năm 2030": a deadline is no year the text speaks from ("tính đến năm 2024" is)
# (and an aim's year: "đặt mục tiêu kinh tế số chiếm 35-40% GRDP vào năm 2030")
# (and a forecast's year: "được dự báo sẽ tạo giá trị 54 tỷ USD vào năm 2026", "sẽ đạt 70-80 tỷ USD vào năm 2025")
_DEADLINE = re.compile(r"(?<!tính )(?<!tính)\b(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+$"
                       r"|\b(?:mục\s+tiêu|dự\s+báo|dự\s+kiến|kỳ\s+vọng|(?:tiến|hướng)\s+tới"
                       # (a "sẽ" only before a forecast's verb: not "sẽ tiếp tục phát huy kết quả đạt được vào năm 2023")
                       r"|sẽ\s+(?:(?:có\s+thể|tiếp\s+tục)\s+)?(?:đạt|tạo|lên|tăng|chiếm|vượt|cán\s+mốc|mang\s+lại|đóng\s+góp))\b"
                       r"[^.;\n]{0,80}\bvào\s+năm\s+$", re.I)
_EVENT_YEAR = re.compile(r"\b(?:sự\s+kiện|hội\s+nghị|diễn\s+đàn|hội\s+thảo|tuần\s+lễ|triển\s+lãm|ngày\s+hội|"
                         r"tổ\s+chức\s+chương\s+trình|hưởng\s+ứng\s+ngày)"
                         r"[^.;\n\d]{0,80}?\b((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.I)
# "Trồng 1 triệu cây xanh hướng tới mục tiêu NetZero năm 2050": the horizon one item aims at, a goal
# named (not the year itself aimed at: "…, hướng tới mục tiêu năm 2025", "hướng tới năm 2026")
AIMED_AT = re.compile(r"\bhướng\s+tới\s+(?:mục\s+tiêu\s+)?(?!(?:mục\s+tiêu|đến|tới|vào|trong|năm)\b)"
                      r"[^\W\d][^.;:\n\d]{0,40}$", re.I)
_A_NUMBERS_YEAR = re.compile(r"\d[ \t]*%?[ \t]+(?:vào\s+|trong\s+)?năm\s+$", re.I)  # (not across a line: "date 2026-01\nNăm 2025")


# "năm 2021, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết …": the year a document was issued, not
# the text's own ("Đến nay, 100% xã …" after it is later, how much later unsaid)
_DOCUMENT_ISSUED_AFTER = re.compile(r"\s*,?\s*[^,.;:\d]{0,60}?\b(?:đã\s+)?(?:ban\s+hành|phê\s+duyệt|ký)\s+(?:các\s+)?"
                                    r"(?:nghị\s+quyết|kế\s+hoạch|quyết\s+định|đề\s+án|chương\s+trình|chỉ\s+thị)\b", re.I)
_SINCE_THE_YEAR_BEGAN = re.compile(
    r"\btừ\s+đầu\s+năm\s+((?:19|20)\d\d)\s*(?:,\s*)?(?:đến|tới)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+này)\b", re.I)
_REPORTED_PERIOD = re.compile(r"\b(?:\d{1,2}|sáu|chín|ba)\s+tháng\s+(?:đầu\s+|cuối\s+)?năm\s+((?:19|20)\d\d)\b", re.I)
# (the words each opens with, and where in the word a plain search finds it: no "s" or "i" is
# searched for, since `re.I` folds "ſ", "ı" and "İ" into them and `str.lower` does not)
_EVENT_WORDS = (("ự", 1), ("hộ", 0), ("ễn", 2), ("tuần", 0), ("ển", 3), ("ngày", 0), ("tổ", 0), ("hưởng", 0))


def _reported_periods(text: str) -> Iterator[re.Match[str]]:
    """`_REPORTED_PERIOD.finditer(text)`, tried only at the word before each "tháng" (found by
    plain search; the word is 1 to 4 letters, then spaces): same matches."""
    low = text.lower()
    if len(low) != len(text):
        return _REPORTED_PERIOD.finditer(text)  # (lower-casing keeps offsets, but for "İ")
    starts: list[int] = []
    for i in occurrences(low, "tháng"):
        j = i
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j < i:
            starts.extend(range(max(0, j - 4), j))
    return matches_at(_REPORTED_PERIOD, text, sorted(set(starts)))


def _year_began(text: str) -> Iterator[re.Match[str]]:
    """`_SINCE_THE_YEAR_BEGAN.finditer(text)`, tried only where "từ" opens (same matches)."""
    low = text.lower()
    if len(low) != len(text):
        return _SINCE_THE_YEAR_BEGAN.finditer(text)
    return matches_at(_SINCE_THE_YEAR_BEGAN, text, list(occurrences(low, "từ")))


def _event_year(text: str, end: int) -> re.Match[str] | None:
    """`_EVENT_YEAR.search(text, 0, end)`, tried only where one of its words opens (same match)."""
    low = text[:end].lower()
    if len(low) != min(end, len(text)):
        return _EVENT_YEAR.search(text, 0, end)
    starts = sorted({i - back for word, back in _EVENT_WORDS for i in occurrences(low, word) if i >= back})
    return next((m for start in starts if (m := _EVENT_YEAR.match(text, start, end)) is not None), None)


_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# "Bốn năm trước, ngày 20/10/2020, ...": a date that many years before the text
_YEARS_AGO = re.compile(r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+năm\s+(?:về\s+)?trước\s*,?\s*(?:vào\s+)?(?:ngày\s+)?$",
                        re.I)


def _years_ago(text: str, at: int) -> int:
    """How many years before the text a date at `at` is said to be (0 if not said)."""
    m = _YEARS_AGO.search(text, max(0, at - 40), at)
    if not m:
        return 0
    n = m.group(1).lower()
    return int(n) if n.isdigit() else _NUMBER_WORDS[n]


# a whole year reviewed: "đánh giá tình hình hoạt động năm 2025", "tổng kết năm 2025"
_YEAR_REVIEWED = re.compile(r"\b(?:tổng\s+kết|đánh\s+giá|báo\s+cáo\s+kết\s+quả)(?:\s+(?!năm\b)[^\W\d]+){0,6}\s+(?:trong\s+)?năm\s+((?:19|20)\d\d)\b",
                            re.I)
_FIRST_QUARTER = re.compile(r"\b\d{1,2}\s*[/.-]\s*0?[1-3]\s*[/.-]\s*(?:19|20)\d\d\b|\btháng\s+0?[1-3]\s*(?:/|-|năm)\s*(?:19|20)\d\d\b"
                            r"|\bquý\s+(?:I|1)\s*(?:/|năm)\s*(?:19|20)\d\d\b", re.I)


def _all_early(text: str, year: int) -> bool:
    """Are all the text's own dates in `year` in its first quarter?"""
    dates = [m for m in _own_dates(text) if _date_year(m) == year and not cited(text, m.start())]
    return bool(dates) and all(_FIRST_QUARTER.fullmatch(m.group(0)) for m in dates)


# the words before a year a value is compared with: "tăng 7% so kết quả đạt được năm 2019", "so với
# cùng kỳ năm 2022", "so với tháng 12 năm 2020"
_COMPARED_WITH = (r"\bso\s+(?:với\s+)?(?:(?:cùng\s+kỳ|cuối|đầu|kết\s+quả(?:\s+đạt\s+được)?|thời\s+điểm|"
                  r"tháng\s+\d{1,2}|quý\s+[IV\d]+)\s+)*")
_COMPARED_WITH_YEAR = re.compile(_COMPARED_WITH + r"năm\s+((?:19|20)\d\d)\b", re.I)
COMPARED_BEFORE_YEAR = re.compile(_COMPARED_WITH + r"(?:năm\s+)?$", re.I)  # (the grammar's too)
_COMPARED_DATE = re.compile(r"\bso\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?$", re.I)
_MONTH_OF_DATE = re.compile(r"tháng\s+(\d{1,2})", re.I)
_FIRST_MONTH = re.compile(r"\btháng\s+đầu\s+(?:năm|tiên)\b", re.I)
_DATED_AFTER = re.compile(r"\s*[/.-]\s*\d")  # "tháng 1/2025": a month with its year, not the sentence's own


def _same_period_before(text: str, date: re.Match[str]) -> int:
    """1 when `date` is the same month a year before the one its sentence reports ("đóng góp
    tháng 1 ước đạt …, tăng 33,3% so với tháng 1/2025"; "tháng đầu năm" is January), or the last
    month of a year, which all it reports came after; else 0."""
    if not _COMPARED_DATE.search(text, max(0, date.start() - 30), date.start()):
        return 0
    month = _MONTH_OF_DATE.match(text, date.start())
    if not month:
        return 0
    start = max(text.rfind(". ", 0, date.start()), text.rfind("\n", 0, date.start())) + 1
    sentence = text[start:date.start()]
    number = int(month.group(1))
    if number == 12:
        return 1  # "đến nay ước đạt 67.300 DN, tăng 3.422 DN so với tháng 12-2021": a report of the year after
    own = any(int(m.group(1)) == number and not _DATED_AFTER.match(sentence, m.end())
              for m in _MONTH_OF_DATE.finditer(sentence)) or (number == 1 and _FIRST_MONTH.search(sentence))
    return 1 if own else 0


def _first_at(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> re.Match[str] | None:
    """`pattern.search(text)` where every match opens with one of `words` (in lower case; none with an
    "i", and one with an "s" given with "ſ" too: `re.I` folds "ı" and "ſ" into them, `str.lower` does
    not): tried only where one opens, found by plain search (same match)."""
    low = text.lower()
    if len(low) != len(text):
        return pattern.search(text)  # (lower-casing keeps offsets, but for "İ")
    return next(matches_at(pattern, text, sorted(i for word in words for i in occurrences(low, word))), None)


def _year_reviewed(text: str) -> re.Match[str] | None:
    return _first_at(_YEAR_REVIEWED, text, ("tổng", "đánh", "báo"))


def _compared_with_year(text: str) -> re.Match[str] | None:
    return _first_at(_COMPARED_WITH_YEAR, text, ("so", "ſo"))


_WORK_LAUNCHED = re.compile(r"\btriển\s+khai\s+(?:công\s+tác|nhiệm\s+vụ|kế\s+hoạch)\b[^.;\n\d]{0,50}?\bnăm\s+$", re.I)


def _work_launched(text: str, pos: int) -> bool:
    """Is the year at `pos` the one whose work a meeting launches ("hội nghị triển khai công tác tư pháp năm
    2025", held at the end of 2024)? Such a year dates no result reported there."""
    return _WORK_LAUNCHED.search(text, max(0, pos - 80), pos) is not None


@lru_cache(maxsize=2)  # (pure: the grammar asks it of a text twice, with and without deadlines)
def _dated_years(text: str) -> tuple[int, ...]:
    """The years of the text's own dates (not those of cited documents), the periods it reports
    on and the year it says it was written in (`reference_year`'s first answer)."""
    own_dates = [m for m in _own_dates(text)
                 if not cited(text, m.start()) and not _NUMBERED_DOCUMENT.search(text, max(0, m.start() - 60), m.start())
                 and not _STARTED_ON.search(text, max(0, m.start() - 40), m.start())]
    dated = [(_date_year(m) + _years_ago(text, m.start()) + _same_period_before(text, m),
              bool(_WILL_AFTER.match(text, m.end())))
             for m in own_dates]
    # (a date of what is still to come counts only when the text has no other)
    years = [y for y, to_come in dated if not to_come] or [y for y, _ in dated]
    # "sơ kết 6 tháng đầu năm 2024", "9 tháng năm 2023": the period a report covers is its own
    years += [int(m.group(1)) for m in _reported_periods(text)]
    # "từ đầu năm 2024 đến nay": the text was written in that year
    years += [int(m.group(1)) for m in _year_began(text) if not cited(text, m.start())]
    return tuple(years)


@lru_cache(maxsize=2)  # (pure: asked of a text twice, with and without deadlines)
def _named_years(text: str) -> tuple[tuple[int, int], ...]:
    """(position, year) of the years a text without dates of its own names for itself, in order,
    deadlines among them (`reference_year`'s second answer)."""
    return tuple((pos, y) for pos, y, how in years_in(text) if how in ("by", "in") and not cited(text, pos)
                 and not _glued(text, pos)  # (dates were weighed above)
                 and (not _STAGE_END.search(text, max(0, pos - 30), pos) or _reported_stage(text, pos))
                 and not _A_NUMBERS_YEAR.search(text, max(0, pos - 30), pos)
                 and not _DOCUMENT_ISSUED_AFTER.match(text, pos + 4)
                 and not AIMED_AT.search(text, max(0, pos - 50), pos)
                 and not COMPARED_BEFORE_YEAR.search(text, max(0, pos - 40), pos))


_YEAR_TOLD_OF = re.compile(r"(?:^|[,.;:]\s+)(?:năm\s+)?((?:19|20)\d\d)\s+là\s+năm\s+(?:ghi\s+nhận|đánh\s+dấu|bản\s+lề|tăng\s+tốc|"
                           r"về\s+đích|có\s+nhiều|đầu\s+tiên|thứ)\b", re.I | re.M)


def reference_year(text: str, deadlines: bool = True) -> int | None:
    """The latest year of the text's own dates (not those of cited documents),
    else the first year it names, else None. `deadlines=False` leaves out
    deadlines ("phấn đấu đến năm 2030"): no result is of such a year."""
    if years := _dated_years(text):
        latest = max(years)
        if not deadlines and (review := _year_reviewed(text)) and int(review.group(1)) == latest - 1 \
                and _all_early(text, latest):
            # "Chiều 15/01/2026, ... họp đánh giá tình hình hoạt động năm 2025": a review
            # held early in the year reports the year before
            return latest - 1
        return latest
    # no dates: a year the text says is the one it tells of ("…, 2023 là năm ghi nhận những chuyển biến rõ nét
    # …" before "… triển khai vào cuối năm 2022. … đến nay đã có …")
    if (told := _YEAR_TOLD_OF.search(text, 0, 1500)) is not None:
        return int(told.group(1))
    # the first year the text names for itself ("Năm 2024 đánh dấu
    # ...", "kết quả DTI năm 2023")
    # (not the end of a stage: "giai đoạn 2021-2025" dates nothing the text reports)
    # (nor a deadline, nor a year that belongs to a number: "xếp thứ 2 năm 2021" dates that rank, not the text)
    # (but a stage that frames what its sentence reports was reached is: "Giai đoạn 2021 - 2024,
    # Vĩnh Phúc luôn duy trì vị trí tốp 15 …" speaks from 2024)
    # (nor, for results, the year whose work a meeting launches)
    first = next((y for pos, y in _named_years(text)
                  if deadlines or not (_DEADLINE.search(text, max(0, pos - 120), pos) or _work_launched(text, pos))), None)
    if first is None and (event := _event_year(text, 1500)) and not _DEADLINE.search(
            text, max(0, event.start(1) - 30), event.start(1)) \
            and (deadlines or not _work_launched(text, event.start(1))):
        # "Tại sự kiện Tuần lễ Số Quốc tế Việt Nam 2024 (WIDW 2024), ...": the
        # year of the event the text reports from
        return int(event.group(1))
    if first is None and (compared_year := _compared_with_year(text)):
        # "… giảm 1,05% so với cuối năm 2020": a text that names only the year it compares with
        # reports the year after it
        return int(compared_year.group(1)) + 1
    return first
