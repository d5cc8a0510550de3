"""Roll-ups of commune values to provinces, by each indicator's aggregation rule.

Two stages so that the store may do the heavy part in SQL:

1. per (indicator, province, year), sum what is additive (:class:`CommuneSums`),
   either here in one streaming pass (:class:`CommuneAccumulator`) or in the
   store with a ``GROUP BY`` that returns the same columns;
2. turn those sums into province values (:func:`rollup_sums`).

Rules: ``ratio`` is Σ numerators / Σ denominators × 100, never the mean of the
communes' percentages; ``sum`` adds values; ``mean`` averages them; ``none``
means the indicator cannot be rolled up. A row that a rule cannot use (a bare
percentage for a ratio indicator, a bare fraction for a sum) is counted as not
aggregable instead of being silently folded in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from muctieu.errors import MuctieuError
from muctieu.evaluate.rows import AGGREGATIONS, Aggregation, ObservationRow

GroupKey = tuple[str, str, int]  # (indicator_id, province, year)


@dataclass(slots=True)
class CommuneSums:
    """Additive totals of the commune rows of one indicator, province and year.

    This is also the shape a store's ``GROUP BY indicator, province, year``
    should return: ``reported`` = distinct communes with a row, ``fractions`` =
    rows with numerator and denominator (summed in ``numerator`` and
    ``denominator``), ``values`` = rows with a value (summed in
    ``value_total``), ``value_only`` = rows with a value but no fraction.
    In portable SQL (SQLite and PostgreSQL), with ``f`` standing for
    ``numerator IS NOT NULL AND denominator IS NOT NULL``::

        SELECT indicator_id, province, year,
               COUNT(DISTINCT unit_code)                          AS reported,
               SUM(CASE WHEN f THEN 1 ELSE 0 END)                 AS fractions,
               COALESCE(SUM(CASE WHEN f THEN numerator END), 0)   AS numerator,
               COALESCE(SUM(CASE WHEN f THEN denominator END), 0) AS denominator,
               COUNT(value)                                       AS "values",
               COALESCE(SUM(value), 0)                            AS value_total,
               SUM(CASE WHEN value IS NOT NULL AND NOT f THEN 1 ELSE 0 END) AS value_only
        FROM observations WHERE level = 'commune'
        GROUP BY indicator_id, province, year
    """

    indicator_id: str
    province: str
    year: int
    reported: int = 0
    fractions: int = 0
    numerator: float = 0.0
    denominator: float = 0.0
    values: int = 0
    value_total: float = 0.0
    value_only: int = 0

    @property
    def key(self) -> GroupKey:
        return (self.indicator_id, self.province, self.year)

    def merge(self, other: CommuneSums) -> CommuneSums:
        """Totals of two disjoint sets of communes (e.g. two partitions)."""
        if other.key != self.key:
            raise ValueError(f"cannot merge {other.key} into {self.key}")
        return CommuneSums(
            self.indicator_id, self.province, self.year,
            self.reported + other.reported,
            self.fractions + other.fractions,
            self.numerator + other.numerator,
            self.denominator + other.denominator,
            self.values + other.values,
            self.value_total + other.value_total,
            self.value_only + other.value_only,
        )


@dataclass(frozen=True, slots=True)
class RollupRow:
    """A province value rolled up from its communes, with its coverage."""

    indicator_id: str
    province: str
    year: int
    aggregation: Aggregation
    value: float | None
    reported: int
    expected: int | None
    not_aggregable: int
    numerator: float | None = None
    denominator: float | None = None

    @property
    def coverage(self) -> float | None:
        """Share of the expected communes that reported (0–1), if known."""
        return self.reported / self.expected if self.expected else None

    def describe(self) -> tuple[str, str]:
        """Where the value comes from, in Vietnamese and English."""
        of = f"/{self.expected}" if self.expected else ""
        of_en = f" of {self.expected}" if self.expected else ""
        vi = f"tổng hợp từ {self.reported}{of} xã"
        en = f"rolled up from {self.reported}{of_en} communes"
        if self.not_aggregable:
            vi += f"; {self.not_aggregable} dòng không tổng hợp được"
            en += f"; {self.not_aggregable} rows not aggregable"
        return vi, en


class CommuneAccumulator:
    """Streaming sums of commune rows: memory grows with groups, not rows."""

    def __init__(self) -> None:
        self._sums: dict[GroupKey, CommuneSums] = {}
        self._seen: dict[GroupKey, set[str]] = {}

    def add(self, obs: ObservationRow) -> None:
        key = (obs.indicator_id, obs.province, obs.year)
        sums = self._sums.get(key)
        if sums is None:
            sums = self._sums[key] = CommuneSums(obs.indicator_id, obs.province, obs.year)
            self._seen[key] = set()
        seen = self._seen[key]
        if obs.unit_code in seen:
            raise MuctieuError(
                "xã này có hai dòng số liệu cho cùng chỉ tiêu và năm",
                "this commune has two rows for the same indicator and year",
                where=obs.where(),
            )
        seen.add(obs.unit_code)
        sums.reported += 1
        if obs.numerator is not None and obs.denominator is not None:
            sums.fractions += 1
            sums.numerator += obs.numerator
            sums.denominator += obs.denominator
            if obs.value is not None:
                sums.values += 1
                sums.value_total += obs.value
        elif obs.value is not None:
            sums.values += 1
            sums.value_total += obs.value
            sums.value_only += 1

    def sums(self) -> list[CommuneSums]:
        return [self._sums[k] for k in sorted(self._sums)]


def sum_communes(observations: Iterable[ObservationRow]) -> list[CommuneSums]:
    """Totals per (indicator, province, year) of the commune rows given."""
    acc = CommuneAccumulator()
    add = acc.add
    for obs in observations:
        if obs.level == "commune":
            add(obs)
    return acc.sums()


def rollup_sums(
    sums: Iterable[CommuneSums],
    aggregation: Mapping[str, Aggregation],
    expected: Mapping[str, int] | None = None,
) -> list[RollupRow]:
    """Province values from commune totals.

    `aggregation` maps indicator ids to their catalogue rule; `expected`
    maps provinces to how many communes should report (for coverage).
    """
    rows = []
    for s in sums:
        rule = aggregation.get(s.indicator_id)
        if rule not in AGGREGATIONS:
            raise MuctieuError(
                f"chỉ tiêu '{s.indicator_id}' không có quy tắc tổng hợp trong danh mục",
                f"indicator '{s.indicator_id}' has no aggregation rule in the catalogue",
                where="rollup",
            )
        rows.append(_rollup_one(s, rule, expected.get(s.province) if expected else None))  # type: ignore[arg-type]
    rows.sort(key=lambda r: (r.indicator_id, r.province, r.year))
    return rows


def _rollup_one(s: CommuneSums, rule: Aggregation, expected: int | None) -> RollupRow:
    if rule == "ratio":
        value = 100.0 * s.numerator / s.denominator if s.denominator > 0 else None
        return RollupRow(s.indicator_id, s.province, s.year, rule, value, s.reported, expected,
                         s.value_only, s.numerator, s.denominator)
    if rule == "none":
        return RollupRow(s.indicator_id, s.province, s.year, rule, None, s.reported, expected,
                         s.reported)
    value = None
    if s.values:
        value = s.value_total if rule == "sum" else s.value_total / s.values
    return RollupRow(s.indicator_id, s.province, s.year, rule, value, s.reported, expected,
                     s.reported - s.values)
