"""Progress of an indicator that has values but no quantitative target.

Used where a province reports an indicator its plan set no number for; the
method, thresholds and natural-limit scaling are those of
:mod:`muctieu.evaluate.progress`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from muctieu.evaluate.attainment import Point
from muctieu.evaluate.categories import Status
from muctieu.evaluate.progress import (
    TREND_ACCELERATION,
    TREND_ON_TRACK,
    classify_trend,
    limit_coefficient,
    observed_growth,
    same_sign,
)
from muctieu.evaluate.rows import Direction
from muctieu.extract.records import Unit


@dataclass(frozen=True, slots=True)
class TrendStatus:
    """Category of a series without a target, with the figures behind it.

    `signed_rate` is the observed yearly growth, positive when moving the
    desired way; `coefficient` is the natural-limit factor C (1 when no
    limit applies) and the thresholds are already multiplied by it.
    """

    status: Status
    baseline: Point | None
    latest: Point | None
    signed_rate: float | None
    limit: float | None
    coefficient: float
    on_track_threshold: float
    acceleration_threshold: float


def natural_limit(unit: Unit, direction: Direction) -> float | None:
    """The limit that bounds progress in the desired direction, if any.

    A share cannot exceed 100%; a place in a ranking cannot be better than 1.
    A lower bound of 0 for a falling share needs no entry: C is 1 there.
    """
    if unit == "%" and direction == "higher":
        return 100.0
    if unit == "rank" and direction == "lower":
        return 1.0
    return None


def trend_status(
    points: Iterable[Point], unit: Unit, direction: Direction, limit: float | None = None
) -> TrendStatus:
    """Classify the growth from the earliest to the latest point.

    `limit` overrides :func:`natural_limit` for the unit and direction.
    """
    series = sorted(points, key=lambda p: p.year)
    if limit is None:
        limit = natural_limit(unit, direction)
    first = series[0] if series else None
    last = series[-1] if series else None
    if first is None or last is None or last.year <= first.year or not same_sign(first.value, last.value):
        return TrendStatus(Status.NO_DATA, first, last, None, limit, 1.0,
                           TREND_ON_TRACK, TREND_ACCELERATION)
    coefficient = 1.0 if limit is None else limit_coefficient(first.value, limit)
    sign = -1 if first.value < 0 else 1
    d = 1 if direction == "higher" else -1
    rate = sign * d * observed_growth(first.value, first.year, last.value, last.year)
    return TrendStatus(
        classify_trend(rate, coefficient), first, last, rate, limit, coefficient,
        TREND_ON_TRACK * coefficient, TREND_ACCELERATION * coefficient,
    )
