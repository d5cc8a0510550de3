"""Revision counters: a number per audited table that grows with every committed change.

Every change to stored data adds an audit entry (audit.py), and adding one
notes its table on the connection. Just before that transaction commits,
the noted tables' counters are raised by one in the same transaction, so a
counter and the change it counts become visible together. On PostgreSQL
this is what makes them commit-ordered: sequence ids (the audit entry's id)
are handed out at insert time, and a transaction that took a smaller id can
commit after one that took a larger id. The counters are raised last, in
table order, so the row lock is held only for the commit itself and two
writers never wait on each other's counters in opposite orders.

A reader reads the counters first and the data after, and keeps what it
computed under the counters it read: the data are at least as new as the
key says, never older. Reading the counters again on each request (one
small query) tells whether a kept result still stands, on every worker.
A change made by hand in the database, without an audit entry, is not
counted; restart the server after one (or after restoring a backup).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, Pool, event

from muctieu.store.models import Revision

Revisions = Mapping[str, int]
T = TypeVar("T")
NOTE = "muctieu_changed_tables"
# Tables of accounts and log-ins: they do not change what the data say.
ACCOUNT_TABLES = frozenset({"users", "api_tokens", "sessions"})


def note(conn: Connection, tables: Iterable[str]) -> None:
    """Count a change of `tables` when `conn`'s transaction commits."""
    conn.info.setdefault(NOTE, set()).update(tables)


def _forget(conn: Connection, *_: Any) -> None:
    conn.info.pop(NOTE, None)


def _raise_noted(conn: Connection) -> None:
    tables = conn.info.pop(NOTE, None)
    if not tables:
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO revisions (scope, n) VALUES ({mark}, 1) "
           "ON CONFLICT (scope) DO UPDATE SET n = revisions.n + 1")
    # On the DBAPI connection: SQLAlchemy is committing this transaction.
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        for table in sorted(tables):
            cursor.execute(sql, (table,))
    finally:
        cursor.close()


def install(engine: Engine) -> None:
    """Raise the noted counters at each commit of `engine`'s connections."""
    event.listen(engine, "begin", _forget)
    event.listen(engine, "rollback", _forget)
    event.listen(engine, "commit", _raise_noted)


_READ = f"SELECT scope, n FROM {Revision.__tablename__}"


def read_revisions(engine: Engine) -> dict[str, int]:
    """Every table's counter (a table never changed is absent: 0).

    Asked on every API request, so on the driver's own connection from the
    pool: SQLAlchemy's statement building, cache keys and result adapting
    cost more than the query itself. One statement needs no transaction:
    on PostgreSQL in autocommit (one round trip instead of BEGIN, the query,
    ROLLBACK); SQLite's connections already run without an implicit BEGIN.
    """
    conn = engine.raw_connection()
    try:
        driver: Any = conn.driver_connection
        autocommit = engine.dialect.name == "postgresql"
        if autocommit:
            driver.autocommit = True  # the pool hands connections out idle
        try:
            cursor = conn.cursor()
            try:
                cursor.execute(_READ)
                return {scope: n for scope, n in cursor.fetchall()}
            finally:
                cursor.close()
        finally:
            if autocommit:
                driver.autocommit = False  # as SQLAlchemy expects it back
    finally:
        conn.close()


def read_revisions_on(conn: Connection) -> dict[str, int]:
    """`read_revisions` in `conn`'s transaction."""
    return {scope: n for scope, n in conn.exec_driver_sql(_READ)}


def changed_here(conn: Connection) -> frozenset[str]:
    """Tables `conn`'s open transaction changed: their counters move only at its commit."""
    return frozenset(conn.info.get(NOTE, ()))


class KeptPerStore(Generic[T]):
    """One value per database (its connection pool), kept while the counters of
    `tables` stay as they were when it was computed.

    The caller reads the counters first and computes from the store after, so a
    kept value is never older than the counters say; a write through any worker
    raises them at its commit, and the next caller computes again.
    """

    def __init__(self, tables: tuple[str, ...]) -> None:
        self.tables = tables
        self._kept: WeakKeyDictionary[Pool, tuple[tuple[int, ...], T]] = WeakKeyDictionary()

    def get(self, pool: Pool, revisions: Revisions, compute: Callable[[], T]) -> T:
        """The value kept for `pool` at these `revisions`, or `compute()` kept."""
        version = version_of(revisions, self.tables)
        kept = self._kept.get(pool)
        if kept is None or kept[0] != version:
            kept = self._kept[pool] = (version, compute())
        return kept[1]


def version_of(revisions: Revisions, tables: Iterable[str]) -> tuple[int, ...]:
    """The counters of `tables`, in their order, as part of a cache key."""
    return tuple(revisions.get(t, 0) for t in tables)
