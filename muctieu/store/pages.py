"""Paged, filtered reads for the HTTP API, in a stable order (by id).

`provinces` limits rows to the provinces a reader may see (None: all);
every filter is a bound parameter, never text pasted into SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Generic, Literal, TypeVar, overload

from sqlalchemy import Engine, Integer, Select, bindparam, func, select

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


# Which provinces a read is limited to: all of them, one asked, or those a reader may see.
ProvinceFilter = Literal["all", "one", "some"]


@dataclass(frozen=True, slots=True)
class _Statements:
    """A paged read's count and page statements, their values left as bound parameters."""

    count: Select[Any]
    page: Select[Any]


def _statements(q: Select[Any], order: Any, limited: bool) -> _Statements:
    ordered = q.order_by(order).offset(bindparam("offset", type_=Integer))
    return _Statements(select(func.count()).select_from(q.subquery()),
                       ordered.limit(bindparam("limit", type_=Integer)) if limited else ordered)


Record = dict[str, Any]


@overload
def _page(engine: Engine, statements: _Statements, params: dict[str, Any],
          row: type[T], records: Literal[False] = False) -> Page[T]: ...


@overload
def _page(engine: Engine, statements: _Statements, params: dict[str, Any],
          row: type[T], records: bool) -> Page[T] | Page[Record]: ...


def _page(engine: Engine, statements: _Statements, params: dict[str, Any],
          row: type[T], records: bool = False) -> Page[T] | Page[Record]:
    """The page's rows (columns in the order of `row`'s fields) as `row`s, or with
    `records` as dicts of the same fields (for JSON: quicker to make and to
    encode than frozen dataclasses), and their count.

    The statements are built once per shape of the request (which filters are
    given) and reused, so that each request only binds its values: building a
    select, its cache key and its result map again cost more than running it.
    """
    with engine.connect() as conn:
        total = conn.scalar(statements.count, params) or 0
        rows = conn.execute(statements.page, params).all()
    if records:
        fields = row.__slots__  # type: ignore[attr-defined]
        return Page(int(total), [dict(zip(fields, r)) for r in rows])
    return Page(int(total), [row(*r) for r in rows])


def _filtered_page(engine: Engine, statements: Callable[[tuple[str, ...], ProvinceFilter], _Statements],
                   filters: dict[str, Any], provinces: Collection[str] | None, province_code: str | None,
                   limit: int, offset: int, row: type[T], records: bool) -> Page[T] | Page[Record]:
    """The page a reader asked for: the filters given bound into the statements of
    their shape, limited to the provinces the reader may see."""
    if (found := _province_filter(provinces, province_code)) is None:
        return Page(0, [])
    given = _given(filters)
    return _page(engine, statements(tuple(given), found[0]),
                 {**given, **found[1], "limit": limit, "offset": offset}, row, records)


def _province_filter(provinces: Collection[str] | None, province_code: str | None
                     ) -> tuple[ProvinceFilter, dict[str, Any]] | None:
    """How to limit rows to the provinces a reader may see (None: all) and, when asked,
    to one of them; None when the one asked is not visible (no rows).

    One province asked is one equality, so that an index on (province_code, id) serves
    the page in id order.
    """
    if province_code is not None:
        if provinces is not None and province_code not in provinces:
            return None
        return "one", {"province_code": province_code}
    return ("all", {}) if provinces is None else ("some", {"provinces": list(provinces)})


def _in_provinces(q: Select[Any], column: Any, how: ProvinceFilter) -> Select[Any]:
    if how == "one":
        return q.where(column == bindparam("province_code"))
    if how == "some":
        return q.where(column.in_(bindparam("provinces", expanding=True)))
    return q


def _where(q: Select[Any], columns: Iterable[tuple[Any, str]]) -> Select[Any]:
    """`q` where each column equals the bound parameter named beside it."""
    for column, name in columns:
        q = q.where(column == bindparam(name))
    return q


def _given(filters: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in filters.items() if value is not None}


@lru_cache(maxsize=None)  # a few shapes: which of five filters, how the provinces are limited
def _target_statements(given: tuple[str, ...], how: ProvinceFilter) -> _Statements:
    q = select(*(getattr(Document if f in TARGET_DOCUMENT_FIELDS else Target, f)
                 for f in TargetRow.__slots__)).join(Document)
    q = _in_provinces(_where(q, ((getattr(Target, name), name) for name in given)),
                      Document.province_code, how)
    return _statements(q, Target.id, True)


