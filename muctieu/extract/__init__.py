"""Extraction: Vietnamese plan text → grounded `TargetRecord`s."""

from __future__ import annotations

from muctieu.extract import grammar
from muctieu.extract.reading import Reading
from muctieu.extract.records import TargetRecord

GRAMMAR_WHY = "quy tắc ngữ pháp / grammar rule"


def extract_records(text: str, *, plan_year: int | None = None, decide: bool = False) -> list[TargetRecord]:
    """Every quantified target and result in `text`, in text order.

    `decide`: let the learned decision step (`decide.py`) weigh every number
    (an experiment, off by default until it measures better on unseen text)."""
    if not decide:
        return grammar.extract_records(text, plan_year=plan_year)
    from muctieu.extract.decide import decide as run

    reading = Reading(text)  # the grammar's lines, sentences and quantities, reused by the decision step
    records = grammar.extract_records(text, plan_year=plan_year, reading=reading)
    return [d.record for d in run(text, plan_year, records, reading=reading)]


def explain_records(text: str, *, plan_year: int | None = None, decide: bool = False) -> list[tuple[TargetRecord, str]]:
    """The records with why each stands: the grammar's rule, or the model's
    probability and strongest features."""
    reading = Reading(text)
    records = grammar.extract_records(text, plan_year=plan_year, reading=reading)
    if not decide:
        return [(r, GRAMMAR_WHY) for r in records]
    from muctieu.extract.decide import decide as run

    return [(d.record, d.explain()) for d in run(text, plan_year, records, reading=reading)]


__all__ = ["explain_records", "extract_records"]
