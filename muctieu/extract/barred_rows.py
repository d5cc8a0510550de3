"""Tables printed one cell per line, each cell closed by a line holding only "|".

Web pages of plans ("Phụ lục: Mục tiêu chuyển đổi số") reach us with their
table cells one under another, a lone "|" after each cell and nothing to mark
where a row ends:

    STT / | / Tên chỉ tiêu / | / Đơn vị tính / | / Chỉ tiêu / | / 1 / | / Tỷ lệ … / | / % / | / 100 / | / 2 / …

The header (it opens with "STT" or "TT") gives the number of columns; a row
starts at the cell that continues the ordinal column ("1" after "I", "2" after
"1", "1.2" after "1.1", "II" after any), so rows whose cells were merged
(colspan) or left out still break where they should. Each row becomes one
span of the text, its cells still apart by their bars, which the table reader
(tables.py) splits as it splits "a | b | c".
"""

from __future__ import annotations

import re

# a table's ordinal column ("STT", "TT", "Số TT", "#"): tables.py reads its header with the same pattern
ORDINAL_HEAD = re.compile(r"(?:stt|tt|số\s+tt|số\s+thứ\s+tự|#)", re.I)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
_ORDINAL = re.compile(r"(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđA-Z])[.)]?")
# a block needs this many bars before it is read as a table
_MIN_BARS = 6


def _ordinal(cell: str) -> str | None:
    """The ordinal a cell holds ("II", "3", "1.2", "b"), without its dot or bracket."""
    c = cell.strip()
    if not _ORDINAL.fullmatch(c):
        return None
    return c.rstrip(".)")


def _follows(prev: str | None, cur: str, last_roman: str | None = None) -> bool:
    """Can ordinal `cur` come right after the row numbered `prev`, the last group row being
    numbered `last_roman`? (A group's numeral is the next after the last group's: an "X" or
    "V" ticked in a cell is no row.)"""
    if cur in _ROMAN:
        return _ROMAN.index(cur) == (_ROMAN.index(last_roman) + 1 if last_roman in _ROMAN else 0)
    if prev is None or prev in _ROMAN:
        return cur in ("1", "a", "A")
    if cur.isalpha():
        return prev.isalpha() and len(prev) == 1 and ord(cur) == ord(prev) + 1 or cur in ("a", "A")
    if prev.isalpha():
        return cur == "1"
    p, c = prev.split("."), cur.split(".")
    if len(c) == len(p) + 1:
        return c[:-1] == p and c[-1] == "1"  # "1" → "1.1"
    if len(c) > len(p):
        return False
    # the same depth or shallower: the next number at that depth ("1.2" → "1.3" or "2")
    return c[:-1] == p[:len(c) - 1] and int(c[-1]) == int(p[len(c) - 1]) + 1


_FIGURE = re.compile(r"[\d\s.,%≥≤<>=~+\-–]*")


def _opens_row(after: str) -> bool:
    """Is `after` (the cell after a number that could start a row) a row's label, not a value?
    ("1 | Số trung tâm dữ liệu | trung tâm | 2 | 5": the "2" followed by "5" is a value)"""
    return bool(after.strip()) and not _FIGURE.fullmatch(after)


def barred_rows(text: str, lines: list[tuple[int, int]]) -> dict[int, tuple[int, tuple[int, int]]]:
    """Rows of the one-cell-per-line tables among `lines` (the text's physical
    lines, trimmed, blank ones as empty spans): first line index → (last line
    index, the row's span). Lines of a table not in any row (its bars) are
    inside the range from one row's first line to the next row's."""
    out: dict[int, tuple[int, tuple[int, int]]] = {}
    bars = [text[s:e] == "|" for s, e in lines]
    if sum(bars) < _MIN_BARS:
        return out
    i, n = 0, len(lines)
    while i < n:
        if bars[i] or not ORDINAL_HEAD.fullmatch(text[lines[i][0]:lines[i][1]]) or i + 1 >= n or not bars[i + 1]:
            i += 1
            continue
        i = _read_table(text, lines, bars, i, out)
    return out


def _cells(text: str, lines: list[tuple[int, int]], bars: list[bool], i: int) -> list[tuple[int, int, int]]:
    """From line i on, every cell closed by a bar: (first line, last line, bar line); stops at
    the first run of text that no bar closes."""
    cells = []
    n = len(lines)
    while i < n:
        j = i
        while j < n and not bars[j] and j - i < 12:
            j += 1
        if j >= n or not bars[j]:
            break
        first = i
        while first < j and lines[first][1] <= lines[first][0]:
            first += 1  # blank lines before the cell's text
        cells.append((first, j - 1, j))
        i = j + 1
    return cells


def _read_table(text: str, lines: list[tuple[int, int]], bars: list[bool], start: int,
                out: dict[int, tuple[int, tuple[int, int]]]) -> int:
    """Read the table whose header opens at line `start`; return the line after it."""
    cells = _cells(text, lines, bars, start)

    def cell_text(k: int) -> str:
        first, last, _bar = cells[k]
        return text[lines[first][0]:lines[last][1]] if last >= first else ""

    # the header: the cells before the first row's ordinal
    width = next((k for k in range(1, len(cells)) if _ordinal(cell_text(k)) in ("1", "I", "a", "A")), None)
    if width is None or width < 2 or len(cells) < 2 * width:
        return start + 1
    rows = [(0, width)]
    k, prev, last_roman = width, None, None
    while k < len(cells):
        row_start = k
        prev = _ordinal(cell_text(k))
        if prev in _ROMAN and _follows(None, prev, last_roman):
            last_roman = prev
        k += 1
        while k < len(cells) and k - row_start < width:
            cur = _ordinal(cell_text(k))
            if cur is not None and k - row_start >= 2 and _follows(prev, cur, last_roman) \
                    and _opens_row(cell_text(k + 1) if k + 1 < len(cells) else ""):
                break
            k += 1
        rows.append((row_start, k))
    for a, b in rows:
        first_line = cells[a][0]
        last = max((c for c in range(a, b) if cells[c][1] >= cells[c][0]), default=None)
        if last is None:
            continue
        span = (lines[first_line][0], lines[cells[last][1]][1])
        out[first_line] = (cells[b - 1][2], span)
    return cells[-1][2] + 1
