"""Attainment status of one target from the values observed for it.

The progress measure itself lives in :mod:`muctieu.evaluate.progress`; this
module decides which values it is applied to (baseline, latest, the bound of
the target), whether the target is met or its deadline missed, and keeps every
input so that an officer can redo the calculation by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from muctieu.errors import MuctieuError
from muctieu.evaluate.categories import Status
from muctieu.evaluate.progress import (
    classify_ratio,
    growth_rate,
    nonzero,
    observed_growth,
    progress_ratio,
    same_sign,
)
from muctieu.evaluate.rows import TargetRow


@dataclass(frozen=True, slots=True)
class Point:
    """A value of an indicator for one province and year, with its origin."""

    year: int
    value: float
    source: str


@dataclass(frozen=True, slots=True)
class TargetStatus:
    """A target's status together with everything it was computed from.

    `target_value` is the bound the rates aim at (the low or high end of a
    range, whichever lies the desired way); `direction` is +1 when higher is
    better, -1 when lower is better. Rates are per year, as fractions
    (0.1475 is 14.75% a year). `gap` is what is still missing in the desired
    direction, in the target's unit (0 once met). `zero_replaced` says that a
    zero base or target was replaced by 0.001, as the method prescribes.
    """

    target: TargetRow
    status: Status
    baseline: Point | None
    latest: Point | None
    target_value: float
    direction: int
    observed_rate: float | None = None
    required_rate: float | None = None
    ratio: float | None = None
    gap: float | None = None
    zero_replaced: bool = False
    note_vi: str | None = None
    note_en: str | None = None

    @property
    def note(self) -> str | None:
        return f"{self.note_vi} / {self.note_en}" if self.note_vi else None


def evaluate_target(
    target: TargetRow, points: Iterable[Point], *, as_of: int | None = None
) -> TargetStatus:
    """Status of `target` given the values of its indicator in its province.

    Baseline: the plan's stated result if it has one, else the earliest value.
    Latest: the most recent value up to the deadline; values measured after the
    deadline do not make a target met late, but they show the deadline has
    passed. `as_of` (a year) marks the deadline as passed when that year is
    later than it, even before any value for it arrives.
    """
    by_year = _by_year(target, points)
    on_time = [p for y, p in sorted(by_year.items()) if y <= target.year]
    measured = set(by_year)
    if target.baseline_year is not None:
        measured.add(target.baseline_year)
    deadline_passed = (bool(measured) and max(measured) >= target.year) or (
        as_of is not None and as_of > target.year
    )

    baseline = _baseline(target, on_time)
    latest = on_time[-1] if on_time else None
    if baseline is not None and target.baseline_year is not None and baseline.year <= target.year:
        if latest is None or baseline.year > latest.year:
            latest = baseline
    direction, bound = _aim(target, baseline, latest)

    if latest is None:
        note = (
            ("chỉ có số liệu sau thời hạn", "only values measured after the deadline")
            if by_year
            else ("chưa có số liệu nào", "no value observed yet")
        )
        return TargetStatus(target, Status.NO_DATA, baseline, None, bound, direction,
                            note_vi=note[0], note_en=note[1])

    met = _meets(target, direction, latest.value)
    gap = 0.0 if met else float(direction * (bound - latest.value))
    observed, required, ratio, replaced = _rates(baseline, latest, bound, target.year, direction)
    if met or deadline_passed:
        status = Status.MET if met else Status.MISSED
        stale = not met and latest.year < target.year
        return TargetStatus(
            target, status, baseline, latest, bound, direction,
            observed, required, ratio, gap, replaced,
            note_vi=f"chưa có số liệu năm {target.year}, xét theo năm {latest.year}" if stale else None,
            note_en=f"no value for {target.year}, judged on {latest.year}" if stale else None,
        )
    if observed is None or required is None:
        vi, en = _why_no_rate(baseline, latest)
        return TargetStatus(target, Status.NO_DATA, baseline, latest, bound, direction,
                            gap=gap, note_vi=vi, note_en=en)
    if ratio is None:
        # Base value sits on the bound: any move the desired way is enough.
        sign = -1 if baseline.value < 0 else 1  # type: ignore[union-attr]
        moved = sign * direction * observed
        status = Status.ON_TRACK if moved > 0 else classify_ratio(moved)
    else:
        status = classify_ratio(ratio)
    return TargetStatus(target, status, baseline, latest, bound, direction,
                        observed, required, ratio, gap, replaced)


def _by_year(target: TargetRow, points: Iterable[Point]) -> dict[int, Point]:
    by_year: dict[int, Point] = {}
    for p in points:
        seen = by_year.get(p.year)
        if seen is not None and seen.value != p.value:
            raise MuctieuError(
                f"hai giá trị khác nhau cho năm {p.year}: {seen.value} và {p.value}",
                f"two different values for {p.year}: {seen.value} and {p.value}",
                where=f"{target.indicator_id} · {target.province}",
            )
        by_year[p.year] = p
    return by_year


def _baseline(target: TargetRow, on_time: list[Point]) -> Point | None:
    if target.baseline_value is not None and target.baseline_year is not None:
        source = target.baseline_source or target.source
        return Point(target.baseline_year, target.baseline_value, source)
    return on_time[0] if on_time else None


def _aim(target: TargetRow, baseline: Point | None, latest: Point | None) -> tuple[int, float]:
    """Desired direction (+1/-1) and the bound to reach, from the comparator."""
    if target.op in (">=", ">"):
        return 1, target.value
    if target.op in ("<=", "<"):
        return -1, target.value
    if target.op == "between":
        high = target.value_max if target.value_max is not None else target.value
        # Aim at the end of the range that lies ahead: judged from the
        # baseline when it is outside the range, else from the latest value.
        for p in (baseline, latest):
            if p is not None and p.value < target.value:
                return 1, target.value
            if p is not None and p.value > high:
                return -1, high
        return (1, target.value) if target.direction == "higher" else (-1, high)
    # '=' and '~' are read as reaching the value in the indicator's direction.
    return (1, target.value) if target.direction == "higher" else (-1, target.value)


def _meets(target: TargetRow, direction: int, v: float) -> bool:
    op, x = target.op, target.value
    if op == ">":
        return v > x
    if op == "<":
        return v < x
    if op == "between":
        return x <= v <= (target.value_max if target.value_max is not None else x)
    return v >= x if direction > 0 else v <= x


def _rates(
    baseline: Point | None, latest: Point, bound: float, deadline: int, direction: int
) -> tuple[float | None, float | None, float | None, bool]:
    """Observed and required rates and their ratio, where they are defined."""
    if baseline is None or latest.year <= baseline.year or deadline <= baseline.year:
        return None, None, None, False
    y0 = nonzero(baseline.value)
    if not (same_sign(y0, latest.value) and same_sign(y0, nonzero(bound))):
        return None, None, None, False
    replaced = baseline.value == 0 or bound == 0
    observed = observed_growth(baseline.value, baseline.year, latest.value, latest.year)
    required = growth_rate(y0, baseline.year, nonzero(bound), deadline)
    sign = -1 if y0 < 0 else 1
    return observed, required, progress_ratio(observed, required, direction, sign), replaced


def _why_no_rate(baseline: Point | None, latest: Point) -> tuple[str, str]:
    if baseline is None or latest.year <= baseline.year:
        return (
            "mới có một năm số liệu, chưa tính được tốc độ",
            "only one year of values, no rate can be computed",
        )
    return (
        "giá trị cơ sở và giá trị mới nhất trái dấu",
        "baseline and latest values have opposite signs",
    )
