"""Table rows ("Chỉ tiêu | 2024 | 2025"), as the DOCX and HTML loaders print them.

A header row gives each column its year and whether it holds targets
("Kế hoạch 2024", "Mục tiêu") or results ("Kết quả 2023", "Thực hiện");
each later row is an indicator with one value per column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from muctieu.extract.barred_rows import ORDINAL_HEAD
from muctieu.extract.mentions import PER_PEOPLE_TAIL, SIGN_OPS, Mention, find_mentions
from muctieu.extract.numbers import MAGNITUDE_RE, magnitude, parse_number, scale
from muctieu.extract.pillars import choose_pillar, heading_pillars
from muctieu.extract.records import TargetRecord
from muctieu.extract.wording import SCOPE_RE, clean_pre, squash

if TYPE_CHECKING:
    from muctieu.extract.grammar import Context

_RESULT_COLUMN = re.compile(r"kết\s+quả|thực\s+hiện|đạt\s+được|ước|hiện\s+trạng|thực\s+tế|năm\s+trước", re.I)
_TARGET_COLUMN = re.compile(r"kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|phấn\s+đấu|dự\s+kiến|định\s+hướng|đề\s+ra|được\s+giao", re.I)


def column_kind(header: str) -> str | None:
    """"Thực hiện năm 2024" holds results, "Kế hoạch năm 2025" targets."""
    r, t = _RESULT_COLUMN.search(header), _TARGET_COLUMN.search(header)
    if r and (not t or r.start() < t.start()):
        return "result"
    return "target" if t else None


_CELL_SPLIT = re.compile(r"\s*[|\t]\s*")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_UNIT_HEAD = re.compile(r"^(?:đơn\s+vị(?:\s+tính)?|đvt)$", re.I)
_INDICATOR_HEAD = re.compile(r"chỉ\s+tiêu|nội\s+dung|tên|indicator|mục\s+tiêu\s+cụ\s+thể|^\s*chỉ\s+số\b", re.I)
_BARE = re.compile(r"^\s*(?:(?P<cmp>≥|>=|>|≤|<=|<|~)\s*)?(?P<num>\d+(?:[.,]\d+)*)\s*$")


@dataclass
class Column:
    year: int | None = None
    kind: str | None = None
    scope: str | None = None  # "Cấp tỉnh | Cấp huyện | Cấp xã": each column one level


@dataclass
class Table:
    columns: list[Column] = field(default_factory=list)
    indicator_col: int = 0
    # A ranking table ("Thứ tự xếp hạng | Tên đơn vị | Tổng điểm năm 2024"): its rows
    # are places; the rank column gives each its rank, the other columns its values,
    # each named by its header and the place
    rank_col: int | None = None
    # a table of places ("Tên đơn vị | Số điểm | Tỷ lệ"): read as a ranking's rows, rank or not
    places: bool = False
    headers: list[str] = field(default_factory=list)
    unit_col: int | None = None
    skip_cols: set[int] = field(default_factory=set)
    # a line without values that names the indicator of the level rows
    # under it: "- Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng" over
    # "+ Cấp tỉnh | 97% | 97%"
    parent: str | None = None
    # the line over the header, when it names what the table gives ("So sánh - TP.HCM với các tỉnh thuộc
    # khu vực Đông Nam Bộ" over "Năm | 2023 | 2022 |")
    caption: str | None = None
    # the columns' names say which measure each value is, not only its period ("Thực hiện tháng 9 năm 2023",
    # "Lũy kế thực hiện 10 tháng năm 2023"): each record's wording ends with its column's
    column_words: bool = False


_LEVEL_ROW = re.compile(rf"^[\s+\-–*•]*({SCOPE_RE.pattern})", re.I)


def _cells(text: str, ls: int, le: int) -> list[tuple[int, int]]:
    out = []
    pos = ls
    for m in _CELL_SPLIT.finditer(text, ls, le):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, le))
    # "| a | b |": drop the empty edges
    return [(s, e) for s, e in out if not (e <= s and (s == ls or e == le))]


# "I | Hạ tầng số (05 chỉ tiêu)", "2 | Tỷ lệ …": a numbered row is a section or an item, never a header
_NUMBERED_ROW = re.compile(r"\s*(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])[.)]?\s*$")


def _is_header(cells: list[str]) -> bool:
    if _NUMBERED_ROW.match(cells[0]):
        return False
    has_label = any(_INDICATOR_HEAD.search(c) or _UNIT_HEAD.match(c) for c in cells)
    numeric = [c for c in cells[1:] if _BARE.match(c) and not _YEAR.fullmatch(c.strip())]
    return (has_label or any(_YEAR.search(c) for c in cells)) and not numeric and not any("%" in c for c in cells)


# columns that compare a value with another, not a value of the indicator: "Tỷ lệ đạt (%)",
# "So với kế hoạch", "Tăng/giảm", "Ghi chú"
_COMPARISON_HEAD = re.compile(r"tỷ\s+lệ\s+(?:đạt|hoàn\s+thành)(?=\s*(?:\(|so\b|/|kế\s+hoạch|kh\b|$))|so\s+(?:với|sánh)|"
                              r"tăng\s*[/,]\s*giảm|ghi\s+chú", re.I)
# columns that explain how a value is found or scored, or where it comes from: "Cách xác định và tính
# điểm | BCĐ họp 4 lần/năm: 20 điểm; …", "Giải thích chỉ tiêu", "Tài liệu kiểm chứng"
_EXPLANATION_HEAD = re.compile(r"cách\s+(?:xác\s+định|tính)|giải\s+thích|phương\s+pháp|tài\s+liệu\s+kiểm\s+chứng|"
                               r"nguồn\s+(?:thu\s+thập|số\s+liệu|dữ\s+liệu)", re.I)
# columns of a scoring scale, no value of what is scored: "Điểm tối đa", "Số điểm không đưa vào đánh giá"
_SCALE_HEAD = re.compile(r"tối\s+đa|không\s+(?:đưa\s+vào|tính\s+vào)", re.I)
# the label column of a table whose rows are places or bodies, not indicators
_PLACES_HEAD = re.compile(r"tên\s+(?:đơn\s+vị|cơ\s+quan|địa\s+phương|huyện|xã|sở|tỉnh)", re.I)
# a grade in a ranking's place ("I", "II", "Tốt")
_GRADE = re.compile(r"\s*(?:[IVX]{1,4}|[A-D])\s*")
_LEVEL_HEAD = re.compile(rf"(?:(?:chỉ\s+tiêu|mục\s+tiêu)\s+)?({SCOPE_RE.pattern})", re.I)
_RANK_HEAD = re.compile(r"xếp\s+hạng|thứ\s+(?:tự\s+)?(?:xếp\s+)?hạng|^\s*(?:hạng|vị\s+thứ)\s*$", re.I)


def header_table(cells: list[str]) -> Table:
    t = Table(columns=[Column() for _ in cells], headers=[squash(c) for c in cells])
    found_indicator = False
    for i, c in enumerate(cells):
        if t.rank_col is None and _RANK_HEAD.search(c) and not _YEAR.search(c):
            t.rank_col = i
            t.skip_cols.add(i)
        elif ORDINAL_HEAD.fullmatch(c.strip()) or _COMPARISON_HEAD.search(c) or _EXPLANATION_HEAD.search(c) \
                or _SCALE_HEAD.search(c):
            t.skip_cols.add(i)
        elif _UNIT_HEAD.match(c.strip()):
            t.unit_col = i
            t.skip_cols.add(i)
        elif not found_indicator and _INDICATOR_HEAD.search(c) and not _YEAR.search(c):
            t.indicator_col = i
            found_indicator = True
            t.skip_cols.add(i)
        else:
            y = _YEAR.search(c)
            t.columns[i].year = int(y.group(1)) if y else None
            t.columns[i].kind = column_kind(c)
            level = _LEVEL_HEAD.fullmatch(c.strip())
            t.columns[i].scope = squash(level.group(1)).lower() if level else None
    if not found_indicator:
        t.skip_cols.add(t.indicator_col)
    elif _PLACES_HEAD.search(cells[t.indicator_col]) and not any(c.year for c in t.columns):
        t.places = True
    years = {c.year for c in t.columns if c.year}
    if len(years) == 1:
        # "Đề ra năm 2023 | Kết quả thực hiện": the result column reports that year
        # (and a ranking's rank column ranks the year its values are of)
        for i, c in enumerate(t.columns):
            if (c.kind or i == t.rank_col) and not c.year:
                c.year = next(iter(years))
    return t


def _ranking_row(text: str, spans: list[tuple[int, int]], table: Table, ctx: Context, ls: int, le: int
                 ) -> list[TargetRecord]:
    """A place's rank and values in a ranking table: "1 | Sở Y tế | 843.24"."""
    cells = [text[s:e] for s, e in spans]
    rc, nc = table.rank_col, table.indicator_col
    if rc is None:
        rank = None  # a table of places without ranks
        if nc >= len(cells):
            return []
    else:
        if max(rc, nc) >= len(cells) or "," in cells[rc] or "." in cells[rc]:
            return []
        rank = _BARE.match(cells[rc])
        if rank is None and not _GRADE.fullmatch(cells[rc]):
            return []  # (a grade, "I", "II", stands where some tables rank: the values are read all the same)
    place = squash(cells[nc])
    if not place or _BARE.match(place):
        return []
    out = []

    def record(i: int, value: float, unit: str, unit_text: str | None, anchor: int, named: str,
               value_max: float | None = None, floor: bool = False) -> TargetRecord:
        col = table.columns[i] if i < len(table.columns) else Column()
        # (a column of aims: "Dự kiến … 2026 - 2030 | 10,5 – 11,0", "Từ 10% trở lên")
        kind = col.kind if col.kind == "target" and unit != "rank" else "result"
        op = "between" if value_max is not None else ">=" if floor or kind == "target" else "="
        return TargetRecord(kind=kind, indicator=squash(f"{named} {place}"), scope=None, op=op,  # type: ignore[arg-type]
                            value=value, value_max=value_max, unit=unit,  # type: ignore[arg-type]
                            year=col.year or ctx.year or ctx.result_ref_year,
                            pillar=choose_pillar(ctx.pillars, named), start=ls, end=le, anchor=anchor,
                            unit_text=unit_text)

    if rank and rc is not None and (rank_value := parse_number(rank.group("num"))) is not None:
        out.append(record(rc, rank_value, "rank", None, spans[rc][0] + rank.start("num"), table.headers[rc]))
    for i, (s, _e) in enumerate(spans):
        if i in (rc, nc) or i in table.skip_cols and i != nc or i >= len(table.headers):
            continue
        m = _BARE.match(cells[i].rstrip().removesuffix("%"))  # ("85,36%": a rate, written with its sign)
        span = None if m else _SPAN_CELL.fullmatch(cells[i])  # "10,5 – 11,0", "Từ 10% trở lên"
        value = parse_number(m.group("num")) if m else parse_number(span.group("num")) if span else None
        if value is None:
            continue
        high = parse_number(span.group("high")) if span and span.group("high") else None
        header = table.headers[i]
        unit, unit_text = ("%", None) if "%" in header or "%" in cells[i] or "tỷ lệ" in header.lower() else ("other", "điểm")
        if unit == "other" and _COUNTED_LABEL.match(header) and "điểm" not in header.lower():
            unit, unit_text = "count", None  # "Số hồ sơ tiếp nhận": things counted, not a score
        anchor = s + (m.start("num") if m else span.start("num"))  # type: ignore[union-attr]
        out.append(record(i, value, unit, unit_text, anchor, squash(_UNIT_SUFFIX.sub("", header)), high,
                          floor=bool(span and span.group("floor"))))
    return out


