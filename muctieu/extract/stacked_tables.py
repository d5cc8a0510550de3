"""Tables printed one cell per line, as web pages flattened to text give them.

    1. Xếp hạng mức độ chính quyền điện tử cấp huyện
    STT
    Tên đơn vị
    Số điểm thực hiện
    Tỷ lệ thực hiện
    1
    UBND huyện Nam Đông
    50,00
    100%

A line "STT" opens the header; the short lines after it, up to the line "1", name the
columns; then each row is as many lines, its first the next ordinal. A row that breaks
the count (a cut excerpt, prose after the table) ends the table. The line before the
header, when it is a caption, names what the columns measure. A table of places with one
value each needs no ordinal: a header that names places and a value, then pairs of lines.
The cells found are read as bordered rows are (tables.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from muctieu.extract.barred_rows import ORDINAL_HEAD
from muctieu.extract.records import TargetRecord
from muctieu.extract.segment import strip_bullet
from muctieu.extract.tables import Table, column_kind, header_table, row_records
from muctieu.extract.wording import squash

if TYPE_CHECKING:
    from muctieu.extract.grammar import Context

_ORDINAL = re.compile(r"\s*(\d{1,3})\s*")
_MAX_COLUMNS = 12
_CAPTION_YEAR = re.compile(r"\b(?:năm\s+)?(?:19|20)\d\d\b", re.I)


@dataclass
class StackedTable:
    table: Table
    rows: list[list[tuple[int, int]]]  # each row's cells, one span per line


def _caption(text: str, s: int, e: int) -> str | None:
    """The measure a caption line text[s:e] names ("1. Xếp hạng mức độ … cấp huyện"), else None."""
    # (its year is no number of it: "Tỷ lệ hồ sơ trực tuyến của các huyện năm 2024")
    words = squash(_CAPTION_YEAR.sub(" ", text[strip_bullet(text, s, e):e])).strip()
    # (nor sentences that lead to the table: "Năm 2021, … xếp loại Khá. Cụ thể:")
    if not words or len(words) > 200 or words.endswith((".", ";")) or re.search(r"\d|\.\s", words):
        return None
    return words


def find_stacked_tables(text: str, lines: list[tuple[int, int]]) -> tuple[dict[int, StackedTable], set[int]]:
    """The stacked tables of a text: by the index (in `lines`) of the line that opens each one,
    and every line index that belongs to one (read here, not as prose)."""
    filled = [(li, ls + len(line) - len(line.lstrip()), ls + len(line.rstrip()))
              for li, (ls, le) in enumerate(lines) if (line := text[ls:le]).strip()]  # (each line sliced once)
    found: dict[int, StackedTable] = {}
    taken: set[int] = set()
    k = 0
    while k < len(filled):
        li, s, e = filled[k]
        if not ORDINAL_HEAD.fullmatch(text[s:e]):
            k += 1
            continue
        # the column names: short lines of words up to the first row's "1"
        j = k + 1
        while j < len(filled) and j - k < _MAX_COLUMNS and not _ORDINAL.fullmatch(text[filled[j][1]:filled[j][2]]) \
                and filled[j][2] - filled[j][1] <= 90 and re.search(r"[^\W\d]", text[filled[j][1]:filled[j][2]]):
            j += 1
        width = j - k
        if width < 3 or j >= len(filled) or text[filled[j][1]:filled[j][2]].strip() != "1":
            k += 1
            continue
        headers = [text[hs:he] for _, hs, he in filled[k:k + width]]
        if (rows_width := _row_width(text, filled, j)) is not None and rows_width < width:
            # "Điểm\n\nđánh giá": a column name wrapped onto a second line, which opens in lower case
            headers = _join_wrapped(headers, rows_width)
            if headers is None:
                k += 1
                continue
            width = rows_width
        rows: list[list[tuple[int, int]]] = []
        while j + width <= len(filled):
            cells = filled[j:j + width]
            ordinal = _ORDINAL.fullmatch(text[cells[0][1]:cells[0][2]])
            if ordinal is None or int(ordinal.group(1)) != len(rows) + 1 \
                    or any(c[2] - c[1] > 150 or ORDINAL_HEAD.fullmatch(text[c[1]:c[2]]) for c in cells):
                break
            rows.append([(c[1], c[2]) for c in cells])
            j += width
        if not rows:
            k += 1
            continue
        caption = _caption(text, filled[k - 1][1], filled[k - 1][2]) if k > 0 else None
        table = header_table(headers)
        if table.indicator_col == 0:
            # no column names the rows ("STT | Nhiệm vụ | Đơn vị chủ trì | …"): each row would be named by its
            # ordinal; its lines are left to be read as prose
            k += 1
            continue
        if caption:
            # (each column's name says which of the caption's measures it gives)
            table.headers = [h if i in table.skip_cols else squash(f"{h} {caption}") for i, h in enumerate(table.headers)]
        found[li] = StackedTable(table, rows)
        taken.update(f[0] for f in filled[k:j])
        k = j
    _find_pair_tables(text, filled, found, taken)
    _find_period_tables(text, filled, found, taken)
    return found, taken


# A statistics table of periods, no ordinal: its columns' names first, each naming a period ("Thực hiện tháng 9
# năm 2023", "Ước tính tháng 10 năm 2023", "… so với cùng kỳ năm trước (%)"), the unit they share, then each row's
# name and as many values
# (its only numbers a year, a month or a count of months: "Lũy kế 10 tháng năm 2023", "Tháng 10/2023 so với …")
_PERIOD_NAME = re.compile(r"(?=.*\b(?:19|20)\d\d\b)(?:[^\d]|(?<!\d)\d{1,2}(?!\d)|(?<!\d)(?:19|20)\d\d(?!\d))+", re.I)
_UNIT_LINE = re.compile(r"\s*đơn\s+vị(?:\s+tính)?\s*:\s*(\S[^\d]{0,30}?)\s*", re.I)
_NUMBER_CELL = re.compile(r"\s*-?\d+(?:[.,]\d+)*\s*%?\s*")
_LETTER = re.compile(r"[^\W\d]")  # (a cell that names something has a letter)
_MIN_PERIOD_ROWS = 2


def _find_period_tables(text: str, filled: list[tuple[int, int, int]], found: dict[int, StackedTable],
                        taken: set[int]) -> None:
    """Add to `found` and `taken` the tables of periods (`_PERIOD_NAME` columns over rows of a name and values)."""
    def cell(k: int) -> str:
        return text[filled[k][1]:filled[k][2]]

    def is_name(k: int) -> bool:
        return k < len(filled) and len(cell(k)) <= 150 and _LETTER.search(cell(k)) is not None \
            and not _NUMBER_CELL.fullmatch(cell(k))

    k = 0
    while k < len(filled):
        j = k
        while j < len(filled) and filled[j][0] not in taken and j - k < _MAX_COLUMNS and len(cell(j)) <= 90 \
                and _PERIOD_NAME.fullmatch(cell(j)) and _LETTER.search(cell(j)):
            j += 1
        width = j - k
        unit = _UNIT_LINE.fullmatch(cell(j)) if width >= 2 and j < len(filled) else None
        first_row = j + 1 if unit else j
        rows: list[list[tuple[int, int]]] = []
        r = first_row
        while width >= 2 and is_name(r):
            values = list(range(r + 1, r + 1 + width))
            if values[-1] < len(filled) and all(_NUMBER_CELL.fullmatch(cell(c)) for c in values):
                cells = [(filled[r][1], filled[r][2])]
                if unit:
                    cells.append((filled[j][1] + unit.start(1), filled[j][1] + unit.end(1)))
                rows.append(cells + [(filled[c][1], filled[c][2]) for c in values])
                r += 1 + width
            elif is_name(r + 1):
                r += 1  # a line that groups the rows under it: "Phân theo nhóm ngành hàng"
            else:
                break
        if len(rows) < _MIN_PERIOD_ROWS:
            k += 1
            continue
        headers = ["Chỉ tiêu"] + (["Đơn vị tính"] if unit else []) + [cell(c) for c in range(k, k + width)]
        table = header_table(headers)
        table.column_words = True
        found[filled[k][0]] = StackedTable(table, rows)
        taken.update(f[0] for f in filled[k:r])
        k = r


# A table of places and one value each, no ordinal ("Tỉnh, thành phố | Tăng trưởng GRDP (%)", its
# header printed twice when the page set two such tables side by side): a place's line, then its value's
_PLACE_NOUN = r"(?:tên\s+)?(?:tỉnh|thành\s+phố|địa\s+phương|đơn\s+vị|huyện|xã|phường|cơ\s+quan|sở)"
_PLACES_COLUMN = re.compile(_PLACE_NOUN + r"\b[^\d]{0,30}$", re.I)
_HEAD_NOUN = re.compile(_PLACE_NOUN + r"\s+(\w)", re.I)
_VALUE_CELL = re.compile(r"\s*(?:từ\s+)?\d+(?:[.,]\d+)?\s*%?(?:\s*[–-]\s*\d+(?:[.,]\d+)?\s*%?)?(?:\s*trở\s+lên)?\s*", re.I)
_YEAR_CELL = re.compile(r"\s*(?:19|20)\d\d\s*")
_MIN_PAIRS = 4


def _proper_name(line: str) -> bool:
    """A line naming one place or body ("Sở Thông tin và Truyền thông", "Huyện Phú Lộc"), no column's name."""
    m = _HEAD_NOUN.match(line)
    return m is not None and m.group(1).isupper()


