"""Fresh planner statistics once a table has grown a lot (PostgreSQL).

PostgreSQL's planner chooses by its statistics, which autovacuum refreshes
at most once a minute (`autovacuum_naptime`) and only after 10 % of a table
changed. A table that grows many times over within that minute, as
observations do under a stream of API batches or right after a large first
import, is planned as if it were still small: the API's figures page then
read and sorted the whole table instead of walking an index. After writes
(once a process's own changed `ASK_EVERY` rows since it last asked),
`refresh_statistics` asks how many rows changed since the last ANALYZE and,
past `FLOOR + GROWTH × rows`, runs `VACUUM (ANALYZE)` on the table: the
statistics (a sample of rows) and the visibility map of the pages written
since the last vacuum, which lets a count read the index alone (tens of ms
at 60,000 rows, a few tenths of a second after a million-row import). When
another thread or worker is already at it, this one does not wait
(`SKIP_LOCKED`). SQLite plans without such statistics: nothing to do.
"""

from __future__ import annotations

from threading import Lock

from sqlalchemy import Engine, text

GROWTH = 0.2  # of the rows the statistics know of
FLOOR = 1000  # rows changed, so that a small table is not analyzed at every write
# Asking the server costs a connection and a query, and under a stream of small
# batches it answered "not yet" almost every time: a process asks once its own
# writes changed this many rows since it last asked (the other rows are in the
# server's count all the same), so ANALYZE comes at most this many rows late.
ASK_EVERY = FLOOR // 10
_BUSY = Lock()  # one refresh at a time in this process; the others go on
_UNASKED: dict[str, int] = {}  # table → rows this process changed since it last asked


def stale(rows: float, changed: int) -> bool:
    """Whether statistics that know of `rows` rows (-1: never analyzed) are out of date
    after `changed` rows changed."""
    return changed > FLOOR + GROWTH * max(rows, 0.0)


def refresh_statistics(engine: Engine, changed: int, table: str = "observations") -> bool:
    """VACUUM (ANALYZE) `table` when it changed a lot since it was last analyzed;
    True when it did.

    `changed`: rows the caller's write just changed, which the server's counts may
    not hold yet (a backend reports them within a second or so: a few may be
    counted twice, which only brings the ANALYZE forward). Not in a transaction:
    call it after the write committed.
    """
    if engine.dialect.name != "postgresql" or not _BUSY.acquire(blocking=False):
        return False
    try:
        unasked = _UNASKED.get(table, 0) + changed
        if unasked < ASK_EVERY:
            _UNASKED[table] = unasked
            return False
        _UNASKED[table] = 0
        return _refresh(engine, changed, table)
    finally:
        _BUSY.release()


def _refresh(engine: Engine, changed: int, table: str) -> bool:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        found = conn.execute(text(
            "SELECT reltuples, pg_stat_get_mod_since_analyze(oid) FROM pg_class "
            "WHERE oid = to_regclass(:table)"), {"table": table}).first()
        if found is None or not stale(float(found[0]), int(found[1]) + changed):
            return False
        conn.execute(text(f'VACUUM (ANALYZE, SKIP_LOCKED) "{table}"'))
    return True
