"""Facts a plan states about itself: province, plan number, issue date, year, title.

Only what the text says; None otherwise (never a guess).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date

from muctieu.documents.model import DocumentMeta
from muctieu.documents.scan import matches_at, occurrences

_UP = "A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚĂĐĨŨƠƯẠ-ỹ"
_NAME = rf"[{_UP[:-4]}ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĐ][^\W\d_]*"
# "tỉnh Bình Định", "Tỉnh Thừa Thiên Huế": up to four capitalised words.
# (Each whole-text pattern opens with its first character as a plain set, the word boundary
# before it checked behind it: `re` then scans for that set in C, trying the rest only there;
# the matches are the same as with a leading "\b".)
_PROVINCE = re.compile(rf"[Tt](?<!\w[Tt])(?:ỉnh|(?<=T)ỈNH)\s+({_NAME}(?:(?: ?[\-–] ?| ){_NAME}){{0,3}})")
_CITY = re.compile(rf"\b(?:[Tt]hành phố|THÀNH PHỐ|TP\.?)\s*({_NAME}(?:[ \-]{_NAME}){{0,3}})")
# Cities under the central government are provinces in all but name.
CENTRAL_CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")

_PLAN_NO = re.compile(r"(\d(?<!\w\d)\d{0,4}/(?:KH|QĐ|QD|CTr|CT|NQ|ĐA)-[A-ZĐa-z]+(?:-[A-ZĐa-z]+)?)")
_DATE_NUM = re.compile(r"\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)\b")
_DATE_WORDS = re.compile(
    r"\b[Nn]gày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)\b"
)
_PLAN_YEAR = re.compile(
    r"[Kk](?<!\w[Kk])(?:ế|Ế) (?:hoạch|HOẠCH)\b[^.;\n]{0,200}?"
    r"(?:(?i:giai đoạn)\s+(?:20\d\d)\s*[-–]\s*((?:20)\d\d)|(?i:năm)\s+((?:20)\d\d)\b(?!\s*[-–]))"
)


def _starts_before(text: str, words: tuple[str, ...], back: int) -> list[int]:
    """Offsets `back` characters before each occurrence of any of `words` in `text`, in order."""
    # (a plain loop into one list: "tỉnh" may occur hundreds of times, and resuming a generator for
    # each costs more than the search)
    out: list[int] = []
    for word in words:
        i = text.find(word, back)
        while i >= 0:
            out.append(i - back)
            i = text.find(word, i + 1)
    out.sort()
    return out


def _plan_number_starts(text: str) -> list[int]:
    """Where a `_PLAN_NO` can open: the run of at most five digits before a "/" and a kind's initials."""
    out = []
    q = text.find("/")
    while q >= 0:
        if text.startswith(("KH", "QĐ", "QD", "CT", "NQ", "ĐA"), q + 1):  # ("CTr" opens with "CT")
            r = q
            while r > 0 and text[r - 1].isdecimal():  # (`\d`)
                r -= 1
            if 0 < q - r <= 5:
                out.append(r)
        q = text.find("/", q + 1)
    return out


def _provinces(text: str) -> Iterator[re.Match[str]]:
    """`_PROVINCE.finditer(text)`: its matches open one character before "ỉnh" or "ỈNH"."""
    return matches_at(_PROVINCE, text, _starts_before(text, ("ỉnh", "ỈNH"), 1))


# A crawler's date stamp before the first line ("date 2023-04 Theo đó...").
DATE_STAMP = re.compile(r"\ufeff?\s*date\s+((?:19|20)\d\d)-(\d\d)(?:-\d\d)?(?:\s+|$)", re.I)
# A line that holds the stamp and nothing else.
STAMP_LINE = re.compile(r"\s*date\s+\d{4}-\d\d(?:-\d\d)?\s*$", re.I)


