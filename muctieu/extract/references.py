"""What a record's words refer to, read over the whole text once its records are found.

A wording can name nothing of its own: a pronoun ("tỷ lệ này chỉ đạt
45,8%"), the aim a result is set against ("trong khi mục tiêu đề ra là 50%",
"(mục tiêu 70%)"), a block of agencies ("Khối bộ, ngành đạt 63,47%"), or only
places ("Nam Định (52,96%)"). Such a record borrows the indicator the text
has just named.
"""

from __future__ import annotations

import re

from muctieu.extract.records import TargetRecord
from muctieu.extract.segment import strip_bullet
from muctieu.extract.headlines import title_end
from muctieu.extract.pillars import pillars_in, pillars_named
from muctieu.extract.wording import ABOUT_FIELD, SCOPE, SCOPE_RE, WHOLE_PLACE_END, WORD_RE, content_words, squash


def resolve(text: str, records: list[TargetRecord]) -> None:
    """Give records whose words name nothing the indicator they refer to (in place, text order)."""
    _listed_rankings_named(text, records)
    _rate_heads_go_on(text, records)
    _pronouns(text, records)
    _timed_values(text, records)
    _shares_of_counts(text, records)
    _colon_heads(text, records)
    _levels_alone(text, records)
    _blocks(text, records)
    _aims(text, records)
    _name_topicless(text, records)
    _named_after(text, records)
    _places_listed_in_a_bracket(text, records)
    _counted_at_places(text, records)
    _bracketed_ranks(text, records)
    _generic_heads(text, records)
    _breakdown_nouns(text, records)
    _contrasted_amounts(text, records)
    _examples_in_brackets(text, records)
    _restated(records)
    _earlier_values_compared(text, records)
    _predicates_after_asides(text, records)
    _topic_leads(text, records)
    _short_team_names(text, records)


# the lead of a list of ranked bodies, up to its colon: "Cụ thể, về Chỉ số cải cách hành chính năm 2025 của các
# sở, ban, ngành: Thanh tra … xếp thứ nhất; Văn phòng … xếp thứ 2; …" (the colon the last one before the item)
_RANKING_LIST_LEAD = re.compile(r"(?:^|[.;:]\s+)(?:(?:cụ\s+thể|trong\s+đó|theo\s+đó)\s*,\s*)?(?:về\s+)?"
                                r"((?:kết\s+quả\s+)?(?:chỉ\s+số|xếp\s+hạng|bảng\s+xếp\s+hạng|đo\s+lường)[^:.;\n]{3,160}?)\s*:"
                                r"[^:.\n]*$", re.I | re.M)
_RANKED_ITEM = re.compile(r"[^\d]{2,80}?\b(?:xếp|đứng|đạt)\b", re.I)


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _listed_rankings_named(text: str, records: list[TargetRecord]) -> None:
    """Ranks of bodies listed after a lead that names the ranking take its name: "phường Hải An xếp
    thứ 2" says in what only with the lead's "Chỉ số cải cách hành chính năm 2025 của UBND các phường"."""
    for r in records:
        if r.unit != "rank" or not _RANKED_ITEM.match(r.indicator) \
                or not (lead := _RANKING_LIST_LEAD.search(text, _line_start(text, r.start), r.start)):
            continue
        name = squash(lead.group(1))
        if name.lower().split()[0:3] != r.indicator.lower().split()[0:3] and name.lower() not in r.indicator.lower():
            r.indicator = f"{name}: {r.indicator}"


# a rate named with the field it is taken in: "tỷ lệ giao dịch thanh toán không dùng tiền mặt trong thu ngân sách …"
_RATE_IN_FIELD = re.compile(r"(t[ỷỉ]\s+lệ|t[ỷỉ]\s+trọng)\s+(\S+(?:\s+\S+){1,12}?)\s+(?:trong|tại|ở|đối\s+với)\s+\S", re.I)
_AT_LEVEL = re.compile(r"(?:tại|ở|cấp|đối\s+với|các|khối)\b", re.I)
_MEASURE_WORD = re.compile(r"\b(?:t[ỷỉ]\s+lệ|t[ỷỉ]\s+trọng|chỉ\s+số|mức|số\s+lượng|số)\b", re.I)


def _rate_heads_go_on(text: str, records: list[TargetRecord]) -> None:
    """"… tỷ lệ giao dịch thanh toán không dùng tiền mặt trong thu ngân sách nhà nước đạt 90%; TTHC do công an
    thực hiện tối thiểu 30%; Điện, nước đạt tối thiểu 93%": the fields listed after the first in its line name
    only where; the rate is the first one's."""
    head: str | None = None
    line = -1
    for r in records:
        if (at := _line_start(text, r.anchor)) != line:
            head, line = None, at
        if r.unit != "%":
            head = None
            continue
        if (m := _RATE_IN_FIELD.search(r.indicator)) is not None:
            head = f"{m.group(1)} {m.group(2)}"
        elif head is not None and not _MEASURE_WORD.search(r.indicator) and r.scope is None \
                and not _AT_LEVEL.match(r.indicator):  # (levels are read later: "tại các huyện đạt 97%")
            r.indicator = f"{head}: {r.indicator}"
        else:
            head = None


# "Tổ công nghệ số cộng đồng", "tổ chuyển đổi số cộng đồng": the teams a text names in full once ...
_TEAM_NAME = re.compile(r"\b[Tt]ổ\s+(?:[Cc]ông\s+nghệ\s+số|[Cc]huyển\s+đổi\s+số)(?:\s+cộng\s+đồng)?")
# ... and by their head noun after: "Toàn huyện hiện có 228 tổ với hơn 1.500 thành viên"
_BARE_TEAM = re.compile(r"(?<!\w)[Tt]ổ(?=\s*$|\s*[,;.)]|\s+(?:với|có|đã|được|trên|tại|ở|trong|cấp|hoạt\s+động)\b)")


def _short_team_names(text: str, records: list[TargetRecord]) -> None:
    """A count of "tổ" in a text that named the community digital teams in full counts those teams."""
    for r in records:
        if r.unit != "count" or not (bare := _BARE_TEAM.search(r.indicator)):
            continue
        named = list(_TEAM_NAME.finditer(text, max(0, r.anchor - 2000), r.anchor))
        if named:
            r.indicator = squash(r.indicator[:bare.start()] + named[-1].group(0) + r.indicator[bare.end():])


# "tỷ lệ này", "chỉ số đó", "con số trên": what the text named just before.
_PRONOUN = re.compile(
    r"^(?:(?:đến\s+\S+\s+\S+\s+\S+,\s*)?)(?:(?:dự\s+kiến|dự\s+báo|ước\s+tính|hiện\s+nay|đến\s+nay)\s*,?\s+)?"
    r"(?:(?:ở|với|về|đối\s+với|tại|trong)\s+)?(?P<head>(?:tỷ|tỉ)\s+(?:lệ|trọng)|chỉ\s+số(?:\s+thành\s+phần)?|con\s+số|mức|kết\s+quả)\s+"
    r"(?:này|đó|trên|nói\s+trên)\b\s*(?P<rest>.*)$", re.I)
# "lĩnh vực “Xây dựng và phát triển chính quyền số” ... chỉ số thành phần này": a measure named in quotes
_QUOTED_NAME = re.compile(r"[“\"]([^”\"\n]{3,120})[”\"]")
# (its words may hold service levels, "mức độ 3, 4", and be followed by their year: "… năm 2021 đạt 68%")
_NAMED_MEASURE = re.compile(
    r"\b(?:(?:tỷ|tỉ)\s+(?:lệ|trọng)|chỉ\s+số)\s+(?!(?:thành\s+phần\s+)?(?:này|đó|trên)\b)"
    r"(?:[^,.;:()\n\d]|mức(?:\s+độ)?\s+\d(?:\s*(?:,|và)\s*\d)*){3,90}?"
    r"(?=(?:\s+năm\s+(?:19|20)\d\d)?(?:\s+(?:vẫn|đạt|là|chỉ|chưa|đã|tăng|giảm|ở|so|với)\b|\s*[,.;:(\n]|$))", re.I)


def _pronouns(text: str, records: list[TargetRecord]) -> None:
    for i, r in enumerate(records):
        m = _PRONOUN.match(r.indicator)
        if not m:
            continue
        named = _measure_named_before(text, r)
        prev = records[i - 1] if i else None
        head = m.group("head").lower()
        if named is None and prev is not None and prev.unit == r.unit and _together(text, prev, r, ("\n",)) and (
                head.startswith("con") and r.unit == "count" or head[:2] in ("tỷ", "tỉ") and r.unit == "%"):
            # "đón trên 2,2 triệu lượt khách thì đến năm 2023, con số này đã lên đến hơn 3 triệu
            # lượt": the count just given; "... có 80% cán bộ thành thạo kỹ năng số; tỷ lệ này đến
            # năm 2026 là 100%": the share just given, its words naming no rate
            named = prev.indicator
        if named:
            r.indicator = squash(f"{named} {m.group('rest')}")