def page_targets(
    engine: Engine, *, provinces: Collection[str] | None, province_code: str | None = None,
    indicator_id: str | None = None, pillar: str | None = None, year: int | None = None,
    kind: str | None = None, review_state: str | None = None, limit: int = 100, offset: int = 0,
    records: bool = False,
) -> Page[TargetRow] | Page[Record]:
    """A page of TargetRows in id order (with `records`, dicts of their fields)."""
    return _filtered_page(engine, _target_statements,
                          {"indicator_id": indicator_id, "pillar": pillar, "year": year, "kind": kind,
                           "review_state": review_state},
                          provinces, province_code, limit, offset, TargetRow, records)


@lru_cache(maxsize=None)
def _observation_statements(given: tuple[str, ...], how: ProvinceFilter) -> _Statements:
    q = select(*(getattr(Observation, f) for f in ObservationRow.__slots__))
    q = _in_provinces(_where(q, ((getattr(Observation, name), name) for name in given)),
                      Observation.province_code, how)
    return _statements(q, Observation.id, True)


def page_observations(
    engine: Engine, *, provinces: Collection[str] | None, province_code: str | None = None,
    indicator_id: str | None = None, year: int | None = None, unit_level: str | None = None,
    unit_code: str | None = None, limit: int = 100, offset: int = 0,
    records: bool = False,
) -> Page[ObservationRow] | Page[Record]:
    """A page of ObservationRows in id order (with `records`, dicts of their fields)."""
    return _filtered_page(engine, _observation_statements,
                          {"indicator_id": indicator_id, "year": year, "unit_level": unit_level,
                           "unit_code": unit_code},
                          provinces, province_code, limit, offset, ObservationRow, records)


@lru_cache(maxsize=None)
def _document_statements(given: tuple[str, ...], how: ProvinceFilter) -> _Statements:
    counted = select(Target.document_id, func.count().label("n")).group_by(
        Target.document_id).subquery()
    fields = [f for f in DocumentRow.__slots__ if f != "targets"]
    q = select(*(getattr(Document, f) for f in fields),
               func.coalesce(counted.c.n, 0).label("targets")).outerjoin(
        counted, counted.c.document_id == Document.id)
    q = _in_provinces(_where(q, ((getattr(Document, name), name) for name in given)),
                      Document.province_code, how)
    return _statements(q, Document.id, True)


def page_documents(
    engine: Engine, *, provinces: Collection[str] | None, province_code: str | None = None,
    plan_year: int | None = None, limit: int = 100, offset: int = 0,
    records: bool = False,
) -> Page[DocumentRow] | Page[Record]:
    """A page of DocumentRows in id order (with `records`, dicts of their fields)."""
    return _filtered_page(engine, _document_statements, {"plan_year": plan_year},
                          provinces, province_code, limit, offset, DocumentRow, records)


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


@lru_cache(maxsize=None)
def _audit_statements(given: tuple[str, ...], how: ProvinceFilter,
                      limited: bool) -> _Statements:
    q = select(*(getattr(AuditEntry, f) for f in AuditRow.__slots__))
    q = _in_provinces(q, AuditEntry.province_code, how)
    q = _where(q, ((getattr(AuditEntry, name), name) for name in given
                   if name not in ("since", "until")))
    if "since" in given:
        q = q.where(AuditEntry.at >= bindparam("since"))
    if "until" in given:
        q = q.where(AuditEntry.at < bindparam("until"))
    return _statements(q, AuditEntry.id.desc(), limited)


def page_audit(
    engine: Engine, *, provinces: Collection[str] | None, who: str | None = None,
    table_name: str | None = None, field: str | None = None, since: datetime | None = None,
    until: datetime | None = None, limit: int | None = 200, offset: int = 0,
) -> Page[AuditRow]:
    """Audit entries, newest first; `limit=None` for all of them (downloads)."""
    how, params = _province_filter(provinces, None) or ("all", {})  # None only for one asked
    given = _given({"who": who, "table_name": table_name, "field": field, "since": since,
                    "until": until})
    return _page(engine, _audit_statements(tuple(given), how, limit is not None),
                 {**given, **params, "limit": limit, "offset": offset}, AuditRow)