def date_stamp(text: str) -> tuple[int, int] | None:
    """(year, month) of a leading "date YYYY-MM" stamp, if any."""
    m = DATE_STAMP.match(text)
    return (int(m.group(1)), int(m.group(2))) if m else None


# An upper-case title runs the name into the words after it: "TỈNH NINH BÌNH GIAI ĐOẠN 2026-2030".
_AFTER_NAME = re.compile(r"\s+(?:giai\s+đoạn|năm|đến|tới|hướng|định\s+hướng|tầm\s+nhìn|về|trên|của|và|theo|trong|"
                         r"thực\s+hiện|lần|khóa|nhiệm\s+kỳ)\b.*$",
                         re.I | re.S)


def _name(raw: str) -> str:
    """"BÌNH ĐỊNH" (from an upper-case letterhead) reads "Bình Định"."""
    raw = _AFTER_NAME.sub("", raw)
    return raw.title() if raw.isupper() else raw


def _province(text: str) -> str | None:
    head = text[:3000]
    names = [_name(m.group(1)) for m in _provinces(text)]
    if names:
        counts = Counter(names)
        first_in_head = next((_name(m.group(1)) for m in _provinces(head)), None)
        best, n = counts.most_common(1)[0]
        # A name in the title or lead wins over a later, merely frequent one.
        if first_in_head and counts[first_in_head] >= n / 2:
            return first_in_head
        return best
    for m in _CITY.finditer(text):
        name = m.group(1)
        for city in CENTRAL_CITIES:
            if name == city or name.startswith(city + " "):
                return city
    return None


def _valid_date(d: str, m: str, y: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _issued(text: str, plan_pos: int | None) -> date | None:
    if plan_pos is None:
        return None
    found: list[tuple[int, date]] = []
    lo = max(0, plan_pos - 200)
    for rx in (_DATE_NUM, _DATE_WORDS):
        for m in rx.finditer(text, lo, plan_pos + 200):
            d = _valid_date(*m.groups())
            if d:
                found.append((m.start(), d))
    if not found:
        return None
    # The date written next to the plan's number is its issue date.
    pos, d = min(found, key=lambda f: abs(f[0] - plan_pos))
    return d if abs(pos - plan_pos) <= 160 else None


# "... theo các chỉ số trong danh mục kèm theo Quyết định số 454/QĐ-UBND", "Căn cứ Kế hoạch số ...":
# a document the text works by, not the text's own number
# (not "Ban hành kèm theo Quyết định số ...": the decision adopting the plan itself)
# ("Thực hiện Kế hoạch số 122/KH-UBND ngày 30/6/2022 …": a plan the text carries out, not the text)
_CITED_KIND = r"(?:quyết\s+định|kế\s+hoạch|văn\s+bản|công\s+văn)\s*(?:số\s*)?"
_BY_VIRTUE_OF = re.compile(r"\b(?:(?:danh\s+mục|phụ\s+lục)\s+kèm\s+theo|căn\s+cứ|theo\s+quy\s+định\s+tại|"
                           rf"thực\s+hiện|triển\s+khai(?:\s+thực\s+hiện)?|(?:được\s+)?(?:giao|nêu)\s+tại)\s+(?:các\s+)?{_CITED_KIND}"
                           # (and the next it lists: "… tại Kế hoạch 407/KH- UBND ngày … của UBND tỉnh và Kế hoạch số …")
                           rf"(?:[^.;:\n]{{4,80}}\svà\s+{_CITED_KIND})?$", re.I)


def _plan_number(text: str) -> tuple[str | None, int | None]:
    # A plan ("/KH-") is preferred over a decision ("/QĐ-") that adopts it;
    # national documents (-TTg, -TW, -BTTTT...) are cited, not this plan.
    local = [m for m in matches_at(_PLAN_NO, text, _plan_number_starts(text)) if m.group(1).endswith("UBND")
             and not _BY_VIRTUE_OF.search(text, max(0, m.start() - 160), m.start())]
    for m in sorted(local, key=lambda m: ("/KH-" not in m.group(1), m.start())):
        return m.group(1), m.start()
    return None, None


# (or after a letterhead's "Số:" on a line the page ran together: "UBND TỈNH HÀ GIANG Số: 45/KH-UBND CỘNG HÒA …")
_OWN_NUMBER_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]*(?:số\s*:?\s*)?|\bsố\s*:\s*)$", re.I)
# the kinds of document a province issues, as a title or an issue names them
_KINDS = r"kế\s+hoạch|quyết\s+định|báo\s+cáo|đề\s+án|chương\s+trình|nghị\s+quyết|chỉ\s+thị"
_ISSUED_BEFORE = re.compile(rf"\b(?:(?:ban\s+hành|phê\s+duyệt)\s+(?:(?:{_KINDS})\s+)?|theo\s+kế\s+hoạch\s+)(?:số\s+)?$", re.I)
_ITS_CONTENT_NEXT = re.compile(r"\b(?:theo\s+đó|cụ\s+thể|mục\s+tiêu|chỉ\s+tiêu|phấn\s+đấu|nêu\s+rõ|yêu\s+cầu)\b", re.I)
_OWN_PLAN_ISSUED = re.compile(r"\b(?:ban\s+hành|xây\s+dựng)\s+$", re.I)
_TITLE_WORD_LINE = re.compile(r"^[ \t]*(K[Ếế] HO[Ạạ]CH|Kế hoạch)[ \t]*(?:\r?\n[ \t]*)+", re.M)


