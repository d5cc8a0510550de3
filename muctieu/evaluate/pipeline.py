"""Whole evaluation: observations → province series → a status per target.

A province's own value for a year wins over one rolled up from its communes
(it is the official figure); the roll-up fills the years the province did not
report. Targets are matched to values by indicator and *current* province, so
a target of a province merged in 2025 is evaluated on the merged province's
values while keeping its original name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping

from muctieu.errors import MuctieuError
from muctieu.evaluate.attainment import Point, TargetStatus, evaluate_target
from muctieu.evaluate.rollup import (
    CommuneAccumulator,
    CommuneSums,
    RollupRow,
    rollup_sums,
)
from muctieu.evaluate.rows import Aggregation, ObservationRow, TargetRow

SeriesKey = tuple[str, str]  # (indicator_id, province)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Statuses in target order, and the roll-ups they drew on."""

    statuses: tuple[TargetStatus, ...]
    rollups: tuple[RollupRow, ...]


def evaluate_all(
    targets: Iterable[TargetRow],
    observations: Iterable[ObservationRow],
    aggregation: Mapping[str, Aggregation],
    *,
    expected_communes: Mapping[str, int] | None = None,
    as_of: int | None = None,
) -> Evaluation:
    """Evaluate every target; `observations` is read once, as a stream."""
    acc = CommuneAccumulator()
    add = acc.add
    provincial: list[ObservationRow] = []
    for obs in observations:
        if obs.level == "commune":
            add(obs)
        else:
            provincial.append(obs)
    return evaluate_from_sums(
        targets, provincial, acc.sums(), aggregation,
        expected_communes=expected_communes, as_of=as_of,
    )


def evaluate_from_sums(
    targets: Iterable[TargetRow],
    provincial: Iterable[ObservationRow],
    sums: Iterable[CommuneSums],
    aggregation: Mapping[str, Aggregation],
    *,
    expected_communes: Mapping[str, int] | None = None,
    as_of: int | None = None,
) -> Evaluation:
    """Evaluate from province rows and commune totals a store has grouped."""
    series, rollups = value_series(provincial, sums, aggregation, expected_communes)
    return Evaluation(evaluate_on_series(targets, series, as_of=as_of), rollups)


def value_series(
    provincial: Iterable[ObservationRow],
    sums: Iterable[CommuneSums],
    aggregation: Mapping[str, Aggregation],
    expected_communes: Mapping[str, int] | None = None,
) -> tuple[dict[SeriesKey, list[Point]], tuple[RollupRow, ...]]:
    """Yearly points per (indicator, province), and the roll-ups behind them."""
    rollups = tuple(rollup_sums(sums, aggregation, expected_communes))
    return province_series(provincial, rollups), rollups


def evaluate_on_series(
    targets: Iterable[TargetRow], series: Mapping[SeriesKey, list[Point]], *, as_of: int | None = None,
) -> tuple[TargetStatus, ...]:
    """A status per target from the yearly points of its indicator and province."""
    return tuple(
        evaluate_target(t, series.get((t.indicator_id, t.province), ()), as_of=as_of)
        for t in targets
    )


def province_series(
    provincial: Iterable[ObservationRow], rollups: Iterable[RollupRow]
) -> dict[SeriesKey, list[Point]]:
    """Yearly points per (indicator, province): own values first, roll-ups fill in."""
    own: dict[SeriesKey, dict[int, Point]] = defaultdict(dict)
    for obs in provincial:
        if obs.level != "province":
            continue
        value = obs.resolved_value()
        if value is None:
            continue
        years = own[(obs.indicator_id, obs.province)]
        seen = years.get(obs.year)
        if seen is not None and seen.value != value:
            raise MuctieuError(
                f"tỉnh có hai giá trị khác nhau: {seen.value} và {value}",
                f"the province has two different values: {seen.value} and {value}",
                where=obs.where(),
            )
        years[obs.year] = Point(obs.year, value, obs.source or obs.unit_name)
    for r in rollups:
        if r.value is None:
            continue
        years = own[(r.indicator_id, r.province)]
        if r.year not in years:
            vi, en = r.describe()
            years[r.year] = Point(r.year, r.value, f"{vi} / {en}")
    return {k: [v[y] for y in sorted(v)] for k, v in own.items()}
