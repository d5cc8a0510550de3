"""The target/result grammar (work in progress: replaced in the next commit)."""

from __future__ import annotations

from muctieu.extract.records import TargetRecord


def extract_records(text: str, *, plan_year: int | None = None) -> list[TargetRecord]:
    raise NotImplementedError
