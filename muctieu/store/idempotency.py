"""Idempotency keys: a retried write gets the first response, not a second write.

`claim` records the key with the request's hash before the write (the
primary key makes concurrent claims of one key fail); `finish` stores the
response; `release` frees the key when the write failed, so it can be
retried.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from muctieu.store import audit
from muctieu.store.models import IdempotencyKey
from muctieu.store.writing import writing


@dataclass(frozen=True, slots=True)
class Claim:
    state: Literal["new", "done", "busy", "mismatch"]
    status_code: int | None = None
    response: dict[str, Any] | None = None


def request_hash(body: Any) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False,
                                     default=str).encode()).hexdigest()


def _existing(engine: Engine, user_id: int, key: str, hashed: str) -> Claim:
    with Session(engine) as session:
        row = session.get(IdempotencyKey, (user_id, key))
    if row is None:
        return Claim("busy")  # released between our insert and this read: ask to retry
    if row.request_hash != hashed:
        return Claim("mismatch")
    if row.status_code is None:
        return Claim("busy")
    return Claim("done", row.status_code, row.response)


def claim(engine: Engine, user_id: int, key: str, hashed: str) -> Claim:
    """Take the key for this request; or what became of the first request with it."""
    try:
        with Session(writing(engine)) as session, session.begin():
            session.add(IdempotencyKey(user_id=user_id, key=key, request_hash=hashed,
                                       status_code=None, response=None, created_at=audit.now()))
    except IntegrityError:
        return _existing(engine, user_id, key, hashed)
    return Claim("new")


def finish(engine: Engine, user_id: int, key: str, status_code: int,
           response: dict[str, Any]) -> None:
    with Session(writing(engine)) as session, session.begin():
        row = session.get(IdempotencyKey, (user_id, key))
        if row is not None:
            row.status_code = status_code
            row.response = response


def release(engine: Engine, user_id: int, key: str) -> None:
    with Session(writing(engine)) as session, session.begin():
        session.execute(delete(IdempotencyKey).where(IdempotencyKey.user_id == user_id,
                                                     IdempotencyKey.key == key))
