"""Statistics tables as yearbooks print them: one row per year, a value per column.

    Tỷ lệ hộ gia đình có kết nối Internet
    (ĐVT: %)
    TỔNG SỐ Phân theo thành thị, nông thôn
    Thành thị Nông thôn
    2015 72,28 72,64 55,60
    Sơ bộ 2020 83,71 87,32 59,03

The title names the indicator, the unit line its unit, each row a year's
results; the first column is the whole, the others the groups the header
names (thành thị / nông thôn, nam / nữ, the administrative levels). A table
whose header names fewer groups than it has columns is not read: a value
given the wrong group would be worse than none.
"""

from __future__ import annotations

import re

from muctieu.extract.numbers import parse_number
from muctieu.extract.records import TargetRecord
from muctieu.extract.wording import squash

# "2015 72,28 72,64 55,60", "Sơ bộ 2020 83,71 ...", "Ước 2021 ..."
_ROW = re.compile(r"\s*(?:(?:sơ\s+bộ|ước(?:\s+tính)?)\s+)?((?:19|20)\d\d)((?:\s+\d+(?:[.,]\d+)*)+)\s*$", re.I)
_VALUE = re.compile(r"\d+(?:[.,]\d+)*")
# "(ĐVT: %)", "Đơn vị tính: %", "(ĐTV: %)" (as some pages misspell it)
_UNIT_LINE = re.compile(r"\s*\(?\s*(?:đvt|đtv|đơn\s+vị(?:\s+tính)?)\s*:\s*([^)]+?)\s*\)?\s*$", re.I)
_DIGIT = re.compile(r"\d")
_TOTAL = re.compile(r"tổng\s+số|chung|toàn\s+(?:tỉnh|thành\s+phố|quốc)|cả\s+nước", re.I)
# groups a header names, in the order written
_GROUPS = re.compile(
    r"thành\s+thị|nông\s+thôn|\bnam\b|\bnữ\b|cấp\s+(?:tỉnh|huyện|xã)|khu\s+vực\s+(?:thành\s+thị|nông\s+thôn)", re.I)
_LOOK_BACK = 5  # header, unit and title lines above the first row


def year_row_records(text: str, lines: list[tuple[int, int]]) -> list[TargetRecord]:
    """Records of every yearbook table in `text` (its lines as (start, end))."""
    out: list[TargetRecord] = []
    i = 0
    while i < len(lines):
        rows = []
        j = i
        while j < len(lines) and (m := _ROW.match(text, *lines[j])):
            rows.append((lines[j], m))
            j += 1
        if len(rows) >= 2:
            out.extend(_table(text, lines[max(0, i - _LOOK_BACK):i], rows))
            i = j
        else:
            i += 1
    return out


def _table(text: str, above: list[tuple[int, int]], rows: list) -> list[TargetRecord]:
    width = len(_VALUE.findall(rows[0][1].group(2)))
    if any(len(_VALUE.findall(m.group(2))) != width for _, m in rows):
        return []
    unit_at = next((k for k in range(len(above) - 1, -1, -1) if _UNIT_LINE.match(text, *above[k])), None)
    if unit_at is None:
        return []  # without its unit a bare number says too little
    unit_text = squash(_UNIT_LINE.match(text, *above[unit_at]).group(1))
    title = next((squash(text[s:e]) for s, e in reversed(above[:unit_at])
                  if not _DIGIT.search(text[s:e]) and len(text[s:e].split()) >= 3), None)
    if title is None:
        return []
    header = " ".join(text[s:e] for s, e in above[unit_at + 1:])
    scopes: list[str | None]
    if width == 1:
        scopes = [None]
    else:
        # ("Phân theo thành thị, nông thôn / Thành thị Nông thôn": each group once, in order)
        groups = list(dict.fromkeys(squash(g.group(0)).lower() for g in _GROUPS.finditer(header)))
        if _TOTAL.search(header) and len(groups) == width - 1:
            scopes = [None, *groups]
        elif len(groups) == width:
            scopes = list(groups)
        else:
            return []
    unit, shown = ("%", None) if unit_text == "%" else ("other", unit_text)
    out = []
    for (start, end), m in rows:
        year = int(m.group(1))
        for value_match, scope in zip(_VALUE.finditer(text, m.start(2), m.end(2)), scopes):
            value = parse_number(value_match.group(0))
            if value is None:
                continue
            out.append(TargetRecord(
                kind="result", indicator=title, scope=scope, op="=", value=value, value_max=None,
                unit=unit, year=year, pillar=None, start=start, end=end,  # type: ignore[arg-type]
                anchor=value_match.start(), unit_text=shown))
    return out