def _title_word_joined(head: str) -> str:
    """`_TITLE_WORD_LINE.sub(r"\1 ", head)`, its pattern tried only where a line opens (same result)."""
    starts = [0] + [i + 1 for i in occurrences(head, "\n")]
    out, last = [], 0
    for m in matches_at(_TITLE_WORD_LINE, head, starts):
        out += (head[last:m.start()], m.group(1), " ")
        last = m.end()
    return "".join(out) + head[last:]


# "đạt 103% kế hoạch, tăng 9,6% so với cùng kỳ năm 2021": a year compared
# with, not the plan's
# ("…; đạt kế hoạch năm 2022", "hoàn thành vượt kế hoạch năm 2023", "gần đạt mục tiêu kế hoạch năm 2022":
# a plan met, no plan of the text's)
# (not one striven for: "nỗ lực hoàn thành kế hoạch Chuyển đổi số năm 2023", "phấn đấu đạt kế hoạch")
_SHARE_OF_A_PLAN = re.compile(r"%\s*(?:so\s+với\s+)?$|(?<!đấu )(?<!để )(?<!sẽ )\b(?:đạt|vượt)(?:\s+(?:và\s+vượt|được))?(?:\s+(?:mục|chỉ)\s+tiêu)?\s+$",
                              re.I)
_COMPARED = re.compile(r"(?:so\s+với|cùng\s+kỳ)(?:\s+\w+){0,2}\s*$", re.I)
_PLANS_OF_COUNTED = re.compile(r"\d\s+(?:cơ\s+quan|đơn\s+vị|sở|ngành|xã|huyện|địa\s+phương)\b[^.;\d]{0,40}?"
                               r"\b(?:xây\s+dựng|ban\s+hành|phê\s+duyệt)\s+$", re.I)


# "theo kế hoạch sẽ sản xuất thử nghiệm từ năm 2028", "theo kế hoạch, …": as scheduled, no plan named
# ("… ban hành nhiều kế hoạch, Đề án và Chỉ thị …": plans in a list, none named)
_AS_SCHEDULED = re.compile(r"kế\s+hoạch\s*(?:,|(?<=theo\skế\shoạch)\s*(?:sẽ|dự\s+kiến)\b)", re.I)


