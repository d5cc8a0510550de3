"""Table rows printed without cell borders, as PDF text and flattened web pages give them.

    Chỉ tiêu Đơn vị tính Kết quả năm 2024 Kế hoạch năm 2025
    1 Tỷ lệ hồ sơ trực tuyến toàn trình % 45,2 ≥ 60

A header line that names two or more columns by their year tells where the
values are: each later row ends in as many values, one per column, and what
stands before them is the row's label (and its unit, where the header has a
unit column). The cells found are read as bordered rows are (tables.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from muctieu.extract.mentions import counted_noun_end, find_mentions
from muctieu.extract.pillars import heading_pillars
from muctieu.extract.records import TargetRecord
from muctieu.extract.tables import Table, header_table, row_records

if TYPE_CHECKING:
    from muctieu.extract.grammar import Context

# a column named by its year: "Năm 2024", "Kết quả năm 2024", "Kế hoạch 2025", "KH 2025"
# (not the end of a stage: "giai đoạn 2021-2025")
_COLUMN = re.compile(
    r"(?:\b(?:kết\s+quả(?:\s+thực\s+hiện)?|(?:ước\s+)?thực\s+hiện|ước(?:\s+đạt)?|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|(?-i:KH|TH|ƯTH))"
    r"(?:\s+(?:đến|năm))?\s+|\bnăm\s+)((?:19|20)\d\d)(?![\d/\-–])", re.I)
_BARE_YEAR = re.compile(r"(?<![\d/\-–])\b((?:19|20)\d\d)\b(?![\d/\-–])")
_STAGE = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")
_ORDINAL_HEAD = re.compile(r"\s*(?:STT|TT)\b\s*", re.I)
_INDICATOR_HEAD = re.compile(r"\s*(?:tên\s+)?(?:chỉ\s+tiêu|nội\s+dung|tiêu\s+chí)\b\s*", re.I)
_UNIT_HEAD = re.compile(r"\s*(?:đơn\s+vị\s+tính|đvt)\s*$", re.I)
_ORDINAL = re.compile(r"^\s*(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]?\s+(?=\S)")
# a header of years alone over an empty label cell, as a statistics page prints it: "  2015 2017 2019 2020 Sơ bộ 2021"
_YEARS_ONLY = re.compile(r"\s*(?:(?:(?:sơ\s+bộ|ước(?:\s+tính)?|năm)\s+)?(?:19|20)\d\d\s*){3,8}", re.I)
_VALUE = r"(?:[≥≤<>~]=?\s*)?\d[\d.,]*(?:\s*%)?"  # (one way to read each space: no runaway backtracking)
_VALUE_RE = re.compile(_VALUE)
_FIRST_GAP = re.compile(r"(?<=\S) {2,}(?=\S| *$)")  # where a row's empty cells start
_ORDINAL_ALONE = re.compile(r"(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.)]?")
_VALUES_AT_END = {n: re.compile(rf"(?:\s+{_VALUE}){{{n}}}\s*$") for n in range(2, 9)}


@dataclass
class FlatTable:
    table: Table
    values: int  # how many value columns end each row
    ordinal: bool  # the header opens with "STT"
    unit: bool  # the header has a unit column before the values


def flat_header(line: str) -> FlatTable | None:
    """The columns of a header line naming two or more years ("Chỉ tiêu Năm 2024 Năm 2025"), or None."""
    if len(line) > 240 or "|" in line or "\t" in line or line.rstrip().endswith((".", ";", ":")) \
            or not _BARE_YEAR.search(line) or _STAGE.search(line):
        # (a bordered table is tables.py's)
        return None
    # a header opens with its label columns ("STT", "Chỉ tiêu"): a title names no columns
    # ("KẾ HOẠCH … NĂM 2025 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030")
    ordinal_head = _ORDINAL_HEAD.match(line)
    label_head = _INDICATOR_HEAD.match(line, ordinal_head.end() if ordinal_head else 0)
    if not (ordinal_head or label_head or _YEARS_ONLY.fullmatch(line)):
        return None
    after = head.end() if (head := label_head or ordinal_head) else 0
    columns = list(_COLUMN.finditer(line, after)) or list(_BARE_YEAR.finditer(line, after))
    if not 2 <= len(columns) <= 8 or any(ch.isdigit() for ch in _BARE_YEAR.sub("", line)):
        return None
    # each column runs from where its name starts to where the next one's does
    starts = [c.start() for c in columns] + [len(line)]
    names = [line[a:b].strip() for a, b in zip(starts, starts[1:])]
    lead = line[:columns[0].start()]
    cells: list[str] = []
    ordinal = bool(_ORDINAL_HEAD.match(lead))
    if ordinal:
        cells.append("STT")
        lead = _ORDINAL_HEAD.sub("", lead, count=1)
    unit = bool(_UNIT_HEAD.search(lead))
    lead = _UNIT_HEAD.sub("", lead)
    cells.append(lead.strip() if _INDICATOR_HEAD.match(lead) else "Chỉ tiêu")
    if unit:
        cells.append("Đơn vị tính")
    cells.extend(names)
    return FlatTable(header_table(cells), len(names), ordinal, unit)


def _unit_end(text: str, ls: int, le: int) -> int:
    """Where a row's label ends and its unit cell starts ("… toàn trình %", "… công nghệ số Doanh nghiệp")."""
    words = list(re.finditer(r"\S+", text[ls:le]))
    if words and words[-1].group(0) == "%":
        return ls + words[-1].start()
    for n in (3, 2, 1):
        if len(words) > n:
            tail = text[ls + words[-n].start():le]
            probe = f"1 {tail}"
            ms = find_mentions(probe, 0, len(probe))
            if ms and ms[0].anchor == 0 and counted_noun_end(probe, ms[0]) == len(probe) \
                    and ms[0].unit in ("count", "other"):
                return ls + words[-n].start()
    return le


