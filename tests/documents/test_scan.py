"""Plain-search helpers (muctieu/documents/scan.py)."""

from __future__ import annotations

import re

from muctieu.documents.scan import matches_at, occurrences


def test_occurrences_finds_every_one_in_order_within_bounds() -> None:
    text = "tháng 3, tháng 4 và thángtháng"
    assert list(occurrences(text, "tháng")) == [0, 9, 20, 25]
    assert list(occurrences(text, "tháng", 1, 20)) == [9]


def test_matches_at_gives_the_matches_finditer_gives_when_tried_where_they_open() -> None:
    pattern = re.compile(r"tháng\s+\d{1,2}/\d{4}")
    text = "Tháng 3/2024 và tháng 12/2025, tháng 7/2023."
    starts = sorted(i for word in ("tháng", "Tháng") for i in occurrences(text, word))
    assert [m.group(0) for m in matches_at(pattern, text, starts)] == [m.group(0) for m in pattern.finditer(text)]
