"""Section headings → pillar slugs ("Về kinh tế số", "II. PHÁT TRIỂN CHÍNH QUYỀN SỐ")."""

from __future__ import annotations

import re
from functools import lru_cache

from muctieu.documents.metadata import STAMP_LINE, is_letterhead
from muctieu.documents.scan import occurrences

# Ordered: the first term that matches a heading names its pillar.
_TERMS: list[tuple[str, str]] = [
    (r"nhận\s+thức\s+số", "digital_awareness"),
    (r"thể\s+chế(?:\s+số)?", "digital_institutions"),
    (r"hạ\s+tầng\s+(?:số|viễn\s+thông|công\s+nghệ\s+thông\s+tin|cntt|thông\s+tin)", "digital_infrastructure"),
    (r"dữ\s+liệu\s+số|dữ\s+liệu\s+mở|cơ\s+sở\s+dữ\s+liệu", "digital_data"),
    (r"nền\s+tảng\s+số", "digital_platforms"),
    (r"(?:nguồn\s+)?nhân\s+lực(?:\s+(?:số|chuyển\s+đổi\s+số|công\s+nghệ\s+thông\s+tin|cntt))?|kỹ\s+năng\s+số", "digital_human_resources"),
    (r"an\s+toàn\s+thông\s+tin|an\s+toàn,\s+an\s+ninh\s+mạng|an\s+ninh\s+mạng|an\s+toàn\s+an\s+ninh\s+mạng|attt|"
     r"tạo\s+lập\s+niềm\s+tin", "information_security"),
    (r"chính\s+quyền\s+(?:số|điện\s+tử)|chính\s+phủ\s+(?:số|điện\s+tử)|\bcqs\b|\bcqđt\b", "digital_government"),
    (r"kinh\s+tế\s+số|thương\s+mại\s+điện\s+tử|\btmđt\b|\bkts\b", "digital_economy"),
    (r"xã\s+hội\s+số|\bxhs\b", "digital_society"),
    (r"(?:đô\s+thị|thành\s+phố)\s+thông\s+minh", "smart_city"),
    # Topics of one pillar name it in a heading ("1. Mạng viễn thông băng rộng
    # di động"), after the pillars' own names so that those win.
    (r"(?:mạng\s+|dịch\s+vụ\s+)?viễn\s+thông|bưu\s+chính|\bbcvt\b|băng\s+rộng|điện\s+toán\s+đám\s+mây|hạ\s+tầng|trung\s+tâm\s+dữ\s+liệu|"
     r"mạng\s+truyền\s+số\s+liệu|phủ\s+sóng|(?:mạng\s+|dịch\s+vụ\s+)?(?<![\w.])[45]g\b|"
     # ("Speedtest công bố mạng di động nhanh nhất", "Tốc độ internet di động tại Việt Nam xếp thứ 56")
     r"mạng\s+di\s+động|internet\s+(?:di\s+động|cố\s+định)|tốc\s+độ\s+(?:internet|truy\s+(?:cập|nhập))",
     "digital_infrastructure"),
    (r"dịch\s+vụ\s+công(?:\s+trực\s+tuyến)?|cải\s+cách\s+hành\s+chính|ứng\s+dụng\s+(?:công\s+nghệ\s+thông\s+tin|cntt)|"
     r"cơ\s+quan\s+(?:đảng(?:\s*,\s*nhà\s+nước)?|nhà\s+nước)|"
     # ("Giải quyết hồ sơ công việc trên môi trường mạng": the programme's own measure of digital government)
     r"hồ\s+sơ\s+công\s+việc", "digital_government"),
    (r"trung\s+tâm\s+(?:giám\s+sát,?\s+)?điều\s+hành\s+(?:đô\s+thị\s+)?thông\s+minh|\bioc\b", "smart_city"),
    # the programme's own task headings (749/QĐ-TTg): "Chuyển đổi nhận thức", "Nâng cao nhận thức",
    # "Kiến tạo thể chế", "Hoàn thiện chính sách, quy định cho chuyển đổi số"
    (r"nhận\s+thức", "digital_awareness"),
    (r"chính\s+sách,\s+quy\s+định|hành\s+lang\s+pháp\s+lý", "digital_institutions"),
    # a platform named ("Nền tảng định danh điện tử quốc gia - VNeID:", "Nền tảng tích hợp, chia sẻ dữ liệu")
    (r"nền\s+tảng\s+(?:định\s+danh|tích\s+hợp|dùng\s+chung|số\s+quốc\s+gia)", "digital_platforms"),
]
_TERM_RE = re.compile("|".join(f"({p})" for p, _ in _TERMS), re.I)
_NAMED = 11  # the first terms are the pillars' own names; the rest are topics
# The same terms matched against lower-cased text, behind a lookahead on every first letter
# a term can have: several times faster than the case-insensitive scan, same groups.
_TERM_FIRST = "[45abcdhikmnptvxđứ]"  # every first letter a term can have
_TERM_LOW = re.compile(f"(?={_TERM_FIRST})(?:" + "|".join(f"({p})" for p, _ in _TERMS) + ")")
# A term ahead, its first letter looked at first: where a lead's words may end, most
# positions then fail on one letter, not on every term (same matches).
_TERM_AHEAD = f"(?={_TERM_FIRST})(?={_TERM_RE.pattern})"
# Characters that `re.I` folds together with a term's letters but `str.lower` does not
# ("ı" and "ſ" match "i" and "s"; "İ" lowers to two characters): text holding one is scanned as written.
_FOLD_APART = re.compile("[ıſİ]")
# Matched against lower-cased text, with a lookahead on first letters: `re`
# then skips most positions cheaply (case-insensitive alternation is slow).
_NAMED_RE = re.compile("(?=[nthdcakxđ])\\b(?:" + "|".join(f"({p})" for p, _ in _TERMS[:_NAMED]) + ")")