def _plan_years(text: str) -> Iterator[re.Match[str]]:
    # (its matches open three characters before "hoạch" or "HOẠCH": "Kế hoạch")
    for m in matches_at(_PLAN_YEAR, text, _starts_before(text, ("hoạch", "HOẠCH"), 3)):
        at = m.start(2) if m.group(2) else m.start(1)
        if _AS_SCHEDULED.match(text, m.start()):
            continue
        if _SHARE_OF_A_PLAN.search(text, max(0, m.start() - 20), m.start()):
            continue  # "... đạt 70% kế hoạch năm 2025", "đạt kế hoạch năm 2022": a plan done, no plan of the text's
        if _PLANS_OF_COUNTED.search(text, max(0, m.start() - 60), m.start()):
            continue  # "5 cơ quan, đơn vị xây dựng kế hoạch năm 2022": plans that the counted agencies made
        if not _COMPARED.search(text, max(m.start(), at - 30), at - 4 if m.group(2) else at):
            yield m


def _named_plan_year(text: str) -> int | None:
    """The year of the plan the text names ("Kế hoạch ... năm 2024"), if it names one."""
    # "KẾ HOẠCH" alone on a line is a title whose subject is the next line.
    head = _title_word_joined(text[:5000])
    m = next(_plan_years(head), None) or next(_plan_years(text), None)
    if m and m.group(1) and _CARRIED_OUT.search(m.string, max(0, m.start() - 30), m.start()) and not is_plan_document(text):
        # news of carrying out a stage's plan ("… đã triển khai Kế hoạch số 171/KH-UBND … giai đoạn
        # 2023-2025. Theo đó, …"): what it tells was reached by its own time, not the stage's end; but a
        # plan of its own may follow in the same sentence ("Căn cứ Kế hoạch … giai đoạn 2021-2025, UBND huyện
        # ban hành Kế hoạch chuyển đổi số năm 2024 như sau: …")
        stop = min((i for i in (m.string.find(c, m.end()) for c in ".\n") if i >= 0), default=len(m.string))
        own = next((n for n in _plan_years(m.string[:stop]) if n.start() > m.end() and n.group(2)
                    and _OWN_PLAN_ISSUED.search(m.string, max(0, n.start() - 40), n.start())), None)
        return int(own.group(2)) if own else None
    if m and _TOLD_AS_EARLIER.search(m.string, max(0, m.string.rfind("\n", 0, m.start()) + 1), m.start()) \
            and not is_plan_document(text):
        # "Trước đó, UBND tỉnh ban hành kế hoạch chuyển đổi số … năm 2024, …": news that tells of a plan
        # issued before what it reports is no plan of that year
        return None
    return int(m.group(1) or m.group(2)) if m else None


# the opening of a sentence that tells what came before the news: "Trước đó, …"
_TOLD_AS_EARLIER = re.compile(r"(?:^|[.!?]\s+)trước\s+đó\s*,[^.!?]*$", re.I | re.M)


def names_a_plan_year(text: str) -> bool:
    """Does the text name a plan with its year ("Kế hoạch ... năm 2024")?
    A text that does not (news, a results report) has at most a date."""
    return _named_plan_year(text) is not None


# "đã đạt được ... theo Kế hoạch CĐS năm 2025", "kết quả thực hiện Kế hoạch ...":
# a report on carrying out the plan, not the plan itself
_CARRIED_OUT = re.compile(r"(?:\btheo|thực\s+hiện|triển\s+khai|đúng\s+tiến\s+độ|căn\s+cứ(?:\s+vào)?)\s+$", re.I)
_PLAN_TITLE = re.compile(r"\s*(?:date\s+\S+\s+)?k[eế]\s+ho[aạ]ch\b", re.I)


