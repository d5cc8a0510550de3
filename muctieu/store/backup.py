"""`muctieu db backup`: a consistent copy of a SQLite store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from muctieu.errors import MuctieuError


def backup(engine: Engine, dest: str | Path) -> None:
    """Copy the SQLite store to `dest` with SQLite's online backup API.

    The copy is consistent even while others write. PostgreSQL has its own
    tool for this (pg_dump); the message says so.
    """
    if engine.dialect.name != "sqlite":
        raise MuctieuError(
            "sao lưu PostgreSQL bằng pg_dump, ví dụ: pg_dump -Fc -f muctieu.dump TÊN_CSDL",
            "back up PostgreSQL with pg_dump, e.g.: pg_dump -Fc -f muctieu.dump DBNAME",
            where=engine.url.render_as_string(hide_password=True),
        )
    target = Path(dest)
    if target.exists():
        raise MuctieuError("tệp đích đã tồn tại, không ghi đè",
                           "destination exists, not overwriting", where=str(dest))
    if not target.parent.is_dir():
        raise MuctieuError("thư mục đích không tồn tại", "destination folder does not exist",
                           where=str(dest))
    with engine.connect() as conn:
        source = conn.connection.driver_connection
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