_SPAN_CELL = re.compile(r"\s*(?P<floor>[Tt]ừ\s+)?(?P<num>\d+(?:,\d+)?)\s*%?(?:\s*[–-]\s*(?P<high>\d+(?:,\d+)?)\s*%?)?"
                        r"(?(floor)\s*trở\s+lên)\s*")
_UNIT_SUFFIX = re.compile(r"\s*\(%\)\s*$")  # "Tăng trưởng GRDP (%)": the unit is the record's own
_RATE_LABEL = re.compile(r"\(\s*%\s*\)|^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?tỷ\s+lệ\b", re.I)
_DECIMALS = re.compile(r"\d[.,]\d{1,2}$")  # "13.99", "3,12" (not "1.234": thousands)
_CAPTION_LABEL = re.compile(r"^(?:(?:bảng|biểu)\s+\d+\s*[.:]?|(?:[IVX]+|\d+(?:\.\d+)*)\s*[.)])\s*", re.I)
_LIST_TITLE = re.compile(r"(?:(?:một\s+số|các|những)\s+)?(?:chỉ\s+tiêu|kết\s+quả|số\s+liệu)\b", re.I)
# a rate per so many people, no count: "Số người nhiễm HIV được phát hiện trên 100.000 dân (người)"
_PER_PEOPLE = re.compile(PER_PEOPLE_TAIL, re.I)
_COUNTED_LABEL = re.compile(r"\s*(?:tổng\s+)?số(?:\s+lượng)?\s+(?!hóa\b|liệu\b)[^\W\d]", re.I)


