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

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection as Connection_
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
from muctieu.store.writing import writing
from muctieu.store.actors import Actor, Forbidden
from muctieu.store.models import Observation
from muctieu.store.observations import SOURCE_FIELDS, VALUE_FIELDS
from muctieu.errors import MuctieuError
from muctieu.store.problems import ImportReport, Problem
from muctieu.store.read import plan_years
from muctieu.store.statistics import refresh_statistics
from muctieu.store.references import References
from muctieu.store.upload_read import RawRow, read_rows
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


class _Staged:
    """The staging table, made when a batch first meets stored keys.

    An import of new keys only (most API batches) never pays for creating
    and dropping it.
    """

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.table: Table | None = None
        self._load: Loader | None = None

    def load(self, rows: list[tuple[Any, ...]]) -> None:
        if self._load is None:
            self.table = _staging(self._conn)
            self._load = _loader(self._conn, self.table.name)
        self._load(rows)


def _batch_writer(conn: Connection, staged: _Staged) -> Loader:
    """Write a batch into `observations`, or stage it when it meets stored keys."""
    direct = _loader(conn, _OBS.name)

    def write(rows: list[tuple[Any, ...]]) -> None:
        savepoint = conn.begin_nested()
        try:
            direct(rows)
        except _KeyTaken:
            savepoint.rollback()
            staged.load(rows)
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
            {f: new.get(f) for f in audited}, province_code=r["new_province_code"],
        ))
    if changes:
        values = {f: bindparam(f) for f in STAGING_COLUMNS if f not in KEY}
        values.update(document_id=None, span_start=None, span_end=None)
        conn.execute(update(_OBS).where(_OBS.c.id == bindparam("oid")).values(values), changes)
        audit.insert_entries(conn, entries)
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
    # Each batch is written under a savepoint, whose undo journal then
    # lives in memory rather than in a temporary file.
    raw.execute(f"PRAGMA temp_store={'MEMORY' if importing else 'DEFAULT'}")


# Files larger than this are checked in a second process (see _checked_batches).
PARALLEL_BYTES = 4 * 1024 * 1024


@dataclass(slots=True)
class _Checked:
    """One batch of checked rows and what was found on the way."""

    rows: list[tuple[Any, ...]]
    problems: list[Problem]
    read: int  # rows counted (valid and rejected)
    rejected: int


def _check_batches(
    rows: Iterable[tuple[int, RawRow]], validator: RowValidator, batch_size: int
) -> Iterator[_Checked]:
    batch: list[tuple[Any, ...]] = []
    problems: list[Problem] = []
    read = rejected = 0
    for number, raw in rows:
        row, found = validator.check(number, raw)
        if found:
            read += 1
            rejected += 1
            problems += found
        elif row is not None:
            read += 1
            batch.append(row)
            if len(batch) >= batch_size:
                yield _Checked(batch, problems, read, rejected)
                batch, problems, read, rejected = [], [], 0, 0
    yield _Checked(batch, problems, read, rejected)


def _checker_process(
    path: str, validator: RowValidator, batch_size: int, send: Connection_, recv: Connection_
) -> None:
    """Child: check the file and send the batches (or the error) to the writer."""
    # The fork copied the reading end: close it, so that if the writer dies
    # (killed mid-import) sending fails and this process ends too, releasing
    # the database connection it also inherited.
    recv.close()
    try:
        for checked in _check_batches(read_rows(path), validator, batch_size):
            send.send(("batch", checked))
        send.send(("done", None))
    except MuctieuError as exc:
        send.send(("error", (isinstance(exc, Forbidden), exc.vi, exc.en, exc.where)))
    except BaseException as exc:  # reported, not lost, in the parent
        send.send(("crash", repr(exc)))
    finally:
        send.close()


def _checked_batches(path: str | Path, validator: RowValidator, batch_size: int) -> Iterator[_Checked]:
    """Checked batches; for a large file, from a second process.

    Checking rows is pure Python and takes about as long as storing them;
    in one process the two cannot overlap (the GIL), in two they do, and a
    million-row file imports in two thirds of the time. The child is forked,
    so it shares the catalogue already loaded and never touches the database.
    """
    if Path(path).stat().st_size < PARALLEL_BYTES or "fork" not in mp.get_all_start_methods():
        yield from _check_batches(read_rows(path), validator, batch_size)
        return
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_checker_process,
                        args=(str(path), validator, batch_size, send, recv), daemon=True)
    child.start()
    send.close()
    try:
        while True:
            try:
                kind, payload = recv.recv()
            except EOFError:
                raise MuctieuError("tiến trình kiểm tra dừng đột ngột", "the checking process died",
                                   where=str(path)) from None
            if kind == "batch":
                yield payload
            elif kind == "done":
                return
            elif kind == "error":
                forbidden, vi, en, where = payload
                raise (Forbidden if forbidden else MuctieuError)(vi, en, where=where)
            else:
                raise RuntimeError(f"checking {path} failed: {payload}")
    finally:
        recv.close()
        child.join(timeout=5)
        if child.is_alive():
            child.kill()