# (each alternation of a lead's words opens with a lookahead on every first letter its words can
# have: most positions then fail on one letter, not on each word, which re.I makes `re` try in turn)
_DISCOURSE = (
    r"(?=[đtnbcrmhklv])(?:để|theo\s+đó|đồng\s+thời|ngoài\s+ra|bên\s+cạnh\s+đó|trong\s+đó|cụ\s+thể|đặc\s+biệt(?:\s+là)?|riêng|"
    r"thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|một\s+là|hai\s+là|ba\s+là|bốn\s+là|năm\s+là|"
    r"theo\s+kế\s+hoạch|kế\s+hoạch\s+(?:cũng\s+)?(?:nêu\s+rõ|đề\s+ra|xác\s+định)|"
    r"(?:mục|chỉ)\s+tiêu(?:\s+(?:cụ\s+thể|chung|cơ\s+bản|chủ\s+yếu|tổng\s+quát))?|nhóm\s+chỉ\s+tiêu|lĩnh\s+vực|trụ\s+cột|(?:đưa|đặt|đề)\s+ra|"
    # "1.2. Kết quả phát triển chính quyền số": a results heading on one pillar
    # ("Kết quả về kinh tế số năm 2023 như sau:" is a lead-in to its list, not a heading)
    # ("Về kết quả xây dựng, phát triển hạ tầng kỹ thuật, …": the same, led by "Về")
    r"(?:về\s+)?kết\s+quả(?:\s+(?:thực\s+hiện|triển\s+khai))?(?=\s+(?:phát\s+triển|xây\s+dựng)[\s,])|"
    # "Theo Bộ Thông tin và Truyền thông, về lĩnh vực an toàn thông tin mạng, ...": who says it
    r"theo\s+(?-i:[A-ZĐ])[^,:;.]{1,60},)\s*[,:.\-–]?\s*"
)
_VERBS = (
    # ("Ở mảng xã hội số, …": a field of work named "mảng" as well)
    r"(?:(?=[vđtlmởnc])(?:về\s+(?:lĩnh\s+vực|mảng)|về\s+mặt|về|đối\s+với|với|trong\s+(?:lĩnh\s+vực|mảng)|trong|lĩnh\s+vực|mảng|"
    r"(?:ở|tại)(?:\s+trụ\s+cột|\s+lĩnh\s+vực|\s+mảng)?|trụ\s+cột|"
    # ("Nhóm hạ tầng số (…): …", "nhóm chỉ tiêu về kinh tế số", "nhóm nội dung chính quyền số")
    r"nhóm(?:\s+(?:chỉ\s+tiêu|nội\s+dung|tiêu\s+chí))?(?:\s+về)?|chỉ\s+tiêu(?:\s+về)?|mục\s+tiêu(?:\s+về)?))?\s*"
    # ("Nỗ lực xây dựng chính quyền số", "Quyết liệt phát triển hạ tầng số": how hard, then the verb)
    r"(?:(?=[tnqckpxhbđsứg])(?:(?:tiếp\s+tục|nỗ\s+lực|quyết\s+liệt|tích\s+cực|chủ\s+động|từng\s+bước|không\s+ngừng)\s+)*(?:phát\s+triển|xây\s+dựng|tiến\s+tới|hướng\s+(?:tới|đến)|nội\s+dung|hoàn\s+thiện|bảo\s+đảm|đảm\s+bảo|nâng\s+cao|thúc\s+đẩy|"
    r"đẩy\s+mạnh|tăng\s+cường|hình\s+thành|thực\s+hiện|sử\s+dụng|ứng\s+dụng|cung\s+cấp|tăng\s+tốc|phổ\s+cập|đầu\s+tư|"
    # ("Về chuyển đổi số trong hoạt động của các cơ quan Đảng, Nhà nước")
    r"kiến\s+tạo|đào\s+tạo|giải\s+quyết|xử\s+lý|bồi\s+dưỡng|chuyển\s+đổi\s+số(?:\s+(?:trong|về)(?:\s+hoạt\s+động\s+(?:của\s+)?(?:các\s+)?)?)?|"
    r"chuyển\s+đổi)\s*,?\s*(?:và\s+)?)*"
)
_NUMBERING = r"[\s\-–*+•·●○▪■►]*(?:\(?(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)]\s*)?"  # "2.", "b)", "(1)"
_LEAD_RE = re.compile(rf"^{_NUMBERING}(?:{_DISCOURSE})*{_VERBS}(?:(?<=[^\W\d]\s)(?:các|những)\s+)?{_TERM_AHEAD}", re.I)
_NUMBERING_ONLY = re.compile(_NUMBERING)
_SEGMENTS = re.compile(r"\s*[,;:(]\s*")
_VERB_ONLY = re.compile(rf"^{_VERBS}(?:{_TERM_RE.pattern})", re.I)
# Structural headings that end a pillar's section: "II. MỤC TIÊU", "III. NHIỆM VỤ".
_ROMAN = re.compile(r"^\s*[IVX]{1,5}\s*[.)\-–]\s*\S", re.I)


