"""Ranking lists as PDF reports print them: one place per line after its rank.

    XẾP HẠNG
    DTI
    1 TP. Đà Nẵng
    2 TP. Hồ Chí Minh
    12 Bình Phước

and the detailed rows that follow such a list, a rank, a place and one index
value per column, the columns named by the lines above the first row
("Chỉ số / Nhận thức số / Chỉ số / Thể chế số ... / CHUYỂN ĐỔI SỐ CẤP TỈNH"):

    1 TP. Đà Nẵng 1.0000 0.9000 0.8253 ...

Each line gives a rank (and each value an index value) of the place it names;
the place stays in the wording, as in "Nam Định (52,96%)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from muctieu.extract.records import TargetRecord
from muctieu.extract.references import place_index_before
from muctieu.extract.segment import strip_bullet
from muctieu.extract.wording import squash

# A heading that opens a ranking: "XẾP HẠNG", "Bảng xếp hạng DTI ...", short and without figures.
_HEADING = re.compile(r"x[ếẾ]p\s+h[ạẠ]ng", re.I)
_DIGIT = re.compile(r"\d")
_PLACE = r"(?:TP\.?\s*|Thành\s+phố\s+)?[A-ZĐ\u00C0-\u1EF8][^\d|\t]*?"
# "12 Bình Phước", "1 TP. Đà Nẵng 1.0000 0.9000 ...": values written with a dot, as
# the report prints them (a dot here is no thousands separator: they are below 1)
_ITEM = re.compile(rf"^\s*(\d{{1,2}})\s+({_PLACE})\s*((?:\s+[01]\.\d{{2,4}})*)\s*$")
_VALUE = re.compile(r"[01]\.\d{2,4}")


@dataclass
class RankList:
    heading: list[str] = field(default_factory=list)  # the lines that name the ranking
    leads: list[int] = field(default_factory=list)  # indices in `heading` of lines saying "xếp hạng"
    items: int = 0  # rank lines read under it

    def ranking_words(self) -> str:
        """What the ranks rank: "XẾP HẠNG" + "DTI", "Xếp hạng DTI Các tỉnh ..." → "Xếp hạng DTI";
        the first heading line that names more than "xếp hạng"."""
        found = [self._words(i) for i in self.leads]
        return next((w for w in found if len(w.split()) > 2), found[0] if found else "Xếp hạng")

    def _words(self, lead: int) -> str:
        words = squash(self.heading[lead])
        following = self.heading[lead + 1:lead + 2]
        if len(words.split()) <= 2 and following and len(following[0].split()) <= 3:
            words = squash(f"{words} {following[0]}")
        m = _ROW_LEAD.match(words)
        return m.group(0) if m else words


def heading_line(line: str) -> bool:
    """A short line without figures that opens a ranking."""
    # (_HEADING, case-insensitive and tried at every position, only when the line holds "xếp")
    return len(line) < 160 and "xếp" in line.lower() and bool(_HEADING.search(line)) and not _DIGIT.search(line)


def _columns(heading: list[str], n: int) -> list[str] | None:
    """The names of `n` value columns from the header lines: each "Chỉ số ..." and
    each run of capitals ("CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)") starts one."""
    words = " ".join(heading).split()
    columns: list[list[str]] = []
    for i, w in enumerate(words):
        starts_index = w == "Chỉ" and words[i + 1:i + 2] == ["số"]
        starts_caps = _caps(w) and not (i and _caps(words[i - 1]))
        if starts_index or starts_caps or not columns:
            columns.append([])
        columns[-1].append(w)
    named = [" ".join(c) for c in columns if c[0] == "Chỉ" or _caps(c[0])]
    return named[-n:] if len(named) >= n else None


def _caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def ranklist_records(text: str, ls: int, le: int, state: RankList | None, year: int | None
                     ) -> tuple[RankList | None, list[TargetRecord] | None]:
    """Records of one line of a ranking list, or (state, None) when the line is no part of one."""
    line = text[ls:le]
    # (a line that is no item is still read as any line is: headings carry cues)
    if heading_line(line):
        if state is None or state.items:
            state = RankList()
        state.leads.append(len(state.heading))
        state.heading.append(line.strip())
        return state, None
    if state is None:
        return None, None
    m = _ITEM.match(line)
    if not m:
        if state.items or len(state.heading) > 30 or _DIGIT.search(line) or not line.strip():
            return (state if not line.strip() and not state.items else None), None
        state.heading.append(line.strip())  # "DTI", "CÁC TỈNH, THÀNH PHỐ ...": the heading goes on
        return state, None
    state.items += 1
    rank, place = m.group(1), squash(m.group(2))
    values = [(ls + v.start(), v.group(0)) for v in _VALUE.finditer(line, m.start(3))]
    ranking = state.ranking_words()
    out = [_record(f"{ranking} {place}", float(rank), "rank", ls + m.start(1), ls, le, year)]
    columns = _columns(state.heading, len(values)) if values else None
    if columns:
        out += [_record(f"{col} {place}", float(v), "other", at, ls, le, year)
                for col, (at, v) in zip(columns, values)]
    return state, out


# "Xếp hạng DTI Các tỉnh, thành phố ...": the words that name a detailed row's rank
_ROW_LEAD = re.compile(r"(?i:xếp\s+hạng)(?:\s+[A-ZĐ]{2,6}\b)?")


def _record(indicator: str, value: float, unit: str, anchor: int, ls: int, le: int,
            year: int | None) -> TargetRecord:
    return TargetRecord(kind="result", indicator=squash(indicator), scope=None, op="=", value=value,
                        value_max=None, unit=unit, year=year, pillar=None,  # type: ignore[arg-type]
                        start=ls, end=le, anchor=anchor)


# "TP HCM xếp thứ 2, tiếp theo là Hải Phòng (3), Bà Rịa – Vũng Tàu (4) … và Bắc Giang (10)": the
# places after a rank, each with its own rank in brackets
_NAME = r"(?:TP\.?\s*|Thành\s+phố\s+|Tỉnh\s+)?[A-ZĐ\u00C0-\u1EF8][\w.]*(?:\s+(?:[–-]\s+)?[A-ZĐ\u00C0-\u1EF8][\w.]*){0,4}"
_NEXT_PLACE = re.compile(
    rf"(?:\s*,\s*|\s+và\s+)(?:tiếp\s+theo\s+(?:lần\s+lượt\s+)?(?:là\s+)?)?({_NAME})\s*\(\s*(\d{{1,2}})\s*\)")
_RANK_END = re.compile(r"\d{1,2}(?:\s*/\s*\d{2,3})?")


def places_ranked_after(text: str, records: list[TargetRecord]) -> list[TargetRecord]:
    """The ranks of places listed after a rank with theirs in brackets (new records); the first
    rank's wording loses the list it was given."""
    out: list[TargetRecord] = []
    for r in records:
        if r.unit != "rank" or r.op != "=" or not (end := _RANK_END.match(text, r.anchor)):
            continue
        items, pos, last = [], end.end(), r.value
        while (m := _NEXT_PLACE.match(text, pos)) and int(m.group(2)) > last:
            items.append(m)
            pos, last = m.end(), int(m.group(2))
        if not items:
            continue
        line = text.rfind("\n", 0, r.anchor) + 1
        topic = place_index_before(text, r.anchor) or ""
        r.indicator = squash(f"{text[strip_bullet(text, line, r.anchor):r.anchor]} {topic}")
        out += [replace(r, indicator=squash(f"{m.group(1)} xếp thứ {topic}"), value=float(m.group(2)),
                        anchor=m.start(2), start=m.start(1), end=m.end()) for m in items]
    return out