def _measure_named_before(text: str, r: TargetRecord) -> str | None:
    """The last rate or index ("tỷ lệ X", "chỉ số Y") its paragraph names before `r`."""
    para = text.rfind("\n", 0, r.start) + 1
    named = list(_NAMED_MEASURE.finditer(text, max(para, r.start - 600), r.anchor))
    if not named and (this := _THIS_MEASURE.search(text, para, r.anchor)):
        if this.group("component"):
            # "... lĩnh vực “Xây dựng chính quyền số” ... dẫn đầu Chỉ số thành phần này": the
            # component an index announcement named in quotes
            quoted = list(_QUOTED_NAME.finditer(text, max(0, r.start - 600), this.start()))
            if quoted:
                return f"Chỉ số thành phần {quoted[-1].group(1)}"
        # "ba Bộ dẫn đầu về tỷ lệ này ...": the rate named in the lines before
        named = list(_NAMED_MEASURE.finditer(text, max(0, r.start - 1000), r.anchor))
    if not named:
        return None
    short = _SHORT_NAME.match(text, named[-1].end())  # "Chỉ số ... Việt Nam (ICT Index)": as it is called
    return named[-1].group(0) + (short.group(0).rstrip() if short else "")


_SCORE_RANKED = re.compile(r"xếp|hạng|đứng\s+(?:đầu|thứ)|dẫn\s+đầu|cuối\s+bảng|địa\s+phương|cả\s+nước|tỉnh,\s+thành", re.I)
_SHORT_NAME = re.compile(r"\s*\((?=[^)]{2,30}\))[A-ZĐ][\w\s-]*[A-Z][\w\s-]*\)")


_THIS_MEASURE = re.compile(
    r"\b(?:(?:tỷ|tỉ)\s+(?:lệ|trọng)|chỉ\s+số(?P<component>\s+thành\s+phần)?)\s+(?:này|đó|trên)\b", re.I)