Batches = Callable[[RowValidator], Iterator[_Checked]]


def _check_and_write(
    batches: Iterator[_Checked], write: Loader, report: ImportReport,
    progress: Callable[[int], None] | None,
) -> int:
    """Stream the checked rows into `write`; count valid rows."""
    valid = 0
    for checked in batches:
        report.rows += checked.read
        report.rejected_rows += checked.rejected
        report.problems += checked.problems
        if checked.rows:
            write(checked.rows)
            valid += len(checked.rows)
        if progress and checked.read:
            progress(report.rows)
    return valid


def import_observations(
    engine: Engine,
    path: str | Path,
    refs: References,
    *,
    who: Actor,
    partial: bool = False,
    batch_size: int = BATCH,
    progress: Callable[[int], None] | None = None,
    source: str | None = None,
) -> ImportReport:
    """Check every row of `path` and store the observations in one transaction.

    Any problem means nothing is written, unless `partial`: then the good
    rows are stored and the rest reported. `progress` hears the number of
    rows read after each batch. Raises MuctieuError when the file itself
    cannot be read, Forbidden (nothing written) when a row is outside the
    actor's units. `source` names the file in the store (default: `path`).
    """
    report = _import(engine, lambda conn: _import_on(
        conn, source or str(path), lambda v: _checked_batches(path, v, batch_size), refs,
        who=who, partial=partial, progress=progress, source_kind="upload"))
    if report.written:
        refresh_statistics(engine, report.inserted + report.replaced)
    return report


def import_rows(
    engine: Engine,
    rows: Iterable[tuple[int, RawRow]],
    refs: References,
    *,
    source: str,
    who: Actor,
    partial: bool = False,
) -> ImportReport:
    """`import_observations` for rows given directly (an API batch), numbered from 1.

    The same checks, scoping, all-or-nothing rule and audit; the rows are
    stored with source kind "api" and `source` (e.g. "api:batch") as file.
    """
    with writing(engine).begin() as conn:
        report = import_rows_on(conn, rows, refs, source=source, who=who, partial=partial)
    if report.written:
        refresh_statistics(engine, report.inserted + report.replaced)
    return report


def import_rows_on(
    conn: Connection,
    rows: Iterable[tuple[int, RawRow]],
    refs: References,
    *,
    source: str,
    who: Actor,
    partial: bool = False,
) -> ImportReport:
    """`import_rows` in the caller's transaction (begun on a `writing` connection),
    so that it can write more in the same one (store/idempotency.py). A batch
    refused as a whole leaves nothing of its rows; the transaction goes on.
    After the commit, the caller calls `statistics.refresh_statistics`."""
    rows_tx = conn.begin_nested()
    report = _import_on(conn, source, lambda v: _check_batches(rows, v, BATCH), refs, who=who,
                        partial=partial, progress=None, source_kind="api")
    if report.written:
        rows_tx.commit()
    else:
        rows_tx.rollback()
    return report


def _import(engine: Engine, run: Callable[[Connection], ImportReport]) -> ImportReport:
    """`run` (an `_import_on`) in its own transaction, with SQLite tuned for a large file."""
    with writing(engine).connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _sqlite_import_pragmas(conn, True)
        try:
            with conn.begin() as tx:
                report = run(conn)
                if not report.written:
                    tx.rollback()
        finally:
            if sqlite:
                _sqlite_import_pragmas(conn, False)
    return report


def _import_on(
    conn: Connection,
    source: str,
    batches: Batches,
    refs: References,
    *,
    who: Actor,
    partial: bool,
    progress: Callable[[int], None] | None,
    source_kind: str,
) -> ImportReport:
    """Check and write in `conn`'s transaction; `written` False: the caller rolls back."""
    report = ImportReport(source=source)
    validator = RowValidator(
        refs, plan_years(conn), source_file=source, who=who,
        submitted_at=_bound_time(conn), source_kind=source_kind,
    )
    staged = _Staged(conn)
    valid = _check_and_write(batches(validator), _batch_writer(conn, staged), report, progress)
    if report.problems and not partial:
        return report
    if staged.table is not None:
        _replace_existing(conn, staged.table, who.name, report)
        _insert_new(conn, staged.table)
        staged.table.drop(conn)
    # Keys in a file are unique, so each valid row was either
    # matched (replaced or unchanged) or is new.
    report.inserted = valid - report.replaced - report.unchanged
    audit.insert_entries(conn, [audit.entry(
        who.name, "observations", None, "import", None,
        {"file": source, "rows": report.rows, "inserted": report.inserted,
         "replaced": report.replaced, "unchanged": report.unchanged,
         "rejected_rows": report.rejected_rows},
        province_code=who.province_code,
    )])
    report.written = True
    return report
