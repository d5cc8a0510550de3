"""Measuring the wording matcher against labelled wordings (accuracy, false matches)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from muctieu.catalog.match import THRESHOLD, WordingIndex


@dataclass(frozen=True, slots=True)
class Labelled:
    text: str
    expect: str | None  # None: no catalogue indicator fits


@dataclass(frozen=True, slots=True)
class Quality:
    total: int
    correct: int
    near_misses: int  # labelled None
    false_matches: int  # a near miss given an id
    errors: tuple[tuple[str, str | None, str | None], ...]  # (text, expected, got)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def false_match_rate(self) -> float:
        return self.false_matches / self.near_misses if self.near_misses else 0.0


def load_labelled(path: Path) -> dict[str, list[Labelled]]:
    """The labelled file's parts (e.g. `tune`, `held_out`), each a list of wordings."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {part: [Labelled(r["text"], r["expect"]) for r in rows] for part, rows in raw.items()}


def measure(index: WordingIndex, items: list[Labelled], threshold: float = THRESHOLD) -> Quality:
    correct = false_matches = 0
    errors = []
    for item in items:
        hit = index.best(item.text, threshold)
        got = hit.indicator_id if hit else None
        if got == item.expect:
            correct += 1
        else:
            errors.append((item.text, item.expect, got))
            if item.expect is None:
                false_matches += 1
    near = sum(1 for i in items if i.expect is None)
    return Quality(len(items), correct, near, false_matches, tuple(errors))
