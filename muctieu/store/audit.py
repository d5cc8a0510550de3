"""The audit log: one entry for every change made to stored data.

Single changes (a replaced value, a review) get an entry each, with the old
and new values; a bulk import gets one entry naming the file and its counts
(each imported row keeps its file and row number as its source), plus one
entry per value it replaced. Every entry also raises its table's revision
counter when the transaction commits (revisions.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from muctieu.store.models import AuditEntry
from muctieu.store.revisions import note


def now() -> datetime:
    return datetime.now(UTC)


def aware(at: datetime) -> datetime:
    """A stored time as UTC-aware (SQLite hands back naive datetimes, stored as UTC)."""
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def entry(
    who: str,
    table: str,
    row_id: int | None,
    field: str,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    province_code: str | None = None,
) -> dict[str, Any]:
    """The column values of one audit entry (for Core bulk inserts).

    `province_code` names the province concerned: its officers see the entry.
    """
    return {"who": who, "at": now(), "table_name": table, "row_id": row_id,
            "field": field, "old": old, "new": new, "province_code": province_code}


def record(session: Session, values: dict[str, Any]) -> None:
    """Add the audit entry `values` (from `entry`) to `session`, with its change."""
    note(session.connection(), [values["table_name"]])
    session.add(AuditEntry(**values))


def insert_entries(conn: Connection, entries: list[dict[str, Any]]) -> None:
    """Insert audit entries (from `entry`) on `conn`, in its transaction."""
    note(conn, {e["table_name"] for e in entries})
    conn.execute(insert(AuditEntry), entries)
