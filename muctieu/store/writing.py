"""Transactions that write: on SQLite they take the write lock at BEGIN.

SQLite lets one connection write at a time. A transaction that reads first
and writes later fails at once ("database is locked") when another process
wrote in between, whatever the busy timeout; one that asks for the lock at
BEGIN (IMMEDIATE) waits its turn instead. Several web workers on one SQLite
file need that; PostgreSQL ignores the option.
"""

from __future__ import annotations

from sqlalchemy import Engine

OPTION = "muctieu_writes"


def writing(engine: Engine) -> Engine:
    """`engine` for a transaction that will write (see `store.db._sqlite_begin`)."""
    return engine.execution_options(**{OPTION: True})
