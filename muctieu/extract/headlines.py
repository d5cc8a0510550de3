"""Headlines that restate a figure of the body take the body's reading of it.

A page's title or a section's headline ("Tốc độ tăng năng suất lao động đạt
khoảng 8,5%/năm", "Bến Tre xếp thứ 31/63 về chuyển đổi số") states a figure
without the words around it that say whether it was reached or aimed at and
for which year; the paragraph below says it again with them. The headline's
record is the same fact, so it takes the body's kind and year.
"""

from __future__ import annotations

import re

from muctieu.documents.metadata import STAMP_LINE
from muctieu.extract.cues import clause_kind
from muctieu.extract.records import TargetRecord
from muctieu.extract.wording import content_words

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_REACH = 3000  # how far below the headline its body restates it
_OVERLAP = 0.5  # the share of the headline's words the body's wording must hold
_ITEM = re.compile(r"\s*(?:[-+•*▪●–]|\(?\d{1,2}[.)]|[a-zđ]\))\s")  # a list's item, no headline


def _headline(text: str, anchor: int, title: int) -> tuple[int, int] | None:
    """The bounds of the line holding `anchor` if it reads as a headline: the
    text's first line (the one at `title`, or before it), or a short line without
    a closing stop set off by a blank line."""
    start = text.rfind("\n", 0, anchor) + 1
    end = text.find("\n", anchor)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    if len(line) >= 170:
        return None
    if start <= title or (not line.endswith((".", ":", ";", ",")) and not _ITEM.match(line) and text.startswith("\n\n", end)
                 and (start < 2 or text[start - 2:start] == "\n\n")):
        return start, end
    return None


def _title_start(text: str) -> int:
    """Where the text's first line (a crawler's stamp and blank lines aside), its title, starts:
    found once, not by splitting the text before every record (which grew with its square)."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.splitlines()[0]
        if not STAMP_LINE.match(line) and line.strip():
            return pos
        pos += len(raw)
    return pos


def title_end(text: str) -> int:
    """Where the text's title line (see `_title_start`) ends."""
    start = _title_start(text)
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _reach(text: str, bounds: tuple[int, int], title: int) -> int:
    """How far below a headline its restating record may stand: anywhere near for the text's
    title, the paragraph right after it for a subheading."""
    if bounds[0] <= title:
        return bounds[1] + _REACH
    after = text.find("\n\n", bounds[1] + 2)
    return len(text) if after < 0 else after


def restate_headlines(text: str, records: list[TargetRecord]) -> None:
    """Give each headline record the kind and year of the body record that restates it (in place)."""
    title = _title_start(text)
    for i, r in enumerate(records):
        bounds = _headline(text, r.anchor, title)
        if bounds is None:
            continue
        words = content_words(r.indicator)
        if not words:
            continue
        reach = _reach(text, bounds, title)
        for b in records[i + 1:]:
            if b.anchor <= bounds[1]:
                continue
            if b.anchor > reach:
                break
            if (b.unit, b.value, b.value_max) != (r.unit, r.value, r.value_max) or _headline(text, b.anchor, title):
                continue
            if len(words & content_words(b.indicator)) < _OVERLAP * len(words):
                continue
            if b.kind != r.kind and clause_kind(text[bounds[0]:bounds[1]]) is None:
                r.kind, r.op = b.kind, b.op  # (a headline whose own words say "mục tiêu", "dự kiến" keeps its kind)
            if not _YEAR.search(text, bounds[0], bounds[1]):
                r.year = b.year  # (a year the headline writes itself stands)
            break