def is_plan_document(text: str) -> bool:
    """Is `text` a plan itself (its title opens it, or its number stands in its first
    lines), not news that mentions one?"""
    if _PLAN_TITLE.match(text):
        return True
    number, pos = _plan_number(text[:1500])
    if number is None or pos is None or pos >= 600:
        return False
    # Its own number heads a line, as a letterhead's "Số: 171/KH-UBND" does; news of its issue tells
    # what it sets next ("Ngày 20/2/2025, … đã ký ban hành Kế hoạch số 37/KH-UBND … . Theo đó, 100% …").
    # One cited in passing is another document's ("Thực hiện … theo Quyết định 1993/QĐ-UBND …").
    return _OWN_NUMBER_BEFORE.search(text, max(0, pos - 40), pos) is not None or (
        _ISSUED_BEFORE.search(text, max(0, pos - 60), pos) is not None
        and _ITS_CONTENT_NEXT.search(text, pos, pos + 400) is not None)


def reports_on_plan_year(text: str) -> int | None:
    """The year of the plan a report or news text says it carries out, when the
    text names a plan only that way and is not itself a plan (its title)."""
    if _PLAN_TITLE.match(text):
        return None
    head = text[:5000]
    m = next(_plan_years(head), None)
    # a plan of one year: a stage's report ("giai đoạn 2023-2025") is of no one year
    if m is None or m.group(2) is None or not _CARRIED_OUT.search(head, max(0, m.start() - 30), m.start()):
        return None
    return int(m.group(2))


# "Báo cáo tình hình triển khai CĐS đến tháng 4/2024 nêu rõ: ...": a report of results says so
# first (a title may stand before it); one whose title goes on to a year's tasks is a plan too
# ("Trong báo cáo gửi Bộ … về kết quả triển khai chuyển đổi số năm 2022, Sở … cho hay": news that opens
# on one reports it too)
_REPORT_OPENING = re.compile(r"\s*(?:date\s+\S+\s+)?(?:[^\n]{0,80}\n\s*)?(?:(?:trong|theo)\s+)?báo\s+cáo\s+"
                             r"(?:[^\n.,;:]{0,60}?\svề\s+)?(?:tình\s+hình|kết\s+quả|sơ\s+kết|tổng\s+kết)\b", re.I)
_REPORT_AND_PLAN = re.compile(r"\b(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch)\b[^\n]{0,40}\bnăm\s+(?:19|20)\d\d", re.I)


def opens_as_report(text: str) -> bool:
    """Does `text` open as a report of results ("Báo cáo tình hình triển khai CĐS đến tháng 4/2024
    nêu rõ: ..."), its title naming no plan or tasks for a year ("... và phương hướng, nhiệm vụ năm
    2024": a report and a plan)?"""
    opening = _REPORT_OPENING.match(text)
    if not opening or is_plan_document(text):
        return False
    title_end = min((i for i in (text.find(c, opening.end()) for c in ":.\n") if i >= 0), default=len(text))
    return not _REPORT_AND_PLAN.search(text, opening.end(), title_end)


# a party congress or council of a term, named in the text's opening: "Đại hội đại biểu Đảng bộ tỉnh … lần
# thứ I, nhiệm kỳ 2025-2030"
_CONGRESS_TERM = re.compile(r"\b(?:đại\s+hội|nghị\s+quyết)\b[^.\n]{0,120}?\bnhiệm\s+kỳ\s+(20\d\d)\s*[-–]\s*(20\d\d)\b",
                            re.I)


def congress_term_end(text: str, year: int) -> int | None:
    """The end of the term a congress of the page's year opens, when the page's first line names one:
    what it sets is for the term's end."""
    head = DATE_STAMP.match(text)
    start = head.end() if head else 0
    end = text.find("\n", start + 1)
    m = _CONGRESS_TERM.search(text, start, min(start + 400, len(text) if end < 0 else end))
    return int(m.group(2)) if m and int(m.group(1)) == year < int(m.group(2)) else None


