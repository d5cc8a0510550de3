"""Provinces side by side for one indicator, and status counts per pillar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from muctieu.errors import MuctieuError
from muctieu.evaluate.attainment import Point, TargetStatus
from muctieu.evaluate.categories import Status

UNASSIGNED_PILLAR = "unassigned"


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One province's target for the indicator, ranked among provinces.

    `rank` orders provinces by their latest value in the indicator's desired
    direction (1 is best; ties share a rank; None without a value).
    """

    rank: int | None
    province: str
    province_original: str
    latest: Point | None
    status: TargetStatus


@dataclass(frozen=True, slots=True)
class PillarSummary:
    pillar: str
    counts: tuple[tuple[Status, int], ...]  # every status, in display order
    total: int

    def count(self, status: Status) -> int:
        return dict(self.counts)[status]


def compare(indicator_id: str, year: int, rows: Iterable[TargetStatus]) -> list[ComparisonRow]:
    """Targets for `indicator_id` due in `year`, one row each, best first."""
    chosen = [r for r in rows if r.target.indicator_id == indicator_id and r.target.year == year]
    directions = {r.target.direction for r in chosen}
    if len(directions) > 1:
        raise MuctieuError(
            "các tỉnh ghi hướng khác nhau cho cùng một chỉ tiêu",
            "provinces give different directions for the same indicator",
            where=indicator_id,
        )
    lower_better = directions == {"lower"}
    latest_by_province = {r.target.province: r.latest.value for r in chosen if r.latest is not None}
    ordered = sorted(set(latest_by_province.values()), reverse=not lower_better)
    # Competition ranking ("1224"): a province's rank is 1 + provinces strictly better.
    better = {}
    position = 1
    for value in ordered:
        better[value] = position
        position += sum(1 for v in latest_by_province.values() if v == value)
    out = [
        ComparisonRow(
            better.get(latest_by_province.get(r.target.province)) if r.latest is not None else None,
            r.target.province,
            r.target.province_original,
            r.latest,
            r,
        )
        for r in chosen
    ]
    out.sort(key=lambda c: (c.rank is None, c.rank or 0, c.province, str(c.status.target.id)))
    return out


def pillar_summary(rows: Iterable[TargetStatus]) -> list[PillarSummary]:
    """Counts of targets by status for each pillar, pillars in name order."""
    counts: dict[str, dict[Status, int]] = {}
    for r in rows:
        pillar = r.target.pillar or UNASSIGNED_PILLAR
        per = counts.setdefault(pillar, {s: 0 for s in Status})
        per[r.status] += 1
    return [
        PillarSummary(p, tuple(counts[p].items()), sum(counts[p].values()))
        for p in sorted(counts)
    ]
