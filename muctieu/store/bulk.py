"""Importing an upload of observations in bulk, in one transaction.

Rows are checked as they stream in and the good ones are written in
batches (executemany on SQLite, COPY on PostgreSQL) straight into
`observations`, each batch under a savepoint. A batch that hits a key
already stored is rolled back to its savepoint and goes to a temporary
staging table instead; at the end new keys move from there into
`observations`, and stored keys get the new values with an audit entry
each. Nothing is visible to others until the commit, so an interrupted
import leaves the store as it was and can be run again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import (
    Column,
    Connection,
    Engine,
    MetaData,
    Table,
    and_,
    bindparam,
    exists,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from muctieu.store import audit
from muctieu.store.models import AuditEntry, Observation
from muctieu.store.observations import SOURCE_FIELDS, VALUE_FIELDS
from muctieu.store.problems import ImportReport
from muctieu.store.read import plan_years
from muctieu.store.references import References
from muctieu.store.upload_read import read_rows
from muctieu.store.upload_validate import RowValidator

STAGING_COLUMNS = (
    "indicator_id", "unit_level", "unit_code", "unit_name", "province_code", "year",
    "quarter", "month", "period", "value", "numerator", "denominator", "source_kind",
    "source_file", "source_row", "submitted_by", "submitted_at",
)
KEY = ("indicator_id", "unit_level", "unit_code", "period")
BATCH = 50_000
_OBS = Observation.__table__


def _staging(conn: Connection) -> Table:
    table = Table(
        "observation_staging", MetaData(),
        *(Column(c, _OBS.c[c].type) for c in STAGING_COLUMNS),
        prefixes=["TEMPORARY"],
    )
    table.drop(conn, checkfirst=True)  # left over on a pooled connection
    table.create(conn)
    return table


class _KeyTaken(Exception):
    """A batch holds an (indicator, unit, period) already stored."""


Loader = Callable[[list[tuple[Any, ...]]], None]


def _loader(conn: Connection, table: str) -> Loader:
    """Write rows (STAGING_COLUMNS order) into `table` as fast as the driver can."""
    names = ", ".join(STAGING_COLUMNS)
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection

        def copy(rows: list[tuple[Any, ...]]) -> None:
            try:
                with raw.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN") as cp:
                    for row in rows:
                        cp.write_row(row)
            except psycopg.errors.UniqueViolation:
                raise _KeyTaken from None

        return copy
    marks = ", ".join("?" * len(STAGING_COLUMNS))
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"

    def insert_many(rows: list[tuple[Any, ...]]) -> None:
        try:
            conn.exec_driver_sql(sql, rows)
        except IntegrityError as exc:
            if getattr(exc.orig, "sqlite_errorname", "") == "SQLITE_CONSTRAINT_UNIQUE":
                raise _KeyTaken from None
            raise

    return insert_many


def _batch_writer(conn: Connection, staging: Table) -> Loader:
    """Write a batch into `observations`, or stage it when it meets stored keys."""
    direct, staged = _loader(conn, _OBS.name), _loader(conn, staging.name)

    def write(rows: list[tuple[Any, ...]]) -> None:
        savepoint = conn.begin_nested()
        try:
            direct(rows)
        except _KeyTaken:
            savepoint.rollback()
            staged(rows)
            return
        savepoint.commit()

    return write


def _bound_time(conn: Connection) -> Any:
    """`now()` as the driver stores it, so raw batches match ORM-written rows."""
    processor = _OBS.c.submitted_at.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    at = audit.now()
    return processor(at) if processor else at


def _replace_existing(conn: Connection, staging: Table, who: str, report: ImportReport) -> None:
    match = and_(*(_OBS.c[k] == staging.c[k] for k in KEY))
    audited = VALUE_FIELDS + SOURCE_FIELDS
    rows = conn.execute(
        select(_OBS.c.id, *(_OBS.c[f] for f in audited),
               *(staging.c[f].label(f"new_{f}") for f in STAGING_COLUMNS))
        .join_from(staging, _OBS, match)
    ).mappings().all()
    changes, entries = [], []
    for r in rows:
        if all(r[f] == r[f"new_{f}"] for f in VALUE_FIELDS):
            report.unchanged += 1
            continue
        new = {f: r[f"new_{f}"] for f in STAGING_COLUMNS if f not in KEY}
        changes.append({"oid": r["id"], **new})
        entries.append(audit.entry(
            who, "observations", r["id"], "replace",
            {f: r[f] for f in audited},
            {f: new.get(f) for f in audited},
        ))
    if changes:
        values = {f: bindparam(f) for f in STAGING_COLUMNS if f not in KEY}
        values.update(document_id=None, span_start=None, span_end=None)
        conn.execute(update(_OBS).where(_OBS.c.id == bindparam("oid")).values(values), changes)
        conn.execute(insert(AuditEntry), entries)
    report.replaced = len(changes)


def _insert_new(conn: Connection, staging: Table) -> None:
    taken = exists().where(*(_OBS.c[k] == staging.c[k] for k in KEY))
    conn.execute(
        insert(_OBS).from_select(
            STAGING_COLUMNS, select(*(staging.c[c] for c in STAGING_COLUMNS)).where(~taken)
        )
    )


def _sqlite_import_pragmas(conn: Connection, importing: bool) -> None:
    # Set outside any transaction, on the raw connection: SQLite ignores
    # `synchronous` changes inside one. NORMAL is safe in WAL mode (a crash
    # may lose the last commit, never corrupt the file).
    raw = conn.connection.driver_connection
    raw.execute(f"PRAGMA synchronous={'NORMAL' if importing else 'FULL'}")
    raw.execute(f"PRAGMA cache_size={-262144 if importing else -2000}")


def _check_and_write(
    path: str | Path, validator: RowValidator, write: Loader, report: ImportReport,
    batch_size: int, progress: Callable[[int], None] | None,
) -> int:
    """Stream the file's rows through the validator into `write`; count valid rows."""
    batch: list[tuple[Any, ...]] = []
    valid = 0
    for number, raw in read_rows(path):
        row, problems = validator.check(number, raw)
        if problems:
            report.rows += 1
            report.rejected_rows += 1
            report.problems += problems
        elif row is not None:
            report.rows += 1
            batch.append(row)
            valid += 1
            if len(batch) >= batch_size:
                write(batch)
                batch = []
                if progress:
                    progress(report.rows)
    if batch:
        write(batch)
    return valid


