"""What the overview and comparison pages show, computed from the store.

Evaluation is computed from the store and memoised per *data version*
(`store.read.data_version`, the revision counters every audited write
raises): every request asks the store for the version first, so a write
made through any worker is seen by all of them on their next request — the
memo never stands in for the store.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from datetime import date
from threading import Lock

from sqlalchemy import Engine, select

from muctieu.catalog.names import fold
from muctieu.catalog.units import Province, current_provinces
from muctieu.evaluate.attainment import Point, TargetStatus
from muctieu.evaluate.categories import Status
from muctieu.evaluate.from_store import Inputs, catalogue_reference, store_inputs, store_values
from muctieu.evaluate.pipeline import evaluate_on_series, value_series
from muctieu.store.models import Target
from muctieu.store.read import data_version

GOOD = (Status.MET, Status.ON_TRACK)


@dataclass(frozen=True, slots=True)
class Evaluated:
    """Statuses of the stored targets and every province's yearly values."""

    statuses: tuple[TargetStatus, ...]
    series: dict[tuple[str, str], list[Point]]  # (indicator id, province name) → points
    inputs: Inputs


class _Memo:
    """A few recent results by key, oldest dropped first (thread-safe)."""

    def __init__(self, size: int) -> None:
        self._items: OrderedDict[tuple[object, ...], object] = OrderedDict()
        self._size, self._lock = size, Lock()

    def get(self, key: tuple[object, ...]) -> object | None:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
            return None

    def put(self, key: tuple[object, ...], value: object) -> None:
        with self._lock:
            self._items[key] = value
            while len(self._items) > self._size:
                self._items.popitem(last=False)


_RESULTS = _Memo(16)  # by the version of all data
_VALUES = _Memo(8)  # by the version of the observations only: reviews keep them


def evaluated(engine: Engine, *, province: str | None = None, year: int | None = None) -> Evaluated:
    """The evaluation of the stored targets (one province, one deadline year).

    The values and their roll-ups (the costly part) are kept while no
    observation changes; targets are read again after any change, so a review
    shows at once without grouping a million commune rows again.
    """
    as_of = date.today().year
    url = str(engine.url)
    key = (url, data_version(engine), province, year, as_of)
    found = _RESULTS.get(key)
    if isinstance(found, Evaluated):
        return found
    ref = catalogue_reference()
    values_key = (url, data_version(engine, "observations"), province)
    kept = _VALUES.get(values_key)
    if kept is None:
        values = store_values(engine, province=province, reference=ref)
        series, _ = value_series(values.provincial, values.commune_sums, ref.aggregation,
                                 ref.expected_communes)
        kept = (values, series)
        _VALUES.put(values_key, kept)
    values, series = kept  # type: ignore[misc]
    inputs = store_inputs(engine, province=province, year=year, reference=ref, values=values)
    out = Evaluated(evaluate_on_series(inputs.targets, series, as_of=as_of), series, inputs)
    _RESULTS.put(key, out)
    return out


@dataclass(slots=True)
class ProvinceScore:
    """One province's targets on the overview: counts by status and the share met."""

    province: Province
    counts: Counter[Status] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def with_data(self) -> int:
        return self.total - self.counts[Status.NO_DATA]

    @property
    def good(self) -> int:
        return sum(self.counts[s] for s in GOOD)

    @property
    def share(self) -> float | None:
        """Met or on track, in percent of the targets that have values."""
        return 100.0 * self.good / self.with_data if self.with_data else None


def province_scores(statuses: tuple[TargetStatus, ...],
                    visible: frozenset[str] | None) -> list[ProvinceScore]:
    """Every visible current province, best share first (no data last)."""
    scores = {p.name: ProvinceScore(p) for p in current_provinces()
              if visible is None or p.code in visible}
    for s in statuses:
        if s.target.province in scores:
            scores[s.target.province].counts[s.status] += 1
    return sorted(scores.values(),
                  key=lambda x: (x.share is None, -(x.share or 0), -x.total, fold(x.province.name)))


def status_counts(scores: list[ProvinceScore]) -> dict[Status, int]:
    total: Counter[Status] = Counter()
    for sc in scores:
        total.update(sc.counts)
    return {s: total[s] for s in Status}


def latest_values(series: dict[tuple[str, str], list[Point]], indicator_id: str,
                  year: int | None = None) -> dict[str, Point]:
    """Province name → its latest value of the indicator (up to `year`)."""
    out: dict[str, Point] = {}
    for (ind, province), points in series.items():
        if ind != indicator_id:
            continue
        on_time = [p for p in points if year is None or p.year <= year]
        if on_time:
            out[province] = on_time[-1]
    return out


def target_years(engine: Engine) -> list[int]:
    """Deadline years of the stored targets, for the year selectors."""
    q = select(Target.year).distinct().where(Target.kind == "target", Target.year.is_not(None))
    with engine.connect() as conn:
        return sorted(y for (y,) in conn.execute(q))


def indicator_ids_with_values(series: dict[tuple[str, str], list[Point]]) -> list[str]:
    return sorted({ind for ind, _ in series if "@" not in ind})
