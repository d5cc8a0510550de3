"""Paged, filtered reads for the HTTP API, in a stable order (by id).

`provinces` limits rows to the provinces a reader may see (None: all);
every filter is a bound parameter, never text pasted into SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Engine, Select, func, select

from muctieu.store.models import AuditEntry, Document, Observation, Target
from muctieu.store.read import TARGET_DOCUMENT_FIELDS, ObservationRow, TargetRow

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    total: int
    items: list[T]


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: int
    source: str
    format: str
    province: str | None
    province_current: str | None
    province_code: str | None
    plan_number: str | None
    issued: date | None
    plan_year: int | None
    title: str | None
    ingested_at: datetime
    ingested_by: str
    targets: int


def _page(engine: Engine, q: Select[Any] | None, order: Any, limit: int | None, offset: int,
          row: Callable[..., T]) -> Page[T]:
    """`q`'s rows (its columns in the order of `row`'s fields) as `row`s, and their count
    (`q` None: nothing the reader may see)."""
    if q is None:
        return Page(0, [])
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(q.subquery())) or 0
        ordered = q.order_by(order).offset(offset)
        rows = conn.execute(ordered if limit is None else ordered.limit(limit)).all()
    return Page(int(total), [row(*r) for r in rows])


def _in_provinces(q: Select[Any], column: Any, provinces: Collection[str] | None,
                  province_code: str | None) -> Select[Any] | None:
    """Rows of the provinces a reader may see (None: all) and, when asked, of one of them.

    One province asked is one equality, so that an index on (province_code, id) serves
    the page in id order; a province the reader may not see gives None (no rows).
    """
    if province_code is not None:
        if provinces is not None and province_code not in provinces:
            return None
        return q.where(column == province_code)
    return q if provinces is None else q.where(column.in_(list(provinces)))


def _where(q: Select[Any], pairs: list[tuple[Any, Any]]) -> Select[Any]:
    for column, wanted in pairs:
        if wanted is not None:
            q = q.where(column == wanted)
    return q


def page_targets(
    engine: Engine, *, provinces: Collection[str] | None, province_code: str | None = None,
    indicator_id: str | None = None, pillar: str | None = None, year: int | None = None,
    kind: str | None = None, review_state: str | None = None, limit: int = 100, offset: int = 0,
) -> Page[TargetRow]:
    q = select(*(getattr(Document if f in TARGET_DOCUMENT_FIELDS else Target, f)
                 for f in TargetRow.__slots__)).join(Document)
    q = _in_provinces(_where(q, [(Target.indicator_id, indicator_id), (Target.pillar, pillar),
                                 (Target.year, year), (Target.kind, kind),
                                 (Target.review_state, review_state)]),
                      Document.province_code, provinces, province_code)
    return _page(engine, q, Target.id, limit, offset, TargetRow)


def page_observations(
    engine: Engine, *, provinces: Collection[str] | None, province_code: str | None = None,
    indicator_id: str | None = None, year: int | None = None, unit_level: str | None = None,
    unit_code: str | None = None, limit: int = 100, offset: int = 0,
) -> Page[ObservationRow]:
    q = select(*(getattr(Observation, f) for f in ObservationRow.__slots__))
    q = _in_provinces(_where(q, [(Observation.indicator_id, indicator_id),
                                 (Observation.year, year), (Observation.unit_level, unit_level),
                                 (Observation.unit_code, unit_code)]),
                      Observation.province_code, provinces, province_code)
    return _page(engine, q, Observation.id, limit, offset, ObservationRow)


def page_documents(
    engine: Engine, *, provinces: Collection[str] | None, province_code: str | None = None,
    plan_year: int | None = None, limit: int = 100, offset: int = 0,
) -> Page[DocumentRow]:
    counted = select(Target.document_id, func.count().label("n")).group_by(
        Target.document_id).subquery()
    fields = [f for f in DocumentRow.__slots__ if f != "targets"]
    q = select(*(getattr(Document, f) for f in fields),
               func.coalesce(counted.c.n, 0).label("targets")).outerjoin(
        counted, counted.c.document_id == Document.id)
    q = _in_provinces(_where(q, [(Document.plan_year, plan_year)]), Document.province_code,
                      provinces, province_code)
    return _page(engine, q, Document.id, limit, offset, DocumentRow)


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    who: str
    at: datetime
    table_name: str
    row_id: int | None
    field: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    province_code: str | None


def page_audit(
    engine: Engine, *, provinces: Collection[str] | None, who: str | None = None,
    table_name: str | None = None, field: str | None = None, since: datetime | None = None,
    until: datetime | None = None, limit: int | None = 200, offset: int = 0,
) -> Page[AuditRow]:
    """Audit entries, newest first; `limit=None` for all of them (downloads)."""
    q = select(*(getattr(AuditEntry, f) for f in AuditRow.__slots__))
    if provinces is not None:
        q = q.where(AuditEntry.province_code.in_(list(provinces)))
    q = _where(q, [(AuditEntry.who, who), (AuditEntry.table_name, table_name),
                   (AuditEntry.field, field)])
    if since is not None:
        q = q.where(AuditEntry.at >= since)
    if until is not None:
        q = q.where(AuditEntry.at < until)
    return _page(engine, q, AuditEntry.id.desc(), limit, offset, AuditRow)