def opens_row(line: str) -> bool:
    """Does a line open a new row ("1 Tỷ lệ …", "I Chính quyền số", "2" alone)?"""
    return bool(_ORDINAL.match(line) or _ORDINAL_ALONE.fullmatch(line.strip()))


def flat_row(text: str, start: int, le: int, flat: FlatTable, ctx: Context) -> list[TargetRecord] | None:
    """The records of one borderless row text[start:le] under `flat`'s header; None when it is no
    such row (yet: a PDF wraps a row's cells over lines, "1 / Tỷ lệ hồ sơ trực tuyến / toàn trình /
    % 45,2 ≥ 60", so `start` may be an earlier line's)."""
    row = text[start:le]
    values = _VALUES_AT_END[flat.values].search(row)
    ordinal = _ORDINAL.match(row)
    label_start = start + (ordinal.end() if ordinal else 0)
    # (the spaces of a line's last empty cells, trimmed off it, still tell them)
    if values is None and (cells := _cells_with_blanks(text[start:_physical_end(text, le)], flat.values)) is not None:
        return _blank_celled_row(text, start, le, label_start, cells, flat, ctx)
    if values is None:
        # "I Chính quyền số", "II. KINH TẾ SỐ": a section row naming a pillar (any other line,
        # "I. KẾT QUẢ THỰC HIỆN" among them, is read as any line)
        if ordinal and "\n" not in row and not any(ch.isdigit() for ch in row[ordinal.end():]) and len(row) < 120 \
                and (pillars := heading_pillars(row[ordinal.end():])):
            ctx.pillars = pillars
            return []
        return None
    label_end = start + values.start()
    if label_end <= label_start or not re.search(r"[^\W\d]", text[label_start:label_end]):
        return None
    spans: list[tuple[int, int]] = []
    if flat.ordinal:
        spans.append((start, label_start) if ordinal else (start, start))
    unit_at = _unit_end(text, label_start, label_end) if flat.unit else label_end
    spans.append((label_start, unit_at))
    if flat.unit:
        spans.append((unit_at, label_end))
    spans.extend((start + m.start(), start + m.end()) for m in _VALUE_RE.finditer(row, values.start()))
    _, recs = row_records(text, spans, start, le, flat.table, ctx)
    return recs


def _cells_with_blanks(row: str, n: int) -> tuple[int, list[tuple[int, int]]] | None:
    """Where the label of a row with empty cells ends, and its `n` value cells, as a page prints a table's
    empty cells as one space each between single spaces ("Số người chết vì các bệnh dịch       31 79"
    under five year columns: three empty, then 31 and 79); None for any other row."""
    if "   " not in row or (gap := _FIRST_GAP.search(row)) is None:
        return None
    label_end = gap.start()
    cells: list[tuple[int, int]] = []
    i = label_end + 1
    while len(cells) < n:
        if i >= len(row) or row[i] == " ":  # (a line's last empty cells may be cut with its spaces)
            cells.append((i, i))
            i += 2
            continue
        j = row.find(" ", i)
        j = len(row) if j < 0 else j
        if row[i - 1] != " " or not _VALUE_RE.fullmatch(row, i, j):  # (spaces that fit no layout: not this)
            return None
        cells.append((i, j))
        i = j + 1
    if row[min(i, len(row)):].strip():
        return None
    return label_end, cells


def _physical_end(text: str, le: int) -> int:
    nl = text.find("\n", le)
    return len(text) if nl < 0 else nl


def _blank_celled_row(text: str, start: int, le: int, label_start: int, cells: tuple[int, list[tuple[int, int]]],
                      flat: FlatTable, ctx: Context) -> list[TargetRecord] | None:
    """The records of a row whose empty cells `_cells_with_blanks` found."""
    label_end, values = cells
    if start + label_end <= label_start or not re.search(r"[^\W\d]", text[label_start:start + label_end]) or flat.unit:
        return None
    spans: list[tuple[int, int]] = [(start, label_start)] if flat.ordinal else []
    spans.append((label_start, start + label_end))
    spans.extend((start + a, start + b) for a, b in values)
    _, recs = row_records(text, spans, start, le, flat.table, ctx)
    return recs


class BorderlessTables:
    """A text's borderless tables, read line by line: a header opens one, a row that gives no
    record ends it, and a row wrapped over lines joins from the line its number opens (unless
    the lines read so far gave records of their own: then each line is read alone)."""

    def __init__(self) -> None:
        self.flat: FlatTable | None = None
        self.row_start: int | None = None  # where a row wrapped over lines began
        self.row_out = 0  # how many records there were when it began
        self.opened = False  # the last line read opened a table

    def read(self, text: str, ls: int, le: int, ctx: Context, records: int) -> list[TargetRecord] | None:
        """Records of the line text[ls:le] as a row (`records`: how many the text gave so far);
        None when it is to be read as any line (a header among them)."""
        line = text[ls:le]
        self.opened = False
        if self.flat is not None and (again := flat_header(line)) is not None:
            self.flat, self.row_start = again, None  # the next table's header
        elif self.flat is not None:
            joins = self.row_start is not None and not opens_row(line) and le - self.row_start <= 300 \
                and records == self.row_out
            start = self.row_start if joins and self.row_start is not None else ls
            if (recs := flat_row(text, start, le, self.flat, ctx)) is not None:
                self.row_start = None
                return recs
            if len(line) < 150 and not line.rstrip().endswith((".", ";", ":")):
                if not joins:
                    self.row_start, self.row_out = ls, records
            else:
                self.flat = self.row_start = None
        elif (flat := flat_header(line)) is not None:
            self.flat, self.row_start, self.opened = flat, None, True
        return None
