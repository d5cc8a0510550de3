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
header, when it is a caption, names what the columns measure. The cells found are read
as bordered rows are (tables.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from muctieu.extract.barred_rows import ORDINAL_HEAD
from muctieu.extract.records import TargetRecord
from muctieu.extract.segment import strip_bullet
from muctieu.extract.tables import Table, header_table, row_records
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
    if not words or len(words) > 200 or words.endswith((".", ";")) or re.search(r"\d", words):
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
        headers = [text[hs:he] for _, hs, he in filled[k:k + width]]
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
    return found, taken


def stacked_records(text: str, stacked: StackedTable, ctx: Context) -> list[TargetRecord]:
    """The records of every row of a stacked table."""
    out: list[TargetRecord] = []
    for cells in stacked.rows:
        _, recs = row_records(text, cells, cells[0][0], cells[-1][1], stacked.table, ctx)
        out.extend(recs)
    return out
