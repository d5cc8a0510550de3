"""What the store holds, as evaluation inputs.

Targets become `TargetRow`s under today's province, with the plan's own
stated result for an earlier year as baseline; province observations are
read as rows; commune observations are summed by the database (GROUP BY),
so a million rows never cross into Python one by one. Evaluation is yearly:
quarterly and monthly values are left to reports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from typing import Any

from sqlalchemy import Engine, Select, bindparam, case, func, literal, select

from muctieu.catalog.indicators import catalogue
from muctieu.catalog.units import current_provinces
from muctieu.evaluate.pipeline import Evaluation, evaluate_from_sums
from muctieu.evaluate.rollup import CommuneSums
from muctieu.evaluate.rows import Aggregation, Direction, ObservationRow, TargetRow
from muctieu.store.models import Observation
from muctieu.store.read import TargetRow as StoredTarget
from muctieu.store.read import PLAN_TABLES, read_targets
from muctieu.store.revisions import KeptPerStore, read_revisions


@dataclass(frozen=True, slots=True)
class Reference:
    """What evaluation needs to know of indicators and units."""

    aggregation: Mapping[str, Aggregation]  # indicator id → roll-up rule
    direction: Mapping[str, Direction]  # indicator id → "higher" | "lower"
    province_names: Mapping[str, str]  # province code → current name
    expected_communes: Mapping[str, int]  # current province name → communes


def catalogue_reference() -> Reference:
    """The reference from the indicator catalogue and today's 34 provinces."""
    cat = catalogue()
    provinces = current_provinces()
    return Reference(
        aggregation={i.id: i.aggregation for i in cat},
        direction={i.id: i.direction for i in cat},
        province_names={p.code: p.name for p in provinces},
        expected_communes={p.name: len(p.communes) for p in provinces},
    )


@dataclass(frozen=True, slots=True)
class Inputs:
    targets: list[TargetRow]
    provincial: list[ObservationRow]
    commune_sums: list[CommuneSums]
    aggregation: dict[str, Aggregation]
    expected_communes: dict[str, int]
    unmatched: int  # targets without a catalogue indicator: not evaluated


def _baselines(stored: list[StoredTarget]) -> dict[tuple[int, str, str | None], list[StoredTarget]]:
    """A document's stated results, by (document, indicator, scope)."""
    out: dict[tuple[int, str, str | None], list[StoredTarget]] = {}
    for t in stored:
        if t.kind == "result" and t.indicator_id and t.year and not t.place:
            out.setdefault((t.document_id, t.indicator_id, t.scope), []).append(t)
    return out


def _target_row(t: StoredTarget, results: list[StoredTarget], direction: Direction) -> TargetRow:
    earlier = [r for r in results if r.year and t.year and r.year < t.year]
    base = max(earlier, key=lambda r: (r.year, r.start)) if earlier else None
    current = t.province_current or t.province or "?"
    return TargetRow(
        id=t.id,
        province=current,
        province_original=t.province or current,
        # A level's target ("cấp xã") is not judged on the province's values.
        indicator_id=t.indicator_id if not t.scope else f"{t.indicator_id}@{t.scope}",  # type: ignore[arg-type]
        indicator=t.indicator,
        pillar=t.pillar,
        scope=t.scope,
        op=t.op,  # type: ignore[arg-type]
        value=t.value,
        value_max=t.value_max,
        unit=t.unit,  # type: ignore[arg-type]
        year=t.year,  # type: ignore[arg-type]
        plan_year=t.plan_year,
        direction=direction,
        source=f"{t.source} [{t.start}:{t.end}]",
        baseline_value=base.value if base else None,
        baseline_year=base.year if base else None,
        baseline_source=f"{base.source} [{base.start}:{base.end}]" if base else None,
    )


def _annual(q: Select[Any]) -> Select[Any]:
    """Yearly values only: quarterly and monthly ones are left to reports."""
    return q.where(Observation.quarter.is_(None), Observation.month.is_(None))


@lru_cache(maxsize=None)  # with and without one province: built once, values bound
def _provincial_query(one_province: bool) -> Select[Any]:
    q = _annual(select(
        Observation.indicator_id, Observation.unit_code, Observation.unit_name,
        Observation.province_code, Observation.year, Observation.value,
        Observation.numerator, Observation.denominator, Observation.source_file,
    # In the SQL text, not a parameter: a prepared statement's plan may then use the
    # partial index of province-level rows (store/models.py).
    ).where(Observation.unit_level == literal("province", literal_execute=True)))
    return q.where(Observation.province_code == bindparam("code")) if one_province else q


def _provincial(engine: Engine, names: Mapping[str, str], ids: Mapping[str, object],
                code: str | None = None) -> list[ObservationRow]:
    with engine.connect() as conn:
        return [
            ObservationRow(ind, "province", code, uname, names.get(pcode, pcode), year,
                           value, num, den, src or "")
            for ind, code, uname, pcode, year, value, num, den, src
            in conn.execute(_provincial_query(code is not None), {"code": code})
            if ind in ids
        ]