def is_numbering(text: str) -> bool:
    """Is `text` nothing but a bullet or an item number ("3.2.", "b)", "II.")?"""
    return _NUMBERING_ONLY.fullmatch(text.strip()) is not None


def pillars_in(text: str) -> list[str]:
    """Distinct pillars named in `text`, in order of appearance; a pillar's own
    name ("Hạ tầng xã hội số") outweighs a topic word ("hạ tầng")."""
    named: list[str] = []
    topics: list[str] = []
    matches = _TERM_RE.finditer(text) if _FOLD_APART.search(text) else _TERM_LOW.finditer(text.lower())
    for m in matches:
        for i, (_, slug) in enumerate(_TERMS):
            if m.group(i + 1):
                found = named if i < _NAMED else topics
                if slug not in found:
                    found.append(slug)
                break
    return named or topics


def pillars_named(text: str) -> list[str]:
    """Distinct pillars named by their own names (not by topic words) in `text`."""
    found: list[str] = []
    for m in _NAMED_RE.finditer(text.lower()):
        slug = _TERMS[m.lastindex - 1][1]  # type: ignore[operator]
        if slug not in found:
            found.append(slug)
    return found


def heading_pillars(text: str, *, bare: bool = True) -> list[str] | None:
    """Pillars a heading or sentence lead names, or None if `text` is no such lead.

    `text` is a heading line, the part of a line before its first colon, or
    the opening of a sentence before its first quantity.
    """
    found = _heading_pillars(text, bare)
    return None if found is None else list(found)