def import_observations(
    engine: Engine,
    path: str | Path,
    refs: References,
    *,
    who: str,
    partial: bool = False,
    batch_size: int = BATCH,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Check every row of `path` and store the observations in one transaction.

    Any problem means nothing is written, unless `partial`: then the good
    rows are stored and the rest reported. `progress` hears the number of
    rows read after each batch. Raises MuctieuError when the file itself
    cannot be read.
    """
    report = ImportReport(source=str(path))
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _sqlite_import_pragmas(conn, True)
        try:
            with conn.begin() as tx:
                validator = RowValidator(
                    refs, plan_years(conn), source_file=str(path), who=who,
                    submitted_at=_bound_time(conn),
                )
                staging = _staging(conn)
                valid = _check_and_write(path, validator, _batch_writer(conn, staging), report,
                                         batch_size, progress)
                if report.problems and not partial:
                    tx.rollback()
                    return report
                _replace_existing(conn, staging, who, report)
                _insert_new(conn, staging)
                # Keys in a file are unique, so each valid row was either
                # matched (replaced or unchanged) or is new.
                report.inserted = valid - report.replaced - report.unchanged
                staging.drop(conn)
                conn.execute(insert(AuditEntry), [audit.entry(
                    who, "observations", None, "import", None,
                    {"file": str(path), "rows": report.rows, "inserted": report.inserted,
                     "replaced": report.replaced, "unchanged": report.unchanged,
                     "rejected_rows": report.rejected_rows},
                )])
            report.written = True
        finally:
            if sqlite:
                _sqlite_import_pragmas(conn, False)
    return report