def _cell_mention(text: str, s: int, e: int, unit: str | None, counted: bool = False, ranked: bool = False,
                  scored: bool = False) -> Mention | None:
    """The quantity in one cell: as the text would read it, else a bare number in the row's unit (or
    a count, when the row's label says what is counted: "Số tài khoản … được kích hoạt | 3.500"; a rank,
    when it says the row ranks: "Xếp hạng | 49 | 5"; an index's value, a number with decimals in a
    table of years: "Điểm số PGI | 13.99 | 24.20")."""
    ms = find_mentions(text, s, e)
    if ms:
        return ms[0]
    m = _BARE.match(text[s:e])
    if not m:
        return None
    value = parse_number(m.group("num"))
    if value is None:
        return None
    a = s + m.start("num")
    op = SIGN_OPS.get(m.group("cmp") or "")
    u = (unit or "").strip()
    if u == "%":
        return Mention(a, s + m.end("num"), s, value, None, "%", None, op, False)
    if not u and counted and not _YEAR.fullmatch(m.group("num")):
        return Mention(a, s + m.end("num"), s, value, None, "count", None, op, False)
    if not u and ranked and value.is_integer() and not _YEAR.fullmatch(m.group("num")):
        return Mention(a, s + m.end("num"), s, value, None, "rank", None, op, False)
    if not u and scored and _DECIMALS.search(m.group("num")):
        return Mention(a, s + m.end("num"), s, value, None, "other", None, op, False)
    if u and (mg := MAGNITUDE_RE.match(u)) and not _YEAR.fullmatch(m.group("num")):
        # "Đơn vị tính: Tỷ đồng", "Nghìn người": the unit's magnitude word multiplies the cell's number
        value, u = scale(value, magnitude(mg)), u[mg.end():].strip()
        if not u:
            return Mention(a, s + m.end("num"), s, value, None, "count", None, op, False)
    if u and not _YEAR.fullmatch(m.group("num")):
        kind = "rank" if re.search(r"hạng|thứ", u, re.I) else "count"
        if kind == "count" and re.search(r"mb|gb|km|điểm|đồng|usd|/", u, re.I):
            return Mention(a, s + m.end("num"), s, value, None, "other", u, op, False)
        return Mention(a, s + m.end("num"), s, value, None, kind, None, op, False)
    return None


