"""Reading the store as plain rows, for evaluation, reports and templates."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Select, func, select, union_all
from sqlalchemy.orm import Session

from muctieu.store.models import Document, DocumentFile, Observation, Target
from muctieu.store.revisions import (
    ACCOUNT_TABLES, KeptPerStore, changed_here, read_revisions, read_revisions_on,
)


@dataclass(frozen=True, slots=True)
class TargetRow:
    id: int
    document_id: int
    source: str
    province: str | None  # as named in the document
    province_current: str | None
    province_code: str | None
    plan_number: str | None
    issued: date | None
    plan_year: int | None
    kind: str
    indicator: str
    indicator_id: str | None
    indicator_score: float | None
    pillar: str | None
    scope: str | None
    op: str
    value: float
    value_max: float | None
    unit: str
    unit_text: str | None
    year: int | None
    place: str | None  # another province the value belongs to (not the document's)
    review_state: str
    start: int
    end: int
    anchor: int  # the first digit of the quantity


@dataclass(frozen=True, slots=True)
class ObservationRow:
    id: int
    indicator_id: str
    unit_level: str
    unit_code: str
    unit_name: str
    province_code: str
    year: int
    quarter: int | None
    month: int | None
    period: str
    value: float | None
    numerator: float | None
    denominator: float | None
    source_kind: str
    document_id: int | None
    source_file: str | None
    source_row: int | None
    span_start: int | None
    span_end: int | None
    submitted_by: str


TARGET_DOCUMENT_FIELDS = ("source", "province", "province_current", "province_code",
                      "plan_number", "issued", "plan_year")


def read_targets(
    engine: Engine,
    *,
    province_code: str | None = None,
    plan_year: int | None = None,
    document_id: int | None = None,
    target_id: int | None = None,
    include_rejected: bool = False,
) -> list[TargetRow]:
    """Targets and results with their document's province and year, in text order."""
    target_cols = [getattr(Target, f) for f in TargetRow.__slots__ if f not in TARGET_DOCUMENT_FIELDS]
    doc_cols = [getattr(Document, f) for f in TARGET_DOCUMENT_FIELDS]
    q = select(*target_cols, *doc_cols).join(Document).order_by(Document.id, Target.start)
    if province_code is not None:
        q = q.where(Document.province_code == province_code)
    if plan_year is not None:
        q = q.where(Document.plan_year == plan_year)
    if document_id is not None:
        q = q.where(Target.document_id == document_id)
    if target_id is not None:
        q = q.where(Target.id == target_id)
    if not include_rejected:
        q = q.where(Target.review_state != "rejected")
    with engine.connect() as conn:
        return [TargetRow(**row._asdict()) for row in conn.execute(q)]


def read_target(engine: Engine, target_id: int) -> TargetRow | None:
    """One record (whatever its review state), or None."""
    rows = read_targets(engine, target_id=target_id, include_rejected=True)
    return rows[0] if rows else None


def _observation_query(indicator_id: str | None, province_code: str | None,
                       year: int | None) -> Select[Any]:
    q = select(*(getattr(Observation, f) for f in ObservationRow.__slots__)).order_by(
        Observation.indicator_id, Observation.unit_level, Observation.unit_code,
        Observation.period,
    )
    for column, wanted in ((Observation.indicator_id, indicator_id),
                           (Observation.province_code, province_code), (Observation.year, year)):
        if wanted is not None:
            q = q.where(column == wanted)
    return q


def read_observations(
    engine: Engine,
    *,
    indicator_id: str | None = None,
    province_code: str | None = None,
    year: int | None = None,
) -> list[ObservationRow]:
    """Observations (province and commune level), ordered by indicator, unit, period."""
    with engine.connect() as conn:
        return [ObservationRow(**row._asdict())
                for row in conn.execute(_observation_query(indicator_id, province_code, year))]


def iter_observations(engine: Engine, province_codes: Collection[str], *,
                      batch: int = 10_000) -> Iterator[ObservationRow]:
    """The observations of some provinces in storage order, fetched in batches:
    a million commune rows are read in one pass and never sit in memory at once."""
    q = (select(*(getattr(Observation, f) for f in ObservationRow.__slots__))
         .where(Observation.province_code.in_(sorted(province_codes))).order_by(Observation.id))
    with engine.connect() as conn:
        for row in conn.execution_options(yield_per=batch).execute(q):
            yield ObservationRow(*row)  # columns in field order (see the select)