def _find_pair_tables(text: str, filled: list[tuple[int, int, int]], found: dict[int, StackedTable],
                      taken: set[int]) -> None:
    """Add to `found` and `taken` the tables of places with one value each, at least `_MIN_PAIRS` rows."""
    def cell(k: int) -> str:
        return text[filled[k][1]:filled[k][2]]

    def is_place(k: int) -> bool:
        c = cell(k)
        return len(c) <= 60 and not re.search(r"\d", c) and re.search(r"[^\W\d]", c) is not None

    k = 0
    while k + 1 < len(filled):
        if filled[k][0] in taken or not _PLACES_COLUMN.fullmatch(cell(k)) or _proper_name(cell(k)) or len(cell(k + 1)) > 90 \
                or not re.search(r"[^\W\d]", cell(k + 1)) or _VALUE_CELL.fullmatch(cell(k + 1)):
            k += 1
            continue
        j = k + 2
        while j + 1 < len(filled) and cell(j) == cell(k) and cell(j + 1) == cell(k + 1):
            j += 2  # the same header again, for the table set beside
        rows: list[list[tuple[int, int]]] = []
        while j + 1 < len(filled) and filled[j][0] not in taken and is_place(j) and _VALUE_CELL.fullmatch(cell(j + 1)):
            rows.append([(filled[j][1], filled[j][2]), (filled[j + 1][1], filled[j + 1][2])])
            j += 2
        if len(rows) < _MIN_PAIRS or all(_YEAR_CELL.fullmatch(text[r[1][0]:r[1][1]]) for r in rows):
            # (a column of years is no value's: "Đơn vị" / "Năm hoàn thành" / "Huyện Phú Lộc" / "2025")
            k += 1
            continue
        headers = [cell(k), cell(k + 1)]
        table = header_table(headers)
        table.places, table.indicator_col = True, 0
        column = table.columns[1]
        if column.kind is None and k > 0:
            # ("Dự kiến tốc độ tăng trưởng GRDP 2026 - 2030 của 34 tỉnh thành" over the table)
            column.kind = column_kind(cell(k - 1))
        if column.kind == "target" and (period := _PERIOD.search(headers[1])):
            column.year = int(period.group(2))  # a target for a period is due at its end
        found[filled[k][0]] = StackedTable(table, rows)
        taken.update(f[0] for f in filled[k:j])
        k = j


_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d)\b")


def _row_width(text: str, filled: list[tuple[int, int, int]], j: int) -> int | None:
    """How many lines a row takes, from where the row "2" opens after the row "1" at filled[j]."""
    for w in range(2, _MAX_COLUMNS + 1):
        if j + w < len(filled) and text[filled[j + w][1]:filled[j + w][2]].strip() == "2":
            return w
    return None


def _join_wrapped(headers: list[str], width: int) -> list[str] | None:
    """Column names with the lines that go on a name (opening in lower case) joined to it, when
    that leaves `width` names; else None."""
    joined: list[str] = []
    for h in headers:
        if joined and h.strip()[:1].islower():
            joined[-1] = f"{joined[-1]} {h.strip()}"
        else:
            joined.append(h)
    return joined if len(joined) == width else None


def stacked_records(text: str, stacked: StackedTable, ctx: Context) -> list[TargetRecord]:
    """The records of every row of a stacked table."""
    out: list[TargetRecord] = []
    for cells in stacked.rows:
        _, recs = row_records(text, cells, cells[0][0], cells[-1][1], stacked.table, ctx)
        out.extend(recs)
    return out