def table_records(
    text: str, ls: int, le: int, table: Table | None, ctx: Context
) -> tuple[Table | None, list[TargetRecord] | None]:
    """Read one table line; (table state, records), records None when the
    line is not a table row after all."""
    spans = _cells(text, ls, le)
    if len(spans) < 2:
        return table, None
    cells = [text[s:e] for s, e in spans]
    if _is_header(cells):
        header = header_table(cells)
        above = text.rfind("\n", 0, max(0, ls - 1)) + 1
        line = text[above:max(above, ls - 1)].strip()
        line = _CAPTION_LABEL.sub("", line, count=1)  # "Bảng 3.", "2.": the caption's number is none of its words
        # (not a sentence that leads to the table, "Kết quả thực hiện như sau:", nor a title that lists
        # measures, "Một số chỉ tiêu kinh tế - xã hội": neither names what the rows measure)
        if 0 < len(line) <= 150 and "|" not in line and not line.endswith((".", ";", ":")) \
                and re.search(r"[^\W\d]", line) and not _LIST_TITLE.match(line):
            header.caption = line
        return header, []
    return row_records(text, spans, ls, le, table, ctx)


def row_records(
    text: str, spans: list[tuple[int, int]], ls: int, le: int, table: Table | None, ctx: Context
) -> tuple[Table | None, list[TargetRecord]]:
    """The records of one table row whose cells are `spans` of the line text[ls:le]."""
    cells = [text[s:e] for s, e in spans]
    if table is not None and (table.rank_col is not None or table.places):
        return table, _ranking_row(text, spans, table, ctx, ls, le)
    if table is None:
        table = Table(columns=[Column() for _ in cells], skip_cols={0})
    while len(table.columns) < len(cells):
        table.columns.append(Column())
    ic = table.indicator_col if table.indicator_col < len(cells) else 0
    label = cells[ic]
    values = [i for i in range(len(cells)) if i not in table.skip_cols and i != ic]
    unit = cells[table.unit_col] if table.unit_col is not None and table.unit_col < len(cells) else None
    if unit is None and _RATE_LABEL.search(label):
        unit = "%"  # "Tốc độ tăng trưởng GRDP (%) | 7,2 | 7,5", "Tỷ lệ hộ nghèo | 2.5 | 2.1": the label gives the unit
    counted = _COUNTED_LABEL.match(label) is not None and not _PER_PEOPLE.search(label)
    # ("Năm | 2022 | 2023": the values of a year's columns, bare)
    by_year = any(table.columns[i].year for i in values)
    ranked = by_year and _RANK_HEAD.fullmatch(label.strip()) is not None
    mentions = [(i, _cell_mention(text, *spans[i], unit, counted, ranked, by_year)) for i in values]
    mentions = [(i, m) for i, m in mentions if m is not None]
    if not mentions:
        pillars = heading_pillars(label)
        if pillars:
            ctx.pillars = pillars  # a section row: "I | Chính quyền số"
        return table, []
    indicator = clean_pre(label)
    if by_year and table.caption and all(m.unit == "rank" or m.unit == "other" and m.unit_text is None
                                          for _, m in mentions):
        # "Điểm số PGI | 13.99 | 24.20" under "Xếp hạng trong Chỉ số Xanh cấp tỉnh": the row in what the table gives
        # (a row read bare; one that names its own unit names its measure: "Thu ngân sách | tỷ đồng | 12.500")
        indicator = squash(f"{indicator} {table.caption}")
    scope = None
    level = _LEVEL_ROW.match(label)
    if level and table.parent:
        indicator, scope = clean_pre(table.parent), squash(level.group(1))
    else:
        table.parent = None
    if not indicator:
        return table, []
    out = []
    # (a column named by a year before the page's own is what was reached then: "2019 | 2020 | Sơ bộ 2021" in a
    # statistics page of 2022; not in a plan itself, whose page may be dated after the years its roadmap sets:
    # "Kế hoạch … giai đoạn 2021-2025 | 2021 | 2022 | … | 2025" on a page of 2024)
    past = (ctx.stamp[0] if ctx.stamp else ctx.result_ref_year) if ctx.plan_year is None else None
    for i, m in mentions:
        col = table.columns[i]
        kind = col.kind or ("result" if col.year and past and col.year < past else ctx.kind)
        op = m.op if m.op not in (None, "from") else ("=" if kind == "result" else ">=")
        if m.unit == "rank" and m.op is None and kind == "target":
            op = "<="
        year = col.year or ctx.year or ctx.plan_year
        out.append(
            TargetRecord(
                kind=kind,  # type: ignore[arg-type]
                indicator=squash(f"{indicator} {table.headers[i]}") if table.column_words else indicator,
                scope=col.scope or scope,
                op=op,  # type: ignore[arg-type]
                value=m.value,
                value_max=m.value_max,
                unit=m.unit,  # type: ignore[arg-type]
                year=year,
                pillar=choose_pillar(ctx.pillars, indicator),
                start=ls,
                end=le,
                anchor=m.anchor,
                unit_text=m.unit_text,
            )
        )
    return table, out