@lru_cache(maxsize=1024)  # (pure: a text's heading and leads are asked again; a new list each call)
def _heading_pillars(text: str, bare: bool) -> tuple[str, ...] | None:
    m = _LEAD_RE.match(text)
    if not m:
        return None
    if not bare and not _NUMBERING_ONLY.sub("", m.group(0)).strip():
        # "Kinh tế số chiếm 10% GRDP" is a sentence about the economy, not a
        # heading; a lead needs "Về", "Phát triển"... before the pillar's name.
        return None
    # The heading's own words only: "Về kinh tế số, ... mục tiêu là tỷ lệ DN
    # sử dụng nền tảng số" names the economy, not the platforms pillar.
    # the name right after the lead words, even one with a comma inside
    # ("Trung tâm giám sát, điều hành thông minh")
    parts = [_TERM_RE.match(text, m.end()).group(0)]
    for i, part in enumerate(_SEGMENTS.split(text[m.end():])):
        if i and not _VERB_ONLY.match(part):
            break
        parts.append(part)
    words = " ; ".join(parts)
    found = pillars_in(words)
    if found and not pillars_named(words) and (served := _SERVES.search(text, m.end())) \
            and len(named := pillars_named(text[served.end():])) == 1:
        # "Đầu tư hạ tầng, thiết bị đảm bảo ATTT": a topic word, then the one pillar it serves, by name
        return tuple(named)
    return tuple(found) or None


_SERVES = re.compile(r"\b(?:đảm\s+bảo|bảo\s+đảm|phục\s+vụ)\s+", re.I)


def is_pillar_label(text: str) -> bool:
    """Is `text` only a pillar's own name with its lead words ("Về hạ tầng số", "Lĩnh vực
    chính quyền số")? Such a label before a colon names the section, not what is measured."""
    m = _LEAD_RE.match(text)
    if not m:
        return False
    term = _TERM_RE.match(text, m.end())
    return bool(term) and term.lastindex is not None and term.lastindex <= _NAMED and not text[term.end():].strip(" .")


# "Các chỉ tiêu cụ thể của tỉnh về kinh tế số năm 2025 là:", "ban hành Kế
# hoạch 106/KH-UBND về phát triển kinh tế số ...": a lead-in that names a
# pillar after its first words.
# (the lookahead on the first letter lets `re` skip most positions cheaply; same matches)
_LEAD_IN = re.compile(
    rf"(?=[cmkđ])\b(?:(?:chỉ\s+tiêu|mục\s+tiêu|kết\s+quả|kế\s+hoạch|đề\s+án)\b[^:;]{{0,80}}?\b(?:về|trong\s+lĩnh\s+vực|đối\s+với)\s+"
    rf"|(?:kế\s+hoạch|đề\s+án)\s+(?=(?:phát\s+triển|xây\s+dựng)\s))"
    rf"(?:(?:phát\s+triển|xây\s+dựng|cung\s+cấp|triển\s+khai|bảo\s+đảm|đảm\s+bảo)\s+)?(?={_TERM_RE.pattern})",
    re.I,
)
# Plain tests before that scan, which costs at every position of a lead: a match opens with one of
# the first words and names the field ('về', 'lĩnh vực', 'đối với') or the work ('phát triển', 'xây
# dựng') after them. (No "i" or "s" in these: `re.I` folds "ı", "ſ", "İ" into them, `str.lower` does not.)
_LEAD_IN_FIRST = ("chỉ", "mục", "kế", "đề")


def _lead_in(text: str) -> re.Match[str] | None:
    """`_LEAD_IN.search(text)`, tried only where one of its first words opens (same match)."""
    low = text.lower()
    if not (("êu" in low or "quả" in low or "hoạch" in low or "đề" in low) and ("về" in low or "vực" in low or "đố" in low)
            or ("hoạch" in low or "đề" in low) and ("ển" in low or "dựng" in low)):
        return None
    starts = sorted(i for word in _LEAD_IN_FIRST for i in occurrences(low, word))
    if not starts:
        return None
    if len(low) != len(text):
        return _LEAD_IN.search(text)  # (lower-casing keeps offsets, but for "İ")
    # (a match opens with one of the first words: `re` tries it there, in order, not at every position
    # of the lead; \b and lookbehinds still see the text before each start)
    return next((m for start in starts if (m := _LEAD_IN.match(text, start)) is not None), None)
