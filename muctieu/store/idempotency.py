"""Idempotency keys: a retried write gets the first response, not a second write.

`apply_once` records the key, applies the write and stores its response in
one transaction, so the three stand or fall together: a write that fails
leaves no key behind (it may be retried), and a key is never seen without
its response. A concurrent request with the same key waits for the first
one's transaction (SQLite: the write lock; PostgreSQL: the key's unique
index) and then gets its response.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from muctieu.store import audit
from muctieu.store.models import IdempotencyKey
from muctieu.store.writing import writing

_KEYS = IdempotencyKey.__table__


@dataclass(frozen=True, slots=True)
class Claim:
    """What became of a request with a key: applied now ("new") or before ("done"),
    a different request under the same key ("mismatch"), or one left unfinished by an
    older version ("busy")."""

    state: Literal["new", "done", "busy", "mismatch"]
    status_code: int | None = None
    response: dict[str, Any] | None = None


Write = Callable[[Connection], tuple[int, dict[str, Any]]]


def request_hash(body: Any) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False,
                                     default=str).encode()).hexdigest()


def _existing(conn: Connection, user_id: int, key: str, hashed: str) -> Claim | None:
    row = conn.execute(select(_KEYS.c.request_hash, _KEYS.c.status_code, _KEYS.c.response)
                       .where(_KEYS.c.user_id == user_id, _KEYS.c.key == key)).first()
    if row is None:
        return None
    if row.request_hash != hashed:
        return Claim("mismatch")
    if row.status_code is None:
        return Claim("busy")
    return Claim("done", row.status_code, row.response)


def apply_once(engine: Engine, user_id: int, key: str, hashed: str, write: Write) -> Claim:
    """`write(conn)` → (status, response), unless this key was used before.

    `write` runs in the transaction that records the key and its response;
    an exception from it rolls back everything, key included.
    """
    try:
        with writing(engine).begin() as conn:
            found = _existing(conn, user_id, key, hashed)
            if found is not None:
                return found
            conn.execute(insert(_KEYS).values(user_id=user_id, key=key, request_hash=hashed,
                                              status_code=None, response=None,
                                              created_at=audit.now()))
            status, response = write(conn)
            conn.execute(update(_KEYS).where(_KEYS.c.user_id == user_id, _KEYS.c.key == key)
                         .values(status_code=status, response=response))
            return Claim("new", status, response)
    except IntegrityError:  # PostgreSQL: another transaction took the key and committed
        with engine.connect() as conn:
            return _existing(conn, user_id, key, hashed) or Claim("busy")
