"""Split text into lines, sentences and clauses, keeping offsets into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from muctieu.documents.metadata import DATE_STAMP
from muctieu.documents.scan import offsets
from muctieu.extract.barred_rows import barred_rows

# Abbreviations whose dot does not end a sentence ("TP. Pleiku").
_ABBREV = re.compile(r"(?:\b(?:TP|Tp|tp|TX|Tx|TT|ThS|TS|PGS|GS|BS|Th\.S|v\.v|St|Q|P))$")
# No "^": `match(text, pos)` anchors at `pos`, where "^" would not match.
_BULLET = re.compile(r"[\s\-–—*+•·●○▪■►✓]+|\s*(?:[a-zđ]\)|\d{1,2}[.)](?!\d)|[IVX]{1,5}\.)\s+")


@dataclass(slots=True)
class Clause:
    start: int
    end: int
    sep: str | None  # what separated it from the clause before: ";", ":", "," or None


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    clauses: list[Clause] = field(default_factory=list)


_END_MARKS = ".!?…"


def _capital_follows(line: str, i: int) -> bool:
    """Does a capital letter open the next word after offset `i` ("… Hạ tầng số")?"""
    rest = line[i:i + 4].lstrip()
    return len(rest) < len(line[i:i + 4]) and rest[:1].isupper()


_DOMAIN_AFTER = re.compile(r"(?:vn|com|net|org|edu|gov|info|biz|int|io|asia)(?![^\W_])")


def _sentence_ends(line: str) -> list[int]:
    """Offsets (within the line) just after each sentence-ending mark."""
    ends = []
    n = len(line)
    for i in offsets(line, _END_MARKS, 0, n):
        c = line[i]
        if c == "…" or (c == "." and i and line[i - 1] == "." and line[i + 1:i + 2] != "."):
            if _capital_follows(line, i + 1):
                ends.append(i + 1)  # "triển khai… Hạ tầng số tiếp tục ...": an ellipsis ends it
            continue
        if c != ".":
            ends.append(i + 1)
            continue
        prv = line[i - 1] if i else " "
        nxt = line[i + 1] if i + 1 < n else " "
        if prv.isdigit() and nxt.isdigit():
            continue  # 4.0, 57.877
        if nxt.isalnum() and nxt.islower() and (prv.isalnum() or prv.isspace() and _DOMAIN_AFTER.match(line, i + 1)):
            continue  # gov.vn, "tên miền .vn": a dot glued to the word after it (after a space, a
            # domain's own ending, not a sentence glued to the dot: "đạt 90% .tuy nhiên …")
        if nxt == "." or prv == ".":
            continue  # ellipsis
        if nxt in "/)":
            continue  # "./." closing formula, "v.v.)"
        if prv.isalpha() and _ABBREV.search(line, max(0, i - 6), i):
            continue
        ends.append(i + 1)
    return ends


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def strip_bullet(text: str, s: int, e: int) -> int:
    """Move `s` past a leading bullet or list number ("- ", "* ", "1. ", "a) ")."""
    if s < e and text[s].isupper() and text[s] not in "IVX":
        return s  # no bullet opens with a capital but a Roman numeral's (most sentences: a cheap test first)
    m = _BULLET.match(text, s, e)
    while m and m.end() > s:
        s = m.end()
        m = _BULLET.match(text, s, e)
    return s


_CLAUSE_MARKS = "();:"


def _clauses(text: str, s: int, e: int) -> list[Clause]:
    out: list[Clause] = []
    cs, sep = s, None
    depth = 0
    for i in offsets(text, _CLAUSE_MARKS, s, e):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (c == ";" or not _is_time_colon(text, i)):
            a, b = _strip(text, cs, i)
            if b > a:
                out.append(Clause(a, b, sep))
            cs, sep = i + 1, c
    a, b = _strip(text, cs, e)
    if b > a:
        out.append(Clause(a, b, sep))
    return out


def _is_time_colon(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


# A news agency's tag or a dateline opening the lead: "(TBTCO) - ", "(Chinhphu.vn) -",
# "Kinhtedothi - ", "HÀ NỘI - ". It names who wrote, never what is measured.
_PRESS_TAG = re.compile(
    r"^[ \t]*(?:\([A-ZĐ][\w.&]*(?:[ \t]+[A-ZĐ\w][\w.&]*){0,2}\)|[A-ZĐ][\w.]{2,20}|[A-ZĐÀ-Ỹ]{2,}(?:[ \t]+[A-ZĐÀ-Ỹ]{2,}){0,2})"
    r"[ \t]*[-–—][ \t]+(?=[A-ZĐÀ-Ỹ])", re.M)


def without_press_tags(text: str) -> str:
    """`text` with the press tags of its first lines blanked (same length, so every offset holds)."""
    head = _PRESS_TAG.sub(lambda m: " " * len(m.group(0)), text[:800])
    return text if head == text[:800] else head + text[800:]


# Letters some sites type for "Đ"/"đ": the Icelandic eth ("Ðến năm 2030", "ðạt"), one code point each as
# theirs is, so every offset holds
_LOOKALIKE_LETTERS = str.maketrans({"Ð": "Đ", "ð": "đ"})


def with_vietnamese_letters(text: str) -> str:
    """`text` with the look-alike letters some pages write for Vietnamese ones replaced (same length)."""
    return text.translate(_LOOKALIKE_LETTERS) if "Ð" in text or "ð" in text else text


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, trimmed; a hard-wrapped line (the
    one before ends without a stop and this one starts in lower case: "tỷ lệ
    phủ\nsóng 5G đạt 13,8%") continues the line before; a table printed one
    cell per line is one line per row (barred_rows.py)."""
    phys: list[tuple[int, int]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        s, e = _strip(text, pos, pos + len(raw.rstrip("\r\n")))
        if pos == 0 and (m := DATE_STAMP.match(text, s, e)):
            s = m.end()  # the crawler's stamp is not part of the first sentence
        phys.append((s, max(s, e)))
        pos += len(raw)
    rows = barred_rows(text, phys)
    out: list[tuple[int, int]] = []
    follows = False  # the line before is directly above (no blank line between)
    i = 0
    while i < len(phys):
        if i in rows:
            last, span = rows[i]
            out.append(span)
            i, follows = last + 1, False
            continue
        s, e = phys[i]
        if e > s:
            if follows and out and _same_row(text, out[-1], (s, e)):
                out[-1] = (out[-1][0], e)
            elif follows and out and _wrapped(text, out[-1], (s, e)):
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        follows = e > s
        i += 1
    return out


# A table printed one cell per line ("1 |", "Sở Y tế |", "843.24 |"), its rows apart by a "|" alone
_CELL_LINE = re.compile(r"[^|\n]{1,160}\|[ \t]*")


def _same_row(text: str, before: tuple[int, int], line: tuple[int, int]) -> bool:
    """Is `line` the next cell of the row `before` is (or ends) in?"""
    # (the bar first: on a line without one, the fullmatch backtracks through up to 160 characters)
    return text[before[1] - 1] == "|" and bool(_CELL_LINE.fullmatch(text, line[0], line[1])) \
        and bool(_CELL_LINE.fullmatch(text, text.rfind("\n", before[0], before[1]) + 1 if "\n" in text[before[0]:before[1]]
                                      else before[0], before[1]))


def _wrapped(text: str, before: tuple[int, int], line: tuple[int, int]) -> bool:
    """Does `line` continue `before` (a hard wrap inside a sentence, not a table row)?"""
    # (the words are at most 6 letters after a blank: only the end of the line before is searched)
    starts = text[line[0]].islower() or (
        text[line[0]].isdigit() and _LEADS_A_NUMBER.search(text, max(before[0], before[1] - 10), before[1])) or (
        # "… đạt trên 50% vào năm\n2025 và 70% …": a year broken from its word
        _YEAR_WORD_END.search(text, max(before[0], before[1] - 5), before[1]) and _YEAR_START.match(text, line[0], line[1])) or (
        # "… trực tuyến (DVC\nTT) mức độ 4 …": a bracket left open goes on below when the next line closes it
        # soon (a bracket never closed must not swallow the items and headings after it)
        (o := text.rfind("(", before[0], before[1])) >= 0 and ")" not in text[o:before[1]]
        and _CLOSES_SOON.match(text, line[0], line[1]))
    return (bool(starts) and text[before[1] - 1] not in ".:;!?|)" and not _LETTERED_ITEM.match(text, line[0], line[1])
            and "|" not in text[before[0]:before[1]] and "|" not in text[line[0]:line[1]])


# the rest of a bracket left open on the line before: "TT) mức độ 4 …"
_CLOSES_SOON = re.compile(r"[^()\n]{0,40}\)")
# "a) Hạ tầng số", "b. Chính quyền số": an item of a lettered list starts a line of its own
_LETTERED_ITEM = re.compile(r"[a-zđ][).]\s")
# "Chính quyền số đạt\n0,3512": a line broken between a verb or comparator and its number
_LEADS_A_NUMBER = re.compile(r"\s(?:đạt|là|với|khoảng|trên|dưới|gần|hơn|chiếm|bằng|lên|thứ|hạng|top|tốp)$", re.I)


_YEAR_WORD_END = re.compile(r"\snăm$", re.I)
_YEAR_START = re.compile(r"(?:19|20)\d\d\b")


_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum accepts


def sentences(text: str, line_start: int, line_end: int) -> list[Sentence]:
    """Sentences of one line, each split into clauses at ";" and ":"."""
    line = text[line_start:line_end]
    out = []
    prev = 0
    for end in _sentence_ends(line) + [len(line)]:
        for s, e in _bounded(text, line_start + prev, line_start + end):
            s, e = _strip(text, s, e)
            if e > s and _ALNUM.search(text, s, e):
                out.append(Sentence(s, e, _clauses(text, s, e)))
        prev = end
    return out


# Real sentences are far shorter; a run-on "sentence" (a text with no full
# stops, a table flattened into one line) is read in pieces of about this
# size, cut after a ";" or "," or a space, so no work grows with its square.
MAX_SENTENCE = 2000


def _bounded(text: str, s: int, e: int) -> list[tuple[int, int]]:
    pieces = []
    while e - s > MAX_SENTENCE:
        cut = max(text.rfind(";", s, s + MAX_SENTENCE), text.rfind(",", s, s + MAX_SENTENCE))
        if cut <= s:
            cut = text.rfind(" ", s, s + MAX_SENTENCE)
        if cut <= s:
            cut = s + MAX_SENTENCE
        pieces.append((s, cut + 1))
        s = cut + 1
    pieces.append((s, e))
    return pieces