def count_observations(engine: Engine, province_codes: Collection[str]) -> int:
    q = (select(func.count()).select_from(Observation)
         .where(Observation.province_code.in_(sorted(province_codes))))
    with engine.connect() as conn:
        return int(conn.execute(q).scalar_one())


PLAN_TABLES = ("documents", "targets")
_PLAN_YEARS: KeptPerStore[dict[str, tuple[int, int]]] = KeptPerStore(PLAN_TABLES)


def plan_years(conn: Connection) -> dict[str, tuple[int, int]]:
    """For each province with a stored plan, the first and last year it speaks of.

    Every figure batch asks (the years a figure may have), and plans change
    seldom: the answer is kept under the revision counters of documents and
    targets, read first in `conn`'s transaction; not when this transaction
    itself changed plans (its counters move only at its commit).
    """
    if changed_here(conn) & set(PLAN_TABLES):
        return _plan_years(conn)
    return dict(_PLAN_YEARS.get(conn.engine.pool, read_revisions_on(conn),
                                lambda: _plan_years(conn)))


def _plan_years(conn: Connection) -> dict[str, tuple[int, int]]:
    years = union_all(
        select(Document.province_code.label("p"), Document.plan_year.label("y")),
        select(Document.province_code, Target.year).join(Target),
    ).subquery()
    q = (select(years.c.p, func.min(years.c.y), func.max(years.c.y))
         .where(years.c.p.is_not(None), years.c.y.is_not(None)).group_by(years.c.p))
    return {p: (lo, hi) for p, lo, hi in conn.execute(q)}


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A stored document's stated fields, without its text."""

    id: int
    source: str
    sha256: str
    format: str
    province: str | None  # as named in the document
    province_current: str | None
    province_code: str | None
    plan_number: str | None
    issued: date | None
    plan_year: int | None
    title: str | None
    ingested_at: datetime
    ingested_by: str


def read_documents(engine: Engine, *, province_code: str | None = None,
                   ids: list[int] | None = None) -> list[DocumentRow]:
    """Stored documents (without their text), newest plan first."""
    q = select(*(getattr(Document, f) for f in DocumentRow.__slots__)).order_by(
        Document.plan_year.desc().nulls_last(), Document.id.desc())
    if province_code is not None:
        q = q.where(Document.province_code == province_code)
    if ids is not None:
        q = q.where(Document.id.in_(ids))
    with engine.connect() as conn:
        return [DocumentRow(**row._asdict()) for row in conn.execute(q)]


def read_document_text(engine: Engine, document_id: int) -> tuple[DocumentRow, str] | None:
    """A document and its text (spans index into it), or None."""
    docs = read_documents(engine, ids=[document_id])
    if not docs:
        return None
    with engine.connect() as conn:
        text = conn.scalar(select(Document.text).where(Document.id == document_id))
    return docs[0], text or ""


def read_original(engine: Engine, document_id: int) -> DocumentFile | None:
    """The file as it was uploaded or ingested, if kept."""
    with Session(engine) as session:
        row = session.get(DocumentFile, document_id)
        if row is not None:
            session.expunge(row)
        return row


def data_version(engine: Engine, table: str | None = None) -> int:
    """A number that grows with every committed change to the stored data (of `table`).

    The sum of the revision counters (store/revisions.py) of the data's
    tables, or of `table`; readers can keep a result computed for one
    version and recompute when it moves. Log-ins and account changes do
    not move it.
    """
    counters = read_revisions(engine)
    if table is not None:
        return counters.get(table, 0)
    return sum(n for t, n in counters.items() if t not in ACCOUNT_TABLES)


def span_texts(engine: Engine, spans: list[tuple[int, int, int]]) -> dict[tuple[int, int, int], str]:
    """The text of each (document id, start, end) span, as quoted in reports."""
    ids = sorted({d for d, _, _ in spans})
    if not ids:
        return {}
    with engine.connect() as conn:
        texts = {i: t for i, t in conn.execute(select(Document.id, Document.text).where(Document.id.in_(ids)))}
    return {(d, a, b): texts[d][a:b] for d, a, b in spans if d in texts}
