from __future__ import annotations

from muctieu.extract import extract_records
from muctieu.extract.records import TargetRecord


def read(text: str, plan_year: int | None = 2024) -> list[TargetRecord]:
    return extract_records(text, plan_year=plan_year)


def brief(r: TargetRecord) -> tuple:
    return (r.kind, r.op, r.value, r.value_max, r.unit, r.scope, r.year)