# "Hạ tầng số đạt bước tiến lớn với 100% ...": a pillar as the subject of progress
_PILLAR_SUBJECT = re.compile(
    # (a lookahead on every first letter its names can have: re.I's alternatives are then skipped on one letter)
    rf"^\s*(?=[hnatckxđd])(?:(?:{_TERMS[2][0]})|(?:{_TERMS[0][0]})|(?:{_TERMS[6][0]})|(?:{_TERMS[7][0]})|(?:{_TERMS[8][0]})|(?:{_TERMS[9][0]})|(?:{_TERMS[10][0]})"
    # the pillars whose bare name is a common word too only with "số": "Thể chế số được từng bước hoàn thiện"
    r"|thể\s+chế\s+số|dữ\s+liệu\s+số|nền\s+tảng\s+số|nhân\s+lực\s+số)"
    r"(?:\s+(?:của|tại|ở)\s+[^,.;:]{1,40}?)?"  # "Hạ tầng viễn thông của Bà Rịa - Vũng Tàu phát triển mạnh"
    r"\s+(?:tiếp\s+tục\s+)?(?:có\s+bước|đạt\s+bước|đạt\s+được|đạt\s+nhiều|có\s+nhiều|ghi\s+nhận|chuyển\s+biến|phát\s+triển|"
    # "Hạ tầng số được quan tâm đầu tư với 100% …", "Thể chế số được từng bước hoàn thiện"
    r"khẳng\s+định|được\s+(?:quan\s+tâm|chú\s+trọng|đầu\s+tư|từng\s+bước|hoàn\s+thiện|mở\s+rộng|nâng\s+cấp|triển\s+khai))",
    re.I,
)


def lead_in_pillars(text: str, opens_list: bool = False) -> list[str] | None:
    """The one pillar a lead-in names after its first words, else None.
    `opens_list`: a colon closes the lead-in (what follows is its list)."""
    found = _lead_in_pillars(text, opens_list)
    return None if found is None else list(found)


@lru_cache(maxsize=1024)  # (pure: a new list each call)
def _lead_in_pillars(text: str, opens_list: bool) -> tuple[str, ...] | None:
    subject = _PILLAR_SUBJECT.match(text)
    if subject:
        return tuple(pillars_in(subject.group(0))[:1]) or None
    m = _lead_in(text)
    if not m:
        # "Trong đó, trọng tâm là phát triển chính quyền số, với các chỉ tiêu như: ...",
        # "xã cũng đặt mục tiêu phát triển kinh tế số, trong đó chú trọng: ...": aims
        # of one pillar that a colon opens
        colon = text.rfind(":")
        lead = text[:colon] if colon > 0 else text if opens_list else ""
        if lead and _AIMS_WORD.search(lead):
            found = pillars_in(lead)
            return tuple(found) if len(found) == 1 else None
        # "Theo các báo cáo …, về tình hình … 6 tháng đầu năm 2024, đối với dịch vụ công trực tuyến: …":
        # the field its last words name, before the list a colon opens
        last = lead.rsplit(",", 1)[-1].strip()
        if _FIELD_NAMED.match(last) and len(last.split()) <= 10:
            found = pillars_in(last)
            return tuple(found) if len(found) == 1 else None
        return None
    found = pillars_in(_SEGMENTS.split(text[m.end():])[0])
    return tuple(found) if len(found) == 1 else None


_FIELD_NAMED = re.compile(r"(?:về|đối\s+với|(?:trong|ở|tại)\s+(?:lĩnh\s+vực|mảng)|lĩnh\s+vực|trụ\s+cột)\s", re.I)
_AIMS_WORD = re.compile(r"\b(?:chỉ\s+tiêu|mục\s+tiêu|phấn\s+đấu)\b", re.I)


# A first line with a share is a title when it reads like a headline
# ("Hải Phòng: Hướng tới mục tiêu kinh tế số chiếm 35% GRDP"), not when it
# reports a result the way a sentence does ("Tỷ lệ hồ sơ trực tuyến đạt 95%, ...").
_SENTENCE_LIKE = re.compile(r"\b(?:đạt|đã|là)\b|,", re.I)
# (one share told like a sentence too: its clause going on after it, "… đạt 92%, kinh tế số phát triển
# mạnh", or what was done, "Năm 2024, tỉnh đã có 98% hồ sơ được số hóa, …")
_ONE_SHARE_TOLD = re.compile(r"%\s*,|\bđã\b", re.I)


