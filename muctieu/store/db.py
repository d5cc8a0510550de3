"""Where the store lives and how to connect to it.

The database is chosen by, in order: the `--db` option, the `MUCTIEU_DB`
environment variable, or `muctieu.sqlite` in the current working directory.
Each may be a file path (SQLite) or a SQLAlchemy URL such as
``postgresql+psycopg://user@host/dbname``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from muctieu.errors import MuctieuError
from muctieu.store import revisions
from muctieu.store.migrate import ensure_current
from muctieu.store.writing import OPTION as WRITES

ENV_VAR = "MUCTIEU_DB"
# A web worker runs up to 40 requests in threads: with SQLAlchemy's default pool
# (5 kept, 10 more made and closed as needed) PostgreSQL connections were being
# opened and closed all the time under load. Two workers keep up to 40 each.
POOL = {"pool_size": 20, "max_overflow": 20}
DEFAULT_FILE = "muctieu.sqlite"


def resolve_url(db: str | None = None) -> str:
    """Return the SQLAlchemy URL for `db`, `$MUCTIEU_DB` or the default file."""
    chosen = db or os.environ.get(ENV_VAR) or DEFAULT_FILE
    if "://" in chosen:
        try:
            make_url(chosen)
        except (ArgumentError, ValueError):
            raise MuctieuError(
                f"địa chỉ cơ sở dữ liệu không hợp lệ: {chosen!r}",
                f"invalid database URL: {chosen!r}",
                where="--db",
            ) from None
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _sqlite_begin) so that DDL and
    # DML alike are transactional: a killed import leaves nothing behind.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")  # web workers queue for the write lock
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # A writing transaction takes the lock now and waits for it (store/writing.py).
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITES)
                         else "BEGIN")


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets foreign keys, WAL and real transactions;
    every commit raises the revision counters of the tables it changed."""
    try:
        sqlite = make_url(url).get_backend_name() == "sqlite"
        engine = create_engine(url, **({} if sqlite else POOL))
    except (ArgumentError, ModuleNotFoundError) as exc:
        raise MuctieuError(
            f"không mở được cơ sở dữ liệu {url!r}: {exc}",
            f"cannot open database {url!r}: {exc}",
            where="--db",
        ) from None
    if is_sqlite(engine):
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    revisions.install(engine)
    return engine


def open_store(db: str | None = None) -> Engine:
    """Connect to the chosen store; a fresh database gets the schema first."""
    engine = make_engine(resolve_url(db))
    ensure_current(engine)
    return engine