def _plan_year(text: str, issued: date | None) -> int | None:
    named = _named_plan_year(text)
    if named is not None:
        return named
    stamp = date_stamp(text)
    if stamp:
        return congress_term_end(text, stamp[0]) or stamp[0]
    # (the date of a plan cited deep inside news is no year of the text's: "… giao tại Kế hoạch số
    # 673/KH-UBND ngày 8-3-2023 …" in a story on how far an aim was reached)
    return issued.year if issued and is_plan_document(text) else None


# An official document opens with its letterhead: who issues it, the national motto, its
# number, place and date. The title is the kind of document ("KẾ HOẠCH") and the line after.
_LETTERHEAD = re.compile(
    r"(?:ủy\s+ban\s+nhân\s+dân|ubnd|hội\s+đồng\s+nhân\s+dân|tỉnh\s+ủy|thành\s+ủy|đảng\s+bộ|ban\s+chấp\s+hành|"
    r"cộng\s+hòa\s+xã\s+hội|độc\s+lập\s*[-–]|số\s*:|[-–_=*.\s]+$|[^,]{2,40},\s*ngày\s+\d|ủy$|cộng$)", re.I)
# the letterhead's second line, upper-case: "TỈNH QUẢNG NGÃI", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
_ISSUER_LINE = re.compile(r"(?:TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG|SỞ|BAN)\s")
_DOCUMENT_KIND = re.compile(rf"(?:{_KINDS})\s*$", re.I)


# a crawler's date stamp on the first line ("date 2025-12"): when the page was read, no title
_DATE_STAMP = re.compile(r"date\s+\d{4}-\d\d(?:-\d\d)?", re.I)


def _title_line(line: str) -> bool:
    return len(line) <= 200 and not line.endswith((".", ":", ";"))


def is_letterhead(line: str) -> bool:
    """Is `line` part of an official document's letterhead (issuer, motto, number, place and date)?"""
    return bool(_LETTERHEAD.match(line)) or line.isupper() and len(line) <= 40 and bool(_ISSUER_LINE.match(line))


# a new part of the document, not the title's next line: "PHẦN I.", "I. CĂN CỨ", "1. Mục đích"
_PART = re.compile(r"(?:PHẦN|MỤC|CHƯƠNG)\b|(?:[IVX]+|\d+)\s*[.)]")


def _title(text: str) -> str | None:
    """The document's own title: after the letterhead, "KẾ HOẠCH" and its subject
    ("Kế hoạch chuyển đổi số tỉnh ... năm 2024"; an upper-case subject as written, its
    broken lines joined), else the first line after the letterhead that reads as a title."""
    lines = [line.strip().rstrip("|").strip() for line in text.splitlines()[:40]]
    lines = [line for line in lines if line and not _DATE_STAMP.fullmatch(line)]
    if lines and not is_letterhead(lines[0]):
        # a page's own headline, or a document without letterhead: its first line
        return lines[0] if _title_line(lines[0]) else None
    for i, line in enumerate(lines[:12]):
        if not (_DOCUMENT_KIND.fullmatch(line) and i + 1 < len(lines) and _title_line(lines[i + 1])):
            continue
        subject = lines[i + 1]
        if subject.isupper():
            for more in lines[i + 2:i + 5]:  # "PHÁT" / "TRIỂN KINH TẾ SỐ ... NĂM" / "2030"
                if not (more.isupper() or more.isdigit()) or _PART.match(more) or len(subject) + len(more) > 200:
                    break
                subject = f"{subject} {more}"
            return f"{line.upper()} {subject}"
        return f"{line.capitalize()} {subject[:1].lower()}{subject[1:]}"
    for line in lines[:8]:
        if not is_letterhead(line):
            return line if _title_line(line) else None
    return None


def find_metadata(text: str) -> DocumentMeta:
    number, pos = _plan_number(text)
    issued = _issued(text, pos)
    return DocumentMeta(
        province=_province(text),
        plan_number=number,
        issued=issued,
        plan_year=_plan_year(text, issued),
        title=_title(text),
    )
