"""Wordings of real plans labelled with the indicator they measure (or with none).

The development sets' gold records carry `indicator_id_gold`: the catalogue
indicator a hand-labeller chose for each wording, or null when none fits.
The matcher (`match.py`) indexes the labelled wordings beside the catalogue's
own: a wording near one labelled X is X, and one nearest to a wording
labelled "none" ("doanh nghiệp cung cấp dịch vụ viễn thông", a count no
indicator keeps) gets no id instead of a loose neighbour's. Rebuilt from the
labels by `scripts/labelled_wordings.py`; a null label is a judgement against
today's catalogue, so adding an indicator means relabelling its wordings.
"""

from __future__ import annotations

import functools
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from muctieu.catalog.wording import tokens

DATA_FILE = Path(__file__).parent / "data" / "labelled_wordings.json"
# The extractor's own wordings at the same labelled records, where they differ from the
# gold's (a snapshot, `scripts/train_matcher.py --refresh`): the wording classifier learns
# how extracted wordings name an indicator, not only how labellers wrote them.
EXTRACTED_FILE = Path(__file__).parent / "data" / "extracted_wordings.json"


@dataclass(frozen=True, slots=True)
class Exemplars:
    """Labelled wordings by indicator id, and those labelled with no indicator."""

    by_indicator: dict[str, tuple[str, ...]]
    rejects: tuple[tuple[str, str | None], ...]  # (wording, unit): a count labelled none says nothing of a share


def labelled_entries() -> tuple[tuple[str, str | None, str | None, str], ...]:
    """(wording, unit, indicator id or None, set) of every labelled wording, in the file's order."""
    return read_entries(DATA_FILE)


def extracted_entries() -> tuple[tuple[str, str | None, str | None, str], ...]:
    """The same for the extractor's wordings at labelled records (`EXTRACTED_FILE`); none if absent."""
    return read_entries(EXTRACTED_FILE) if EXTRACTED_FILE.is_file() else ()


@functools.cache
def read_entries(path: Path) -> tuple[tuple[str, str | None, str | None, str], ...]:
    """(wording, unit, indicator id or None, set) of a file of labelled wordings by set."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return tuple((wording, unit, label, set_name)
                 for set_name, rows in raw["sets"].items() for wording, unit, label in rows)


@functools.cache
def exemplars(leave_out: frozenset[str] = frozenset(), known: frozenset[str] | None = None) -> Exemplars:
    """The shipped labelled wordings, except those of the sets in `leave_out` (benchmarks leave a set out)."""
    return vote(labelled_entries(), leave_out, known)


def vote(
    entries: Iterable[tuple[str, str | None, str | None, str]],
    leave_out: frozenset[str] = frozenset(),
    known: frozenset[str] | None = None,
) -> Exemplars:
    """One label per wording and unit from (wording, unit, label, set) entries.

    "Kinh tế số" is the DTI pillar's rank as a rank and its score as a score,
    so the unit is part of what is voted on. Where sets labelled the same
    (folded) wording differently, the most frequent label stands and a tie
    drops the wording. With `known`, labels naming an id outside it are dropped.
    """
    votes: dict[tuple[str, str | None], Counter[str | None]] = defaultdict(Counter)
    first: dict[tuple[str, str | None], str] = {}
    for wording, unit, label, set_name in entries:
        key = (" ".join(tokens(wording)), unit)
        if set_name in leave_out or not key[0] or (known is not None and label is not None and label not in known):
            continue
        votes[key][label] += 1
        first.setdefault(key, wording)
    by_indicator: dict[str, list[str]] = defaultdict(list)
    rejects: list[tuple[str, str | None]] = []
    for key, counts in votes.items():
        (label, n), *rest = counts.most_common()
        if rest and rest[0][1] == n:
            continue
        if label is None:
            rejects.append((first[key], key[1]))
        else:
            by_indicator[label].append(first[key])
    return Exemplars({k: tuple(v) for k, v in by_indicator.items()}, tuple(rejects))