def title_pillars(text: str) -> list[str]:
    """The one pillar a text's title names, if it names exactly one."""
    lines = text[:600].splitlines()
    kicker = False
    for i, line in enumerate(lines):
        if not line.strip() or STAMP_LINE.match(line) or is_letterhead(line.strip()):
            continue  # (nor a letterhead's line: "Số: 219/KH-UBND", "Cần Thơ, ngày 30 tháng 12 năm 2025")
        # (a title may hold a figure, "... vươn lên vị trí số 4 xếp hạng dịch vụ công
        # trực tuyến", and one share, "Thái Bình: Phấn đấu tỷ lệ dịch vụ công trực tuyến … đạt 80%
        # trở lên", but a first line with shares told like a sentence states results; a short line
        # set off by a blank one is a title even with a full stop: "Bình Dương xếp hạng 4 về
        # chỉ số thương mại điện tử.")
        set_off = len(line) < 100 and i + 1 < len(lines) and not lines[i + 1].strip()
        if (len(line) > 200 or line.rstrip().endswith((":", ";")) or (line.rstrip().endswith(".") and not set_off)
                or _NUMBERING_ONLY.match(line.lstrip()).end()
                or (line.count("%") > 1 and _SENTENCE_LIKE.search(line))
                or ("%" in line and _ONE_SHARE_TOLD.search(line))):
            return []  # a sentence, a numbered heading or an item: no title
        found = pillars_in(line)
        if not found and not kicker and len(line.split()) <= 6 and ":" not in line and i + 1 < len(lines) \
                and len(lines[i + 1].strip()) > len(line):
            # "Động lực phát triển mới" over the headline: a page's short section label (kicker)
            # names no pillar; the headline under it is the title
            kicker = True
            continue
        if not found and (sub := _subtitle(lines, i)):
            # "TPHCM: Đến năm 2025 giá trị mua sắm trực tuyến …" over "TPHCM có kế hoạch phát triển thương
            # mại điện tử …": the title's second line names what it is about
            found = pillars_in(sub)
        return found if len(found) == 1 else []
    return []


def _subtitle(lines: list[str], i: int) -> str | None:
    """The line after a title, when it is a short second line of it, set off by blank lines (not a
    sentence, a dated lead or a list's lead)."""
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j == i + 1 or j + 1 >= len(lines) or lines[j + 1].strip():
        return None
    line = lines[j].strip()
    if len(line) > 160 or line.endswith((".", ":", ";", "…", "!", "?")) or "%" in line or "," in line or ". " in line \
            or line.startswith("("):
        return None
    return line


def is_structural_heading(line: str) -> bool:
    """A Roman-numbered heading ("II. MỤC TIÊU"): a new part of the plan."""
    return bool(_ROMAN.match(line)) and len(line) < 160


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\))\s+\S", re.I)


def is_numbered_heading(line: str) -> bool:
    """"2. Định hướng đến năm 2030": a short numbered line without figures
    opens a new section; its pillar, if any, is read from it afterwards."""
    return (
        bool(_NUMBERED.match(line))
        and len(line) < 120
        and not re.search(r"\d", _YEARS.sub("", line[_NUMBERED.match(line).end() - 1:]))
        and not line.rstrip().endswith(".")
    )


_DEPTH = re.compile(r"\s*(?:(?P<roman>[IVX]{1,5})\s*[.)\-–]|(?P<arabic>\d{1,2}(?:\.\d{1,2})*)\s*[.)]|(?P<letter>[a-zđ])\))\s")
LETTER_DEPTH = 9  # "a)": below every numbered level


def heading_depth(line: str) -> int:
    """How deep a line's numbering sits: "II." 1, "1." 2, "1.1." 3, "a)" deepest; 0 unnumbered."""
    if not (m := _DEPTH.match(line)):
        return 0
    if m["arabic"]:
        return 1 + len(m["arabic"].split("."))
    return 1 if m["roman"] else LETTER_DEPTH


def is_heading_line(line: str) -> bool:
    """A short line without figures (years aside) that names a section."""
    return (
        len(line) < 120
        and not re.search(r"\d", _YEARS.sub("", line))
        and (is_structural_heading(line) or is_numbered_heading(line) or heading_pillars(line) is not None)
    )


