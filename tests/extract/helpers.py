from __future__ import annotations

from muctieu.extract import extract_records
from muctieu.extract.records import TargetRecord


def read(text: str, plan_year: int | None = 2024) -> list[TargetRecord]:
    return extract_records(text, plan_year=plan_year)


def only(text: str, plan_year: int | None = 2024) -> TargetRecord:
    """The one record a sentence gives; fails naming what was read when there are more or none."""
    recs = read(text, plan_year)
    assert len(recs) == 1, [(r.indicator, r.value) for r in recs]
    return recs[0]


def brief(r: TargetRecord) -> tuple:
    return (r.kind, r.op, r.value, r.value_max, r.unit, r.scope, r.year)