# "304.191 tài khoản được kích hoạt thành công, đạt tỉ lệ 20,3%": a rate that names
# nothing but itself is the share of what the count before it counted.
_BARE_RATE = re.compile(r"^(?:đạt\s+)?(?:tỷ|tỉ)\s+lệ(?:\s+là)?$", re.I)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` begins: after the last ". " or line break before it."""
    stop = text.rfind(". ", 0, at)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)


def _together(text: str, a: TargetRecord, b: TargetRecord, stops: tuple[str, ...] = (". ", "\n", ";")) -> bool:
    """Are `a` and `b` in one sentence, nothing of `stops` between them?"""
    return not any(stop in text[a.anchor:b.anchor] for stop in stops)


# a wording that says only when ("Cụ thể, cuối năm 2020", "nhưng tháng 1.2021 tăng", "tháng 4 giảm nhẹ còn")
_TIME_ONLY = re.compile(
    r"(?:(?:cụ\s+thể|nhưng|và|còn|lần\s+lượt|tăng(?:\s+lên)?|giảm(?:\s+nhẹ)?|cuối|đầu|giữa|"
    r"tháng\s+\d{1,2}(?:\s*[./]\s*(?:19|20)\d\d)?|năm\s+(?:19|20)\d\d|quý\s+[IV\d]+)[\s,]*)+", re.I)
_RATE_POINTED = re.compile(r"\b(?:tỷ|tỉ)\s+(?:lệ|trọng)\s+(?:này|đó)\b", re.I)


def _timed_values(text: str, records: list[TargetRecord]) -> None:
    """A rate whose words say only when ("Cụ thể, cuối năm 2020 là 11,05%, nhưng tháng 1.2021 tăng lên
    12,11%") is a value of the rate its paragraph named before (or pointed to: "tỷ trọng này")."""
    for r in records:
        if r.unit != "%" or not _TIME_ONLY.fullmatch(r.indicator.strip()):
            continue
        named = _measure_named_before(text, r)
        if named is None:
            para = text.rfind("\n", 0, r.start) + 1
            pointed = list(_RATE_POINTED.finditer(text, max(para, r.start - 600), r.anchor))
            named = pointed[-1].group(0) if pointed else None
        if named:
            r.indicator = named


# "có 4.342 thôn, bản được phủ Internet, đạt 99,66% tổng số thôn, bản": a share whose only words
# are its denominator is the share of what the count before it, in the same clause chain, counted
_TOTAL_ONLY = re.compile(r"(?:đạt\s+)?(?:(?:tỷ|tỉ)\s+lệ\s+)?(?:so\s+với\s+)?(tổng\s+số\s+[^\d]{2,80})", re.I)
# (not a total that says something of its own, "tổng số thôn đã được phủ sóng", nor a share after a
# rate named between, "… thôn lõm sóng; tỷ lệ phủ sóng đạt 97,6% tổng số thôn")
_TOTAL_SAYS = re.compile(r"\b(?:được|đã|đang|sẽ|có)\b", re.I)
_OWN_RATE = re.compile(r"(?:tỷ|tỉ)\s+lệ\s+(?!(?:đạt|là|chiếm)\b)[^\W\d]", re.I)


def _shares_of_counts(text: str, records: list[TargetRecord]) -> None:
    """A share right after a count, in its sentence, with no words of its own ("đạt tỷ lệ 84%")
    or only its denominator ("đạt 99,66% tổng số thôn") is the share of what the count counted."""
    for prev, r in zip(records, records[1:]):
        if r.unit != "%" or prev.unit != "count" or not _together(text, prev, r):
            continue
        if _BARE_RATE.match(r.indicator) or _bare_share_in_brackets(text, prev, r):
            # ("47 cơ sở … đã triển khai bệnh án điện tử (đạt 100%), hoàn thành trước 9 ngày": the bracket
            # holds the share alone, whatever words follow it)
            r.indicator = prev.indicator
        elif (total := _TOTAL_ONLY.fullmatch(r.indicator)) and "tổng số" not in prev.indicator.lower() \
                and not _TOTAL_SAYS.search(total.group(1)) and not _OWN_RATE.search(text, prev.anchor, r.anchor):
            r.indicator = squash(f"{prev.indicator} so với {total.group(1)}")
    for part, whole, r in zip(records, records[1:], records[2:]):
        if r.unit == "%" and part.unit == whole.unit == "count" and 0 < part.value < whole.value \
                and abs(100 * part.value / whole.value - r.value) <= 0.6 \
                and _together(text, part, whole) and _together(text, whole, r) \
                and content_words(r.indicator) <= content_words(whole.indicator) | _SHARE_VERBS:
            # "số hồ sơ trực tuyến toàn trình là 115.665 và tổng số hồ sơ giải quyết TTHC là 168.746, chiếm
            # 68,54%": the share the first count makes of the second, not the whole's words
            r.indicator = squash(f"tỷ lệ {_COUNT_OF.sub('', part.indicator)}")


def _bare_share_in_brackets(text: str, count: TargetRecord, share: TargetRecord) -> bool:
    """Is `share` alone in a bracket opened after `count`'s value ("(đạt 100%)", "(chiếm tỷ lệ 84%)")?"""
    opened = text.rfind("(", count.anchor, share.anchor)
    closed = text.find(")", share.anchor)
    number = _NUMBER_AT.match(text, count.anchor)
    # (right after the count's own words: no other number between them and the bracket)
    return opened >= 0 and closed >= 0 and number is not None and not _DIGIT.search(text, number.end(), opened) \
        and _BARE_SHARE.fullmatch(text, opened + 1, closed) is not None


_NUMBER_AT = re.compile(r"[\d.,]+")
_DIGIT = re.compile(r"\d")


_BARE_SHARE = re.compile(r"\s*(?:(?:đạt|chiếm|bằng)\s+)?(?:(?:tỷ|tỉ)\s+lệ\s+)?[\d.,]+\s*%\s*")
_SHARE_VERBS = frozenset({"chiếm", "đạt", "tỷ", "tỉ", "lệ", "là", "bằng"})
_COUNT_OF = re.compile(r"^(?:tổng\s+)?số(?:\s+lượng)?\s+", re.I)


# "- Chỉ số hạ tầng kỹ thuật: tăng 15 bậc so với năm 2019, đạt 0,62 điểm": a line's
# head before its colon names what a value with no words of its own measures.
def _colon_heads(text: str, records: list[TargetRecord]) -> None:
    for r in records:
        if not wordless(r.indicator):
            continue
        line = text.rfind("\n", 0, r.start) + 1
        colon = text.rfind(":", line, r.anchor)
        if colon < 0:
            continue
        head = squash(text[strip_bullet(text, line, colon):colon])
        if head and len(head) <= 120 and not wordless(head) and not any(ch.isdigit() for ch in head):
            r.indicator = head


# "Tỷ lệ hồ sơ giải quyết trực tuyến: cấp huyện: 62,37%; cấp xã: 65,88%": a value whose words
# are only a level is the measure its line's head names (else the value before it), at that level.
def _levels_alone(text: str, records: list[TargetRecord]) -> None:
    for i, r in enumerate(records):
        words = r.indicator.strip(" :,;")
        if i and not r.scope and _level_then_noun_of(words, records[i - 1], r):
            continue
        if (r.scope and r.scope != words) or not SCOPE_RE.fullmatch(words):
            continue
        line = text.rfind("\n", 0, r.start) + 1
        colon = text.find(":", line, r.anchor)
        head = squash(text[strip_bullet(text, line, colon):colon]) if colon >= 0 else ""
        prev = records[i - 1] if i else None
        if head and not SCOPE_RE.fullmatch(head) and not wordless(head) \
                and not any(ch.isdigit() for ch in head) and len(head) <= 120:
            measure = head
        elif prev is not None and prev.unit == r.unit and r.anchor - prev.anchor < 300 \
                and not SCOPE_RE.fullmatch(prev.indicator.strip(" :,;")):
            measure = prev.indicator
        elif r.unit == "%" and (named := _rate_named_before(text, r.start)):
            # "…, tỷ lệ xử lý văn bản … duy trì ở mức cao. Đối với cấp tỉnh, cấp huyện đạt trên 95%"
            measure = named
        else:
            continue
        r.indicator, r.scope = measure, squash(words)


def _level_then_noun_of(words: str, prev: TargetRecord, r: TargetRecord) -> bool:
    """"Mỗi tổ … cấp xã có 5 thành viên; cấp thôn từ 5 - 8 thành viên": a level and the noun the value
    before counted, that value's level in its words. Both become the measure split by level."""
    level = SCOPE_RE.match(words)
    tail = words[level.end():].strip() if level else ""
    if not tail or prev.scope or prev.unit != r.unit or r.anchor - prev.anchor > 200 \
            or not prev.indicator.lower().endswith(tail.lower()):
        return False
    own = next((m for m in SCOPE_RE.finditer(prev.indicator) if m.end() < len(prev.indicator) - len(tail)), None)
    if own is None or own.group(0).lower() == level.group(0).lower():  # type: ignore[union-attr]
        return False
    measure = squash(f"{prev.indicator[:own.start()]} {prev.indicator[own.end():]}")
    prev.indicator, prev.scope = measure, squash(own.group(0))
    r.indicator, r.scope = measure, squash(level.group(0))  # type: ignore[union-attr]
    return True


def _rate_named_before(text: str, at: int) -> str | None:
    """The last rate its paragraph named before `at` in the sentence before, with no value of its own."""
    line = text.rfind("\n", 0, at) + 1
    found = [m for m in _RATE_SUBJECT.finditer(text, max(line, at - 300), at)
             if not any(ch.isdigit() for ch in text[m.start():at])]
    return squash(found[-1].group(0)) if found else None


# a rate as its sentence's subject, up to its verb: "tỷ lệ xử lý văn bản, hồ sơ công việc trên môi
# trường mạng của các cơ quan quản lý Nhà nước duy trì ở mức cao"
_RATE_SUBJECT = re.compile(
    r"\b(?:tỷ|tỉ)\s+(?:lệ|trọng)\s+[^.;:\d()]{3,180}?(?=\s+(?:vẫn\s+|tiếp\s+tục\s+|được\s+|luôn\s+)?(?:duy\s+trì|đạt|là|"
    r"chỉ|chưa|đã|tăng|giảm|ở\s+mức)\b|\s*[.;:\n])", re.I)


# "trong khi mục tiêu đề ra là 50%", "(mục tiêu 70%)": the aim of the value just given.
# ("(KH 41%)", "(chỉ tiêu giao 40%)": the plan's short form, and the aim an office was given)
_AIM_WORDS = re.compile(r"^(?:trong\s+khi\s+|so\s+với\s+)?(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu|(?-i:KH))"
                        r"(?:\s+(?:(?:đề|đặt)\s+ra|(?:được\s+)?giao))?(?:\s+là)?$|^(?:phải|cần)$", re.I)
# ("(kế hoạch năm 11,31%)", "(kế hoạch đầu năm 10,11%)": the year's plan)
_AIM_BRACKET = re.compile(r"\(\s*(?:mục\s+tiêu|kế\s+hoạch(?:\s+(?:đầu\s+)?năm(?:\s+(?:19|20)\d\d)?)?|chỉ\s+tiêu|(?-i:KH))"
                          r"(?:\s+(?:được\s+)?giao)?\s*(?:là\s+|đề\s+ra\s+|:\s*)?$", re.I)
# a change reported just before the aim's bracket: "tăng 12,94% so với cùng kỳ (kế hoạch năm 11,31%)"
_CHANGE_THEN_AIM = re.compile(r"\b(tăng|giảm)(?:\s+(?:khoảng|hơn|gần|trên))?\s+\d[\d.,]*\s*%"
                              r"(?:\s+so\s+(?:với\s+)?(?:cùng\s+kỳ(?:\s+năm\s+trước)?|năm\s+trước|năm\s+(?:19|20)\d\d))?\s*$", re.I)


_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")


def _aims(text: str, records: list[TargetRecord]) -> None:
    for i, r in enumerate(records[1:], 1):
        prev = records[i - 1]
        if r.anchor - prev.anchor > 200:
            continue
        bracket = _AIM_BRACKET.search(text, max(0, r.anchor - 30), r.anchor)
        if prev.unit != r.unit:
            if r.unit == "%" and bracket \
                    and (change := _CHANGE_THEN_AIM.search(text, prev.end if prev.end <= bracket.start() else prev.anchor,
                                                           bracket.start())):
                # "… đạt 75.200 tỷ đồng, tăng 12,94% so với cùng kỳ (kế hoạch năm 11,31%)": the plan's rise
                r.indicator, r.kind, r.scope = squash(f"{prev.indicator} {change.group(1).lower()}"), "target", prev.scope
                r.op = ">=" if r.op == "=" else r.op
                r.year = prev.year if prev.year is not None else r.year
            continue
        if _AIM_WORDS.match(r.indicator) or bracket:
            r.indicator = prev.indicator if prev.indicator.startswith("mục tiêu ") else squash(f"mục tiêu {prev.indicator}")
            r.kind, r.scope = "target", prev.scope
            if r.op == "=":
                r.op = ">=" if r.unit != "rank" else "<="
            if bracket and (named := _YEAR_WRITTEN.search(bracket.group(0))):
                r.year = int(named.group(0))  # "(kế hoạch năm 2023 là 60%)": the plan of the year it names
            elif prev.year is not None and not _YEAR_WRITTEN.search(text, prev.anchor, r.anchor):
                r.year = prev.year  # "đạt 45,2% (chỉ tiêu giao 40%)": the aim of that year


# "đạt 39,98%, trong đó khối bộ đạt 54,46%, và tỷ lệ của khối tỉnh là 16,94%":
# a value for a group of agencies splits the value before it (not "khối lượng", a volume).
_BLOCK = re.compile(r"^(?:trong\s+đó\s*,?\s*)?(?:và\s+)?(?:(?:tỷ|tỉ)\s+lệ\s+(?:của\s+)?)?(khối\s+(?!lượng\b)[^;()]{2,40})$", re.I)


# "Tỷ lệ X tại các sở, ngành đạt 92%; tại các huyện đạt 97%": values for
# groups written after the measure, each group its value's scope.
# (not what a rank is in: "Xếp thứ 3 ở chỉ số Hoạt động chính quyền số")
# ("của các bộ, ngành đạt 17% và của địa phương là 37%": after "của" the group as written)
_GROUP = re.compile(r"^(?:(?:tại|ở|đối\s+với)\s+(?:các\s+)?|của\s+(?!GDP|GRDP|tổng|dân\s+số|(?:tỷ|tỉ)\s+(?:lệ|trọng)\b))(?!chỉ\s+số|bảng\s+xếp\s+hạng|trụ\s+cột|lĩnh\s+vực)([^;()]{2,50})$", re.I)
_GROUP_TAIL = re.compile(r"\s+(?:(?:tại|ở|đối\s+với)\s+(?:các\s+)?|của\s+(?!GDP|GRDP|tổng|dân\s+số))([^;()]{2,50})$", re.I)


# "Tỷ lệ hồ sơ trực tuyến toàn trình cả nước đạt 42%; bộ, ngành đạt 61%; địa phương đạt 17%": a
# clause of its own whose subject is only a group of agencies
_BARE_GROUP = re.compile(r"[\s;,]*(?:còn\s+|và\s+)?(?:các\s+)?(bộ,?\s+ngành(?:\s+trung\s+ương)?|địa\s+phương)\s+(?:đạt|là|chiếm)\s*$",
                         re.I)


def _blocks(text: str, records: list[TargetRecord]) -> None:
    whole: TargetRecord | None = None
    group: TargetRecord | None = None  # the last value split off by a bare group
    for r in records:
        m = _BLOCK.match(r.indicator) or _GROUP.match(r.indicator)
        if group is not None and r.start == group.start and r.unit == group.unit and r.anchor > group.anchor:
            # "bộ, ngành đạt 61% (cuối năm 2023 là 38%)": the earlier value in its bracket is the group's too
            r.scope, r.indicator = group.scope, group.indicator
            continue
        if not m and whole is not None and whole.unit == r.unit and "\n" not in text[whole.end:r.start] \
                and (bare := _BARE_GROUP.match(text, r.start, r.anchor)):
            r.scope, r.indicator, group = squash(bare.group(1)), whole.indicator, r
            continue
        # (a count's parts by kind of body are no groups: "282 đơn vị (khối báo trung ương có 40 đơn vị; khối báo
        # địa phương 62 đơn vị; …)")
        if m and whole is not None and whole.unit == r.unit and r.unit != "count" and "\n" not in text[whole.end:r.start]:
            tail = _GROUP_TAIL.search(whole.indicator)
            if tail and whole.scope is None and _GROUP.match(r.indicator):
                # the first group was written inside the measure's own words
                whole.indicator, whole.scope = whole.indicator[:tail.start()], squash(tail.group(1))
            r.scope, r.indicator = squash(m.group(1)), whole.indicator
        elif not m and not _AIM_WORDS.match(r.indicator) and not r.indicator.startswith("mục tiêu "):
            whole = r



# Words that say nothing of what is measured ("Dự kiến thành phố sẽ đạt chỉ
# tiêu 25%", "Tây Ninh trong cả nước xếp thứ 40").
_EMPTY_WORDS = frozenset(
    "và đến năm dự kiến sẽ đạt chỉ tiêu vào trong cả nước toàn quốc xếp thứ hạng vị trí với so tăng giảm "
    "thành phố tỉnh địa phương đã được là có mức ở của này đó theo qua mới tiếp tục khoảng trên dưới "
    "riêng trong đó còn lại cùng kỳ vươn lên đứng top nhóm tốp giữ tụt xuống lần lượt là sau "
    "tiếp theo thứ hai ba tư năm".split()
)
_INDEX_TOPIC = re.compile(
    r"(?:\bbộ\s+)?(?:\bchỉ\s+số|\bkết\s+quả|\bđiểm\s+số|\bgiá\s+trị|\bxếp\s+hạng)[^.;:\n]{0,50}?(?:chuyển\s+đổi\s+số|\bDTI\b)(?:\s*\(DTI\))?"
    r"|\bDTI\s+cấp\s+(?:tỉnh|bộ|huyện|xã)\b",
    re.I,
)


_RANKING = re.compile(r"xếp\s+hạng|DTI\s+cấp", re.I)
# what names a ranking itself ("chỉ số", "DTI", a pillar), not only that there is one
_INDEX_NAMED = re.compile(
    r"chỉ\s+số|\bDTI\b|chuyển\s+đổi\s+số|\bPAR\b|SIPAS|\bPCI\b|\bPAPI\b|"
    r"chính\s+quyền\s+số|kinh\s+tế\s+số|xã\s+hội\s+số|\bICT\b|điện\s+tử|trụ\s+cột|"
    # the DTI's component indices rank the provinces too: "nhận thức số 16/63"
    r"(?:nhận\s+thức|thể\s+chế|hạ\s+tầng|nhân\s+lực|dữ\s+liệu|nền\s+tảng)\s+số|an\s+toàn\s+thông\s+tin|đô\s+thị\s+thông\s+minh", re.I)
_RANKING_NAMED = re.compile(r"xếp\s+hạng|thứ\s+hạng|vị\s+thứ|[tT]op\s+\d|" + _INDEX_NAMED.pattern, re.I)


def _ranking_of_sentence(text: str, anchor: int, score: bool = False) -> str | None:
    """The ranking a rank's own sentence names before it: the report it opens with ("Theo Báo
    cáo Chỉ số Đổi mới sáng tạo toàn cầu, ...") or an index named in its paragraph. A `score`
    takes an index of an earlier sentence only when its own sentence speaks of a ranking
    (not an exam's "đạt 8,5 điểm" in a paragraph that named the DTI)."""
    start = _sentence_start(text, anchor)
    if (source := _REPORT_SOURCE.match(text, start, anchor)) and _NAMES_ITSELF.search(source.group(1), 6) \
            and not _SOURCE_SAYS_MORE.search(source.group(1)):
        return source.group(1)
    line = text.rfind("\n", 0, anchor) + 1
    if score and not _SCORE_RANKED.search(text, start, _sentence_end(text, anchor)):
        line = start
    # (an index's name holds no number: not "giá trị 0,6924, tăng … so với DTI")
    named = [m for m in (*_INDEX_NAME.finditer(text, line, anchor), *_INDEX_TOPIC.finditer(text, line, anchor))
             if not any(ch.isdigit() for ch in m.group(0))]
    if named:
        best = max(named, key=lambda m: m.start())
        short = _SHORT_NAME.match(text, best.end())  # "Chỉ số … Việt Nam (ICT Index)"
        return _without_topic_word(best.group(0)) + (short.group(0) if short else "")
    after = _RANKING_AFTER.search(text, anchor, _sentence_end(text, anchor))
    # (a ranking by its name, not "trong bảng xếp hạng thuộc về TP. Huế")
    if after and _INDEX_NAMED.search(after.group(1)):
        return after.group(1)
    # "Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT (ICT Index) tỉnh … năm 2020" as the page's
    # title: the ranking the whole text is about
    if score or _in_places_bracket(text, start, anchor):
        return None  # (a score may be an exam's; a place's bracket is named by its own index: `_named_after`)
    title = _INDEX_NAME.search(text, 0, min(anchor, title_end(text)))
    if title and not any(ch.isdigit() for ch in title.group(0)):
        short = _SHORT_NAME.match(text, title.end())
        return title.group(0) + (short.group(0) if short else "")
    return None


def _in_places_bracket(text: str, start: int, anchor: int) -> bool:
    """Does `anchor` stand in a bracket opened right after a place's name ("Sơn La (52,40 điểm, xếp hạng 12")?"""
    paren = text.rfind("(", start, anchor)
    return paren >= 0 and ")" not in text[paren:anchor] \
        and _place_before_bracket(text, max(start, paren - 40), paren + 1) is not None


_SHORT_NAME = re.compile(r"\s*\([A-Z][\w\s-]{1,20}\)")
# "... đứng thứ 8/63, đạt 0,5453 điểm, tăng 15 bậc về Chỉ số Vietnam ICT Index": the ranking
# its sentence names after the values
_RANKING_AFTER = re.compile(r"\s(?:về|trong|trên)\s+((?:bảng\s+xếp\s+hạng|[Cc]hỉ\s+số)\s[^.;,()\n\d]{3,80}?"
                            r"(?:\s*\([A-Z]{2,6}\))?)(?=\s+năm\s+\d|\s*[.;,\n]|$)")


def _nearest_index_name(found: list[re.Match[str]]) -> str | None:
    """The last-named of `found` indices, without a topic's "Về" ("Về chỉ số X, ...")."""
    best = max(found, key=lambda m: m.start(), default=None)
    return _without_topic_word(best.group(0)) if best else None


def _without_topic_word(name: str) -> str:
    return re.sub(r"^[Vv]ề\s+", "", name)


def wordless(indicator: str) -> bool:
    # (word by word: most indicators have a word of their own among their first)
    for m in WORD_RE.finditer(indicator):
        if m.group().lower() not in _EMPTY_WORDS:
            return False
    return True


def _index_named_before(text: str, anchor: int, ranking: bool) -> str | None:
    """The index the text last named before `anchor` ("kết quả chuyển đổi số (DTI)"); with
    `ranking`, a ranking by preference: a place is in a ranking ("xếp hạng mức độ chuyển đổi số")."""
    found = _index_topic_before(text, anchor, ranking)
    return found.group(0) if found else None


def _index_topic_before(text: str, anchor: int, ranking: bool) -> re.Match[str] | None:
    found = list(_INDEX_TOPIC.finditer(text, max(0, anchor - 1500), anchor))
    if ranking:
        found = [m for m in found if _RANKING.match(m.group(0))] or found
    return found[-1] if found else None


# An index named as a title ("Chỉ số đổi mới sáng tạo cấp địa phương năm 2023 (PII)") or as
# the topic of what follows ("Về chỉ số đổi mới sáng tạo, ...", a list item's "- Về chỉ số Hạ tầng kỹ thuật: ..."): any index, not only the DTI.
# (a title: the name then its year or its short name; a topic: "Về chỉ số X," - not a sentence's
# subject and verb, "Chỉ số giá tiêu dùng tháng này tăng 3%")
_REPORT_SOURCE = re.compile(r"\s*Theo\s+((?:[Bb]áo\s+cáo|[Bb]ảng\s+xếp\s+hạng|[Kk]ết\s+quả|[Cc]hỉ\s+số)[^,;.\n]{3,140}?)\s*,")
# (a source that goes on to what it says is no name: "Theo bảng xếp hạng đã được công bố thì tỉnh … top 10/63 tỉnh,")
_SOURCE_SAYS_MORE = re.compile(r"\d|\bthì\b", re.I)
_NAMES_ITSELF = re.compile(r"[A-ZĐ]|\(")  # a report named by its title or abbreviation
_INDEX_NAME = re.compile(
    r"Chỉ\s+số\s+(?!thành\s+phần\b|này\b|đó\b|trên\b)[^,.;:()\n\d]{3,80}?(?=\s+năm\s+(?:19|20)\d\d|\s*\([A-Z])"
    r"|\b[Vv]ề\s+chỉ\s+số\s+(?!thành\s+phần\b|này\b|đó\b|trên\b)[^,.;:()\n\d]{3,80}?(?=\s*[,:])")


def place_index_before(text: str, anchor: int) -> str | None:
    """The index whose table a place's bracketed score or rank is from: the nearer of the
    DTI ranking and any index named as a title or topic before `anchor`."""
    named = list(_INDEX_NAME.finditer(text, max(0, anchor - 1500), anchor))
    return _nearest_index_name([m for m in (_index_topic_before(text, anchor, ranking=True),
                                            named[-1] if named else None) if m])


def _topicless(indicator: str) -> bool:
    """Are its words, but for empty ones, only names of places (or none)? Word by word:
    most indicators have a word of their own in lower case among their first."""
    for m in WORD_RE.finditer(indicator):
        w = m.group()
        if not w[0].isupper() and w.lower() not in _EMPTY_WORDS:
            return False
    return True


# "Với tổng số 90,13/100 điểm, …", "với tổng 86,56 điểm": a total that names nothing it totals
_BARE_TOTAL = re.compile(r"(?:với\s+)?(?:tổng(?:\s+số)?(?:\s+điểm)?|số\s+điểm)", re.I)


# "484 TTHC", "1.200 DN", "35 CSDL": a count of things named by their acronym alone names them, not a place
_THING_ACRONYM = re.compile(r"(?!(?:TP|HCM|TPHCM|UBND|HĐND|TW|VN)$)[A-ZĐ]{2,6}")


_ABOUT_LEAD = re.compile(ABOUT_FIELD)


def _name_topicless(text: str, records: list[TargetRecord]) -> None:
    """A record whose words name no indicator borrows one: a place in a
    ranking or a score takes the index the text last named ("kết quả chuyển
    đổi số (DTI)"), anything else the nearest earlier record of its paragraph."""
    borrowed: dict[int, str] = {}  # record id -> the topic it borrowed, so a list does not pile up its places
    for i, r in enumerate(records):
        # a place in a ranking that does not say which ranking ("Quảng Ngãi
        # tiếp tục tăng trong cả nước, xếp vị trí 21") is named by it too
        unranked = r.unit == "rank" and not _RANKING_NAMED.search(r.indicator)
        if ((r.unit == "rank" and not unranked) or r.unit_text == "điểm") and not _INDEX_NAMED.search(r.indicator) \
                and not _topicless(r.indicator) and not _place_before_bracket(text, max(0, r.anchor - 60), r.anchor) \
                and (named := _ranking_of_sentence(text, r.anchor, score=r.unit != "rank")):  # (a place's bracket: `_named_after`)
            # "Việt Nam được xếp hạng 44/133 quốc gia", "Lâm Đồng đạt 0,5453 điểm": says it is
            # ranked or scored, not in which ranking
            r.indicator = squash(f"{named} {r.indicator}")
            continue
        bare_total = r.unit == "other" and _BARE_TOTAL.fullmatch(r.indicator) is not None
        if not (unranked or _topicless(r.indicator) or bare_total) \
                or r.unit == "count" and _THING_ACRONYM.fullmatch(r.indicator):
            continue
        topic = None
        if r.unit == "rank" and (about := _ABOUT_LEAD.match(text, _sentence_start(text, r.anchor), r.anchor)) \
                and "," not in text[about.end():r.anchor]:
            # "Về chính quyền số, tỉnh xếp thứ 12, kinh tế số xếp thứ 22": the topic its clause opens with
            # (and the pillar it names, as a lead-in's)
            r.indicator = squash(f"{about.group(1)} {r.indicator}")
            if len(named := pillars_named(about.group(1))) == 1:
                r.pillar = named[0]
            continue
        nxt = records[i + 1] if i + 1 < len(records) else None
        if r.unit == "rank" and nxt is not None and nxt.unit == "rank" and nxt.start == r.start \
                and wordless(r.indicator) and not _topicless(nxt.indicator):
            # "nằm trong top 25 và đến năm 2030 top 10 tỉnh có chỉ số chuyển đổi số tốt nhất"
            r.indicator = nxt.indicator
            continue
        prev = records[i - 1] if i else None
        if r.unit == "rank" and prev is not None and prev.unit == "rank" and _RANKING_NAMED.search(prev.indicator) \
                and _together(text, prev, r, (". ", "\n")):
            # "thứ hạng cải cách hành chính của Bộ có lúc xếp 6/17, nhưng có thời điểm rơi xuống
            # 16/17": the ranking its sentence named for the place before
            # (of a place that borrowed its ranking, the ranking only: "A xếp hạng 4, B xếp hạng 5")
            ranking = _own_topic(prev, r, borrowed)
            r.indicator = ranking if r.indicator in ranking else squash(f"{ranking} {r.indicator}")
            borrowed[id(r)] = ranking
            continue
        if r.unit == "rank" and (source := _REPORT_SOURCE.match(text, _sentence_start(text, r.anchor), r.anchor)) \
                and _NAMES_ITSELF.search(source.group(1), 6):  # (not "Theo kết quả đánh giá, ...")
            # "Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 (EGDI) của Liên hợp quốc, Việt Nam
            # đã vươn lên vị trí thứ 71": the report its sentence opens with ranks the place
            r.indicator = squash(f"{source.group(1)} {r.indicator}")
            continue
        if r.unit in ("rank", "other"):
            topic = _index_named_before(text, r.anchor, ranking=r.unit == "rank")
        elif r.unit == "%":  # "Nam Định (52,96%)": the rate the paragraph named
            topic = _measure_named_before(text, r)
        prev = records[i - 1] if i else None
        if topic is None and prev is not None and "\n\n" not in text[prev.end:r.start] \
                and r.anchor - prev.anchor < 600 \
                and not (prev.unit == "rank" and not _RANKING_NAMED.search(prev.indicator)):
            # (not from a place of the same unnamed ranking: "A, B, C lần lượt xếp thứ 5, 6, 7")
            topic = _own_topic(prev, r, borrowed)
        if topic:
            # (a wording the topic already holds is not said twice: "Hai tỉnh lần lượt")
            # (nor said again when the record's words open with it: "Nguồn nhân lực đạt 20,31 điểm, xếp thứ 4")
            r.indicator = topic if r.indicator in topic else r.indicator if r.indicator.startswith(topic) \
                else squash(f"{topic} {r.indicator}")
            # (a total borrows its place's words too, which the next place must not: "… là UBND tỉnh Quảng Trị,
            # với tổng 86,56 điểm. Tiếp theo là UBND tỉnh Thanh Hóa (86,51 điểm)")
            borrowed[id(r)] = "" if bare_total else topic


def _own_topic(prev: TargetRecord, r: TargetRecord, borrowed: dict[int, str]) -> str:
    """What `r` borrows from `prev`: only what `prev` itself borrowed when `r` names a place of its
    own ("A xếp hạng 4, B xếp hạng 5"), else all of it ("B đứng thứ 2, tăng từ vị trí 17 năm 2019"
    is of the place before)."""
    named = any(w[0].isupper() for w in WORD_RE.findall(r.indicator)[1:])
    if named and id(prev) not in borrowed and (place := _LEADING_PLACE.match(prev.indicator)) \
            and PLACED_ONLY.fullmatch(prev.indicator, place.end()):
        return ""  # "Bắc Ninh đứng đầu với 0,7812 điểm; Hà Nội xếp thứ 2": the place before and its place, no topic
    return borrowed.get(id(prev), prev.indicator) if named else prev.indicator


_LEADING_PLACE = re.compile(r"(?:(?:TP\.?|Thành\s+phố|Tỉnh)\s+)?[A-ZĐ\u00C0-\u1EF8][\w.]*(?:\s+[A-ZĐ\u00C0-\u1EF8][\w.]*){0,3}")
# the words that say only how a place was placed ("đứng đầu", "xếp thứ"), after its name
PLACED_ONLY = re.compile(r"\s*(?:(?:đứng|xếp)\s+(?:đầu|thứ|hạng|vị\s+trí)|dẫn\s+đầu)?\s*", re.I)


# "Đà Nẵng (67%) cùng các tỉnh Hòa Bình (86,5%), ... là 5 tỉnh dẫn đầu về tỷ lệ
# hồ sơ trực tuyến": places' values first, the rate they are of after them.
_PLACE_BEFORE_BRACKET = re.compile(r"((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]\w*\s+){0,3}"
                                   r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]\w*"
                                   # a ministry or department, its name in lower case after the first word
                                   r"|(?-i:Bộ|Sở)(?:\s+[\w&]+){1,4})\s*\(\s*$")


def _place_before_bracket(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """`_PLACE_BEFORE_BRACKET` in text[lo:hi]; only a window that ends in "(" can hold it."""
    return _PLACE_BEFORE_BRACKET.search(text, lo, hi) if text[lo:hi].rstrip().endswith("(") else None


_ABOUT_MEASURE = re.compile(r"\bvề\s+((?:tỷ|tỉ)\s+(?:lệ|trọng)|chỉ\s+số)\b[^,.;:()\n]{3,80}", re.I)
# a rate with what it is of: "tỷ trọng kinh tế số ...", not "tỷ trọng là"
_MEASURE_OF = re.compile(r"\b(?:(?:tỷ|tỉ)\s+(?:lệ|trọng)|chỉ\s+số)\s+(?!là\b|này\b|đó\b)[a-zđà-ỹ]\w*\s+\w+", re.I)


def _named_after(text: str, records: list[TargetRecord]) -> None:
    """A place's value in brackets takes the rate the sentence names after it ("... dẫn
    đầu về tỷ lệ X"), else the one its paragraph named before ("Bắc Giang (42,13%)")."""
    for r in records:
        # (a percentage, or an index's points: "Cần Thơ (0,6881 điểm)")
        if r.unit != "%" and r.unit_text != "điểm":
            continue
        place = _place_before_bracket(text, max(0, r.anchor - 60), r.anchor)
        if not place:
            continue
        if _MEASURE_OF.search(r.indicator):
            # "tỷ lệ ... của các tỉnh đứng đầu gồm: Nam Định (52,96%), Hà Nam (50,1%)": the
            # list's measure, at each place
            if place.group(1) not in r.indicator and r.start < place.start(1):
                r.indicator = squash(f"{r.indicator} {place.group(1)}")
            continue
        stop = min((i for i in (text.find(". ", r.anchor), text.find("\n", r.anchor)) if i >= 0), default=len(text))
        about = _ABOUT_MEASURE.search(text, r.anchor, stop)
        named = about.group(0)[3:].strip() if about else None
        if not named or not _MEASURE_OF.search(named):
            # "... dẫn đầu về tỷ lệ này ...": the rate its paragraph named before
            named = _measure_named_before(text, r)
        if not named and r.unit_text == "điểm":
            # "Thái Nguyên (47,75 điểm, ...)": a place's score in the index the text named
            named = place_index_before(text, r.anchor)
        if named and _MEASURE_OF.search(named):
            r.indicator = squash(f"{named} {place.group(1)}")


# an item of a list of places in a bracket: "(TP. Đông Hà 43,27%; thị xã Quảng Trị 48,02%; các huyện: Gio Linh 42,03%"
_PLACE_ITEM = re.compile(
    r"\s*(?:các\s+(?:huyện|thị\s+xã|xã|phường|quận)\s*:\s*)?"
    r"((?:(?:TP|Tp)\.?\s*|(?:thành\s+phố|thị\s+xã|thị\s+trấn|huyện|xã|phường|quận)\s+)?"
    r"(?-i:[A-ZĐ\u00C0-\u1EF8])[\w.]*(?:\s+(?-i:[A-ZĐ\u00C0-\u1EF8])[\w.]*){0,3}"
    # (or a body by its name, whose later words may be lower case: "Sở Tư pháp", "UBND huyện Lâm Hà")
    r"|(?-i:Sở|Bộ|Ban|UBND|Trung\s+tâm)(?:\s+(?!đạt\b|là\b|có\b)[\w.]+){1,4}?"
    # (or a level: "(cấp tỉnh 70,1%; cấp huyện 58,2%)")
    r"|" + SCOPE + r")\s*(?:đạt\s+)?", re.I)
_VALUE_ALONE = re.compile(r"\d[\d.,]*\s*%\s*")


def _places_listed_in_a_bracket(text: str, records: list[TargetRecord]) -> None:
    """"tỉ lệ chi trả … toàn tỉnh đạt 76,08% (TP. Đông Hà 43,27%; thị xã Quảng Trị 48,02%; …)": each place's
    value in a bracket after the whole's is of the whole's measure, at that place."""
    for i, head in enumerate(records):
        if head.unit != "%" or not _MEASURE_OF.search(head.indicator):
            continue
        opened = text.find("(", head.anchor, head.anchor + 12)
        if opened < 0 or not _VALUE_ALONE.fullmatch(text, head.anchor, opened):
            continue
        closed = text.find(")", opened)
        closed = closed if closed >= 0 else len(text)
        # (the measure itself: "Cam Lộ là địa phương có tỉ lệ chi trả … cao nhất trong toàn tỉnh")
        measure = _PLACE_AT_END.sub("", head.indicator[_MEASURE_OF.search(head.indicator).start():])  # type: ignore[union-attr]
        items = [r for r in records[i + 1:] if r.unit == "%" and opened < r.anchor < closed]
        cuts = [max(text.rfind(";", opened, r.anchor), text.rfind(",", opened, r.anchor), opened) + 1 for r in items]
        places = [_PLACE_ITEM.fullmatch(text, c, r.anchor) for c, r in zip(cuts, items)]
        if len(items) < 2 or not all(places):
            continue
        for r, place in zip(items, places):
            named = place.group(1)  # type: ignore[union-attr]
            if SCOPE_RE.fullmatch(named):
                r.indicator, r.scope = measure, named.lower()  # a level's value of the measure: its scope
            else:
                r.indicator = squash(f"{measure} {named}")


# (the whole, unnamed, as all of it: "tỷ lệ … của tỉnh đạt 45% (TP. Tuy Hòa 60%, …)", "… cao nhất trong toàn tỉnh")
_PLACE_AT_END = re.compile(r"(?:\s+(?:cao|thấp)\s+nhất)?" + WHOLE_PLACE_END.pattern, re.I)


# "dẫn đầu cả nước về số người tải ứng dụng Bluezone là Hà Nội (3,1 triệu người)": what the places'
# counts are of, named before the list ...
_COUNT_ABOUT = re.compile(r"\bvề\s+((?:tổng\s+)?(?:số\s+lượng|số|lượng)\s+[^,.;:()\n\d]{3,80}?)\s+(?:là|gồm)\b", re.I)
# ... or after it: "Điện Biên (70.500 người), … là những địa phương có lượng người tải Bluezone thấp nhất"
_COUNT_HELD = re.compile(r"\bcó\s+((?:tổng\s+)?(?:số\s+lượng|số|lượng)\s+[^,.;:()\n\d]{3,80}?)\s+"
                         r"(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+nhất\b", re.I)


_SENTENCE_END = re.compile(r"(?<![.\d])\.(?!\.)(?=\s|$)|\n")  # (not an ellipsis: "Yên Bái (130.000 người),... là")


def _counted_at_places(text: str, records: list[TargetRecord]) -> None:
    """A place's count in brackets ("Hà Nội (3,1 triệu người)") is of what the sentence says
    the places' counts are of, before the list or after it, at that place."""
    for r in records:
        if r.unit != "count" or not (place := _place_before_bracket(text, max(0, r.anchor - 60), r.anchor)):
            continue
        start = _sentence_start(text, r.anchor)
        stop = _sentence_end(text, r.anchor)
        named = [m.group(1) for m in _COUNT_ABOUT.finditer(text, start, place.start())] \
            or [m.group(1) for m in _COUNT_HELD.finditer(text, r.anchor, stop)] \
            or _count_of_the_same_things(text, records, r, start, place)
        if named:
            r.indicator = squash(f"{named[-1]} {place.group(1)}")


# "(23 điểm)": what a place's bracketed count counts
_BRACKET_NOUN = re.compile(r"[\d.,]+\s*(?:(?:triệu|nghìn|ngàn)\s+)?([^\W\d][^\d()\n]{0,30}?)\s*\)")


def _count_of_the_same_things(text: str, records: list[TargetRecord], r: TargetRecord, start: int,
                              place: re.Match[str]) -> list[str]:
    """"có 60 điểm truy cập wifi miễn phí, nhiều nhất ở Dĩ An (23 điểm)": a place's count of the
    things an earlier count of its sentence counted is that count's, at the place."""
    noun = _BRACKET_NOUN.match(text, r.anchor)
    if noun is None or (place.start() and text[place.start() - 1].isalnum()):
        return []  # (not "3G (1.521 trạm)": a place begins a word)
    counted = re.compile(r"[\d.,]+\s*(?:(?:triệu|nghìn|ngàn)\s+)?" + re.escape(noun.group(1)) + r"\s+\w", re.I)
    return [p.indicator for p in records if start <= p.anchor < r.anchor and p.unit == "count"
            and counted.match(text, p.anchor) and not _NEW_MEASURE.search(text, p.anchor, place.start())][:1]


# what parts a count from a later place's bracket: a new clause or another measure between them
_NEW_MEASURE = re.compile(r";|\btrong\s+khi\b|\bnhưng\b|\bsố\s+(?:lượng\s+)?(?:người|hộ|lượt|doanh\s+nghiệp|tài\s+khoản)\b", re.I)


# "TP. Hồ Chí Minh (hạng 2), Hải Phòng (hạng 3), ...": each place's own rank
# ("Thái Nguyên (47,75 điểm, xếp hạng 10)": the place's score before its rank)
_RANK_IN_BRACKET = re.compile(r"\(\s*(?:[\d.,]+\s*điểm\s*[,;]\s*)?((?:xếp\s+|đứng\s+)?(?:hạng|thứ))\s*$", re.I)
_BRACKET_CLOSES = re.compile(r"\d+\s*\)")  # the rank alone in its brackets


def _bracketed_ranks(text: str, records: list[TargetRecord]) -> None:
    """A rank alone in brackets after a place's name is that place's: "Hải Phòng (hạng 3)"."""
    for r in records:
        if r.unit != "rank" or not (how := _RANK_IN_BRACKET.search(text, max(0, r.anchor - 40), r.anchor)) \
                or not _BRACKET_CLOSES.match(text, r.anchor):
            continue
        place = _place_before_bracket(text, max(0, how.start() - 60), how.start() + 1)
        if place:
            # (in the ranking the text last named, if it named one: "xếp hạng chuyển đổi số")
            topic = place_index_before(text, r.anchor) or ""
            r.indicator = squash(f"{topic} {place.group(1)} {how.group(1)}")


# "... đạt lũy kế hơn 20 triệu giao dịch với giá trị 1.372 tỷ đồng", "... truy nhập Internet cố
# định, tốc độ trung bình 200 Mb/s": a measure named by a bare head is of what the sentence counted before
# ("… 1.500 vụ lừa đảo qua mạng, gây thiệt hại hơn 1.660 tỷ đồng": the damage they did)
_GENERIC_HEAD = re.compile(r"^(?:(?:với\s+)?((?:tổng\s+)?(?:giá\s+trị|doanh\s+thu|tốc\s+độ(?:\s+trung\s+bình)?|quy\s+mô))"
                           r"|gây\s+((?:tổng\s+)?thiệt\s+hại))$", re.I)


# a measure of whoever earns, pays or grows, and what it is of: "doanh thu toàn ngành Thông tin truyền thông …, lợi
# nhuận 137 nghìn tỷ đồng", "Doanh thu dịch vụ bưu chính … đạt 69,3 tỷ đồng, …, nộp ngân sách 706 triệu đồng"
# (not a trade's turnover: "doanh thu dịch vụ viễn thông …, kim ngạch xuất khẩu …" is not the service's exports)
_OWNED_MEASURE = r"(?:tổng\s+)?(?:doanh\s+thu|lợi\s+nhuận|nộp\s+ngân\s+sách(?:\s+nhà\s+nước)?|(?:tốc\s+độ\s+)?tăng\s+trưởng)"
_OWNED_ALONE = re.compile(rf"^{_OWNED_MEASURE}$", re.I)
_OWNED_OF = re.compile(rf"^{_OWNED_MEASURE}\s+(?!(?:của\s+)?(?:năm|tháng|quý)\b|{_OWNED_MEASURE}\b)(\S.{{2,80}})$", re.I)


def _generic_heads(text: str, records: list[TargetRecord]) -> None:
    """A record worded only "giá trị", "doanh thu", "tốc độ trung bình" takes the wording of the
    record just before it in its sentence; one worded only "lợi nhuận", "nộp ngân sách", "tăng trưởng"
    takes what the measure just before it was of ("doanh thu toàn ngành …" → "lợi nhuận toàn ngành …")."""
    for prev, r in zip(records, records[1:]):
        if r.anchor - prev.anchor >= 200 or not _together(text, prev, r):
            continue
        if _OWNED_ALONE.match(r.indicator.strip()) and (owner := _OWNED_OF.match(prev.indicator.strip())):
            r.indicator = squash(f"{r.indicator} {owner.group(1)}")
        elif head := _GENERIC_HEAD.match(r.indicator.strip()):
            r.indicator = squash(f"{prev.indicator} {head.group(1) or head.group(2)}")


# "có 247 phản ánh kiến nghị. Trong đó, 42 phản ánh chờ xử lý (17%); 99 phản ánh chuyển xử lý
# ...": the parts of a breakdown repeat the head of what was counted, meaning all of it
# ("226 đơn vị tham gia …, bao gồm 193 cơ quan nhà nước và 33 tổ chức, doanh nghiệp": parts too)
_BREAKDOWN_OPENING = re.compile(r"\btrong\s+đó\b|,\s*(?:bao\s+)?gồm\b", re.I)
_INCLUDING = re.compile(r"^(?:bao\s+)?gồm\s+(?:có\s+)?", re.I)


# a place's name before a noun: "Quảng Ninh tài khoản ..." (not one capital: "Tài khoản ...")
_PLACE_FIRST = re.compile(r"(?:(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]\w*\s+){2,3}(?=[a-zđà-ỹ]))?")


# What a whole's noun is said to be or do, after the noun: "HTX nông nghiệp ứng dụng công nghệ
# cao", "doanh nghiệp được cấp phép kinh doanh ..."
_QUALIFIER = re.compile(r"(?<=\w)\s+((?:được|đã|đang|ứng\s+dụng|sử\s+dụng|tham\s+gia|triển\s+khai|kết\s+nối|"
                        r"thực\s+hiện|áp\s+dụng|cung\s+cấp|hoàn\s+thành)\s.*)$", re.I)


def _breakdown_nouns(text: str, records: list[TargetRecord]) -> None:
    """A breakdown's part named by the first words of the whole's noun takes the whole noun; a
    part named by a noun of its own takes what the whole's noun was said to be or do."""
    whole: TargetRecord | None = None
    for r in records:
        if whole is not None and r.anchor - whole.anchor < 400 and "\n" not in text[whole.anchor:r.anchor] \
                and _BREAKDOWN_OPENING.search(text, whole.anchor, r.anchor):
            noun = whole.indicator
            r.indicator = _INCLUDING.sub("", r.indicator) or r.indicator
            head = " ".join(r.indicator.split()[:2])
            noun = noun[_PLACE_FIRST.match(noun).end():]  # "Quảng Ninh tài khoản ...": the place counted in is no part of the noun
            # (not a part whose other words the whole says already: a label both open with, "Cấp mầm non
            # 160/160 trường đã triển khai, trong đó 117 trường triển khai …")
            if len(head.split()) == 2 and noun.lower().startswith(head.lower() + " ") \
                    and not r.indicator.lower().startswith(noun.lower()) \
                    and not set(r.indicator[len(head):].lower().split()) <= set(noun.lower().split()):
                words, noun_words = r.indicator.split(), noun.lower().split()
                shared = 2  # (all the words both open with: "Cấp mầm non … hình thức")
                while shared < min(len(words), len(noun_words)) and words[shared].lower() == noun_words[shared]:
                    shared += 1
                r.indicator = squash(f"{noun} {' '.join(words[shared:])}")
            elif r.unit == "count" and (said := _QUALIFIER.search(noun)) and len(r.indicator.split()) <= 5 \
                    and not _QUALIFIER.search(f"x {r.indicator}") and said.group(1).lower() not in r.indicator.lower():
                # "1.718 HTX nông nghiệp ứng dụng công nghệ cao, trong đó có 1.342 HTX trồng trọt"
                r.indicator = squash(f"{r.indicator} {said.group(1)}")
            continue
        # (a count whose words are only a noun phrase is a whole that a breakdown may follow, and
        # one whose noun is said to be or do something)
        whole = None
        if r.unit == "count":  # (the words counted only then: most records are shares)
            words = len(r.indicator[_PLACE_FIRST.match(r.indicator).end():].split())
            whole = r if 2 < words <= 8 or (words <= 16 and _QUALIFIER.search(r.indicator)) else None


# "Thanh Hóa là địa phương có số lượng công dân sử dụng thẻ CCCD để KCB nhiều nhất với hơn 3 triệu
# người. Trong khi đó, Kiên Giang có số lượng ít nhất với 33.541 công dân": the same amount, contrasted
_AMOUNT_OF = re.compile(r"\bsố\s+lượng\s+(\S+(?:\s+\S+)?)$", re.I)
_EXTREME_END = re.compile(r"\s+(?:nhiều|cao|lớn|ít|thấp|nhỏ)\s+nhất\b.*$", re.I)


def _contrasted_amounts(text: str, records: list[TargetRecord]) -> None:
    """A place's "số lượng <noun>" takes the fuller amount a record just before named."""
    for i, r in enumerate(records):
        # (a plain look for "lượng" first, none of whose letters folds apart under re.I: the search is tried at every position)
        m = _AMOUNT_OF.search(r.indicator) if "lượng" in r.indicator.lower() else None
        if not m:
            continue
        noun = m.group(1)
        for prev in reversed(records[max(0, i - 3):i]):
            if r.anchor - prev.anchor > 400 or "\n" in text[prev.anchor:r.anchor]:
                break
            at = prev.indicator.lower().find("số lượng " + noun.lower())
            if at < 0:
                continue
            fuller = _EXTREME_END.sub("", prev.indicator[at + len("số lượng "):])
            if len(fuller) > len(noun):
                r.indicator = r.indicator[:m.start(1)] + fuller
            break


# "… các chức năng như đăng ký tiêm chủng (18%) và đặt lịch khám bệnh (10%) vẫn ở mức thấp": after
# the first of a list of examples each with its value in brackets, an example is of what the list's
# lead names (not of the words after the list)
_EXAMPLES_LEAD = re.compile(r"^(.*?\S)\s+(?:như|gồm|bao\s+gồm)\s+\S", re.I)
_NEXT_EXAMPLE = re.compile(r"[\d.,]+\s*%?\s*\)\s*[,;]?\s*(?:và\s+)?([^\W\d][^()\d;.:]{1,60}?)\s*\(\s*", re.I)


def _examples_in_brackets(text: str, records: list[TargetRecord]) -> None:
    lead: str | None = None
    for prev, r in zip(records, records[1:]):
        m = _NEXT_EXAMPLE.fullmatch(text, prev.anchor, r.anchor) if r.unit == prev.unit else None
        if m is None:
            lead = None
            continue
        if lead is None and (first := _EXAMPLES_LEAD.match(prev.indicator)):
            lead = first.group(1)
        if lead is not None and not r.indicator.lower().startswith(lead.lower()):  # (unless named so already)
            r.indicator = squash(f"{lead} {m.group(1)}")


# "… đạt 21,7 triệu thuê bao; tương đương 22 thuê bao/100 dân": the same measure, restated
_RESTATING = re.compile(r"^(?:[;,]\s*)?(?:tương\s+đương|tương\s+ứng|tức\s+là)(?:\s+(?:với|là))?$", re.I)


def _restated(records: list[TargetRecord]) -> None:
    for prev, r in zip(records, records[1:]):
        if _RESTATING.match(r.indicator.strip()) and r.anchor - prev.anchor < 200:
            r.indicator = prev.indicator


# "… ước đạt 325.565 tỷ đồng, tăng trưởng 30% so với tháng trước (tháng 2/2023 đạt 250.199 tỷ đồng)": the
# earlier value a change is against, in a bracket naming its time
_COMPARED_BRACKET = re.compile(r"so\s+với\s+[^()\d]{0,30}\(\s*((?:tháng|quý|năm|cùng\s+kỳ|kỳ)\b[^()]{0,25}?)\s*"
                               r"(?:đạt|là|có)?\s*$", re.I)


_PRIOR_YEAR = re.compile(r"so\s+với\s+(?:cùng\s+kỳ\s+)?năm\s+trước\s*\($", re.I)
_YEAR_OF_BRACKET = re.compile(r"năm\s+((?:19|20)\d\d)\b", re.I)


def _earlier_values_compared(text: str, records: list[TargetRecord]) -> None:
    """Such an earlier value is of the measure the sentence's own value is, at the bracket's time."""
    earlier: set[int] = set()
    for i, r in enumerate(records):
        paren = text.rfind("(", r.start, r.anchor)
        if paren < 0 or ")" in text[paren:r.anchor] \
                or not (m := _COMPARED_BRACKET.search(text, max(r.start, paren - 40), r.anchor)):
            continue
        whole = next((q for q in reversed(records[:i]) if id(q) not in earlier and q.unit == r.unit
                      and q.anchor < paren and paren - q.anchor < 300), None)
        if whole is not None:
            r.indicator = squash(f"{whole.indicator} {m.group(1)}")
            earlier.add(id(r))
            if (prior := _PRIOR_YEAR.search(text, max(r.start, paren - 40), paren + 1)) \
                    and (year := _YEAR_OF_BRACKET.match(m.group(1))) and whole.year == int(year.group(1)) \
                    and year.group(1) not in text[whole.start:whole.anchor]:
                # "… đạt 1,5 triệu thuê bao, tăng 10% so với năm trước (năm 2022 có 1,36 triệu)": the year before
                # is the bracket's; the value compared with it is of the next (its year was read off the bracket)
                whole.year = int(year.group(1)) + 1


# "Với băng rộng cố định, tốc độ tải xuống trung bình ở mức 9,3 Mb/giây, …", "Với dịch vụ viễn
# thông, doanh thu đạt …": what the sentence's opening clause is about qualifies each of its values
# (not a pillar's name, nor a level or an area, which are the scope's: "Đối với cấp xã, …")
_RANKING_WORDS = re.compile(r"\b(?:xếp\s+hạng|thứ\s+hạng|vị\s+trí)\b", re.I)
_TOPIC_LEAD = re.compile(
    # (nor a framing: "Với sự vào cuộc của cả hệ thống chính trị, ", "Với quyết tâm cao, ")
    r"(?:đối\s+với|với(?!\s+việc\b)|về|khi\s+(?:dùng|sử\s+dụng))\s+(?!cấp\b|khu\s+vực\b|vùng\b|thành\s+thị\b|nông\s+thôn\b|"
    r"sự\b|những\b|các\b|quyết\s+tâm\b|tinh\s+thần\b|phương\s+châm\b|mục\s+tiêu\b|nỗ\s+lực\b|kết\s+quả\b|"
    r"(?:chính\s+quyền|kinh\s+tế|xã\s+hội|chính\s+phủ)\s+(?:số|điện\s+tử)\b)([^\W\d][^,.;:()\d\n]{3,50}?)\s*,\s", re.I)


def _topic_leads(text: str, records: list[TargetRecord]) -> None:
    starts = [_sentence_start(text, r.anchor) for r in records]
    # the wordings as they were before any changed here: their words are each sentence's words said
    # (read only for a ranking's topic, which is rare: not worth a set for every sentence)
    as_said = [r.indicator for r in records]
    for r, start in zip(records, starts):
        lead = _TOPIC_LEAD.match(text, start, r.anchor)
        if lead is None:
            continue
        topic = lead.group(1).strip()
        if _RANKING_WORDS.search(topic) and content_words(_RANKING_WORDS.sub(" ", topic)) <= set().union(
                *(content_words(w) for s, w in zip(starts, as_said) if s == start)):
            # "Về xếp hạng chính quyền số, kinh tế số, xã hội số, thứ hạng của tỉnh lần lượt là 22, 9,
            # 13": the topic is the first of the subjects the sentence's values were given
            continue
        if not content_words(topic) <= content_words(r.indicator):
            r.indicator = squash(f"{topic} {r.indicator}")
        if r.pillar is None and len(named := pillars_in(topic)) == 1:
            r.pillar = named[0]  # a lead-in on a topic of one pillar names it ("Với dịch vụ viễn thông, ")


# "35 triệu công dân (trong đó trẻ sơ sinh hơn 6 triệu) đã được cấp số định danh", "170.000 doanh nghiệp,
# tương đương 18% tổng số đơn vị, đã ứng dụng AI", "34/34 tỉnh, thành phố với 3.289/3.321 xã, phường (…) đã
# đồng bộ dữ liệu": an aside between counted things and what they did, which the aside's value took
_ASIDE_OPENS = re.compile(r"\s*(?:\(|,\s*(?:tương\s+đương|chiếm|bằng)\b|với\b)", re.I)
_PREDICATE_TAIL = re.compile(r"(?<!\w)(?:đã|được|đang|sẽ|cũng|đều)\s+[^\W\d][^.;:()\n\d]{2,150}$", re.I)
_BARE_THINGS = re.compile(r"[^\W\d][\w\s,]{0,40}", re.I)


def _predicates_after_asides(text: str, records: list[TargetRecord]) -> None:
    """Counted things whose wording stopped at an aside did what the wording after the aside says."""
    for a, b in zip(records, records[1:]):
        if a.unit != "count" or not _BARE_THINGS.fullmatch(a.indicator) or len(a.indicator.split()) > 5 \
                or _PREDICATE_WORD.search(a.indicator) or not _together(text, a, b):
            continue
        gap_start = text.find(a.indicator.split(" ", 1)[0], a.anchor)
        if gap_start < 0 or gap_start > b.anchor:
            continue
        if not _ASIDE_OPENS.match(text, gap_start + len(a.indicator)) or not (did := _PREDICATE_TAIL.search(b.indicator)):
            continue
        if did.group(0) in text[b.anchor:_sentence_end(text, b.anchor)]:
            a.indicator = squash(f"{a.indicator} {did.group(0)}")


_PREDICATE_WORD = re.compile(r"\b(?:đã|được|đang|sẽ|có)\b", re.I)


def _sentence_end(text: str, at: int) -> int:
    end = _SENTENCE_END.search(text, at)
    return end.start() if end else len(text)