# When a heading names two pillars, the indicator's words choose between them.
_PILLAR_HINTS: dict[str, re.Pattern[str]] = {
    "digital_economy": re.compile(r"doanh\s+nghiệp|thương\s+mại\s+điện\s+tử|kinh\s+tế\s+số|grdp|gdp|năng\s+suất|doanh\s+thu|hợp\s+đồng\s+điện\s+tử|hóa\s+đơn", re.I),
    "digital_society": re.compile(r"người\s+dân|dân\s+số|hộ\s+gia\s+đình|công\s+dân|thanh\s+toán|viện\s+phí|học\s+phí|sức\s+khỏe|định\s+danh|kỹ\s+năng\s+số|điện\s+thoại", re.I),
    "digital_government": re.compile(r"dịch\s+vụ\s+công|thủ\s+tục\s+hành\s+chính|tthc|hồ\s+sơ\s+công\s+việc|văn\s+bản|cơ\s+quan\s+nhà\s+nước|cán\s+bộ", re.I),
    "digital_infrastructure": re.compile(r"cáp\s+quang|băng\s+rộng|phủ\s+sóng|di\s+động|internet|mạng\s+truyền\s+số\s+liệu|trung\s+tâm\s+dữ\s+liệu", re.I),
    "information_security": re.compile(r"an\s+toàn|an\s+ninh|mã\s+độc|cấp\s+độ", re.I),
}


def choose_pillar(options: list[str], indicator: str) -> str | None:
    """Pick one of a heading's pillars for an indicator (first when undecided)."""
    if not options:
        return None
    if len(options) == 1:
        return options[0]
    for slug in options:
        hint = _PILLAR_HINTS.get(slug)
        if hint and hint.search(indicator):
            return slug
    return options[0]


# "chính quyền số của tỉnh đạt 0,66 điểm", "kinh tế số xếp thứ 27": a pillar's own name (with "số" or
# "điện tử"), as what its clause measures: the pillar's score or place in an index
_PILLAR_ITSELF = {
    r"nhận\s+thức\s+số": "digital_awareness", r"thể\s+chế\s+số": "digital_institutions",
    r"hạ\s+tầng\s+số": "digital_infrastructure", r"dữ\s+liệu\s+số": "digital_data",
    r"nền\s+tảng\s+số": "digital_platforms", r"nhân\s+lực\s+số": "digital_human_resources",
    r"an\s+toàn\s+thông\s+tin(?:\s+mạng)?": "information_security",
    r"chính\s+quyền\s+(?:số|điện\s+tử)": "digital_government", r"kinh\s+tế\s+số": "digital_economy",
    r"xã\s+hội\s+số": "digital_society", r"đô\s+thị\s+thông\s+minh": "smart_city",
}
_SUBJECT_PILLAR = re.compile(
    r"\s*(?:(?:điểm|chỉ\s+số|trụ\s+cột)\s+)?(?:" + "|".join(f"({p})" for p in _PILLAR_ITSELF) + r")"
    # (its place, and the verb of its score or rank: nothing else measured)
    # ("chính quyền số Trà Vinh đạt 0,6683 điểm": the place named right after it, too)
    r"(?:\s+(?:(?:của|tại)\s+(?:tỉnh|thành\s+phố)|(?:(?:của|tại)\s+)?(?-i:[A-ZĐ\u00C0-\u1EF8])[\w.]*(?:\s+(?-i:[A-ZĐ\u00C0-\u1EF8])[\w.]*){0,3}))?"
    r"(?:\s+(?:đạt|xếp|thứ|hạng|đứng|ở|vị\s+trí|điểm))*\s*$",
    re.I,
)


def subject_pillar(indicator: str) -> str | None:
    """The pillar a wording is the score or place of ("kinh tế số đạt … điểm, xếp thứ 27"), else None:
    under no heading, a pillar measured stands in its own section."""
    m = _SUBJECT_PILLAR.match(indicator)
    return list(_PILLAR_ITSELF.values())[m.lastindex - 1] if m and m.lastindex else None


# "Kinh tế số chiếm 20% GRDP", "tỷ trọng kinh tế số trong GDP": the digital economy's share of the
# economy is the digital economy's measure under whatever heading it is listed (national programme 749)
_ECONOMY_SHARE = re.compile(r"^\s*(?:(?:tỷ|tỉ)\s+trọng\s+(?:giá\s+trị\s+tăng\s+thêm\s+(?:của\s+)?)?)?kinh\s+tế\s+số\b"
                            r"[^,;()]{0,40}?(?:\bGR?DP\b|tổng\s+sản\s+phẩm)", re.I)


def measure_pillar(indicator: str) -> str | None:
    """The pillar a wording belongs to by what it measures, whatever pillar its heading names."""
    return "digital_economy" if _ECONOMY_SHARE.match(indicator) else None