@lru_cache(maxsize=None)
def _commune_sums_query(one_province: bool) -> Select[Any]:
    o = Observation
    frac = (o.numerator.is_not(None)) & (o.denominator.is_not(None))
    q = _annual(select(
        o.indicator_id, o.province_code, o.year,
        func.count(func.distinct(o.unit_code)),
        func.sum(case((frac, 1), else_=0)),
        func.coalesce(func.sum(case((frac, o.numerator))), 0),
        func.coalesce(func.sum(case((frac, o.denominator))), 0),
        func.count(o.value),
        func.coalesce(func.sum(o.value), 0),
        func.sum(case((o.value.is_not(None) & ~frac, 1), else_=0)),
    ).where(o.unit_level == "commune"))
    if one_province:  # one province: only its rows are grouped
        q = q.where(o.province_code == bindparam("code"))
    return q.group_by(o.indicator_id, o.province_code, o.year)


def _commune_sums(engine: Engine, names: Mapping[str, str], ids: Mapping[str, object],
                  code: str | None = None) -> list[CommuneSums]:
    with engine.connect() as conn:
        return [
            CommuneSums(ind, names.get(p, p), y, int(r), int(f), float(n), float(d), int(v), float(vt), int(vo))
            for ind, p, y, r, f, n, d, v, vt, vo
            in conn.execute(_commune_sums_query(code is not None), {"code": code})
            if ind in ids
        ]


@dataclass(frozen=True, slots=True)
class Values:
    """The store's yearly values: province rows and commune totals."""

    provincial: list[ObservationRow]
    commune_sums: list[CommuneSums]


def province_code_of(ref: Reference, province: str | None) -> str | None:
    return next((c for c, n in ref.province_names.items() if n == province), None) if province else None


def store_values(engine: Engine, *, province: str | None = None,
                 reference: Reference | None = None) -> Values:
    """The values evaluation draws on (one province's only, when given)."""
    ref = reference or catalogue_reference()
    code = province_code_of(ref, province)
    return Values(_provincial(engine, ref.province_names, ref.aggregation, code),
                  _commune_sums(engine, ref.province_names, ref.aggregation, code))


# Targets change seldom (plans, reviews) and figures often: the targets are kept
# while their counters stand, so a new figure costs only the values read again.
_TARGETS: KeptPerStore[list[StoredTarget]] = KeptPerStore(PLAN_TABLES)


def stored_targets(engine: Engine) -> list[StoredTarget]:
    """`read_targets(engine)`, kept while no document or target changes (do not modify)."""
    return _TARGETS.get(engine.pool, read_revisions(engine), lambda: read_targets(engine))


def store_inputs(
    engine: Engine, *, province: str | None = None, year: int | None = None,
    reference: Reference | None = None, values: Values | None = None,
    provinces: frozenset[str] | None = None,
) -> Inputs:
    """Everything `evaluate_from_sums` needs, for one province (current name)
    and deadline year when given; `values` (from `store_values` for the same
    province) saves reading them again; `provinces` (current names) limits the
    targets to those a reader may see."""
    ref = reference or catalogue_reference()
    stored = stored_targets(engine)
    results = _baselines(stored)
    rows: list[TargetRow] = []
    unmatched = 0
    for t in stored:
        if t.kind != "target" or t.year is None or t.place:
            continue  # (a target another province set, named in this document, is not its province's)
        current = t.province_current or t.province
        if (province and current != province) or (provinces is not None
                                                  and current not in provinces):
            continue
        if year and t.year != year:
            continue
        if not t.indicator_id or t.indicator_id not in ref.aggregation:
            unmatched += 1
            continue
        rows.append(_target_row(t, results.get((t.document_id, t.indicator_id, t.scope), []),
                                ref.direction.get(t.indicator_id, "higher")))
    # One province's targets need only that province's values.
    values = values or store_values(engine, province=province, reference=ref)
    return Inputs(
        targets=rows,
        provincial=values.provincial,
        commune_sums=values.commune_sums,
        aggregation=dict(ref.aggregation),
        expected_communes=dict(ref.expected_communes),
        unmatched=unmatched,
    )


def evaluate_store(
    engine: Engine, *, province: str | None = None, year: int | None = None,
    as_of: int | None = None, reference: Reference | None = None,
    provinces: frozenset[str] | None = None,
) -> tuple[Inputs, Evaluation]:
    """Evaluate the stored targets (see `pipeline.evaluate_from_sums`)."""
    inputs = store_inputs(engine, province=province, year=year, reference=reference,
                          provinces=provinces)
    return inputs, evaluate_from_sums(
        inputs.targets, inputs.provincial, inputs.commune_sums, inputs.aggregation,
        expected_communes=inputs.expected_communes, as_of=as_of,
    )
