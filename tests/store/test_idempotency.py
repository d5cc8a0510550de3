"""Idempotency keys: one request applied once, across workers sharing the database."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Connection, func, select

from muctieu.store import audit, idempotency
from muctieu.store.actors import system
from muctieu.store.models import AuditEntry, IdempotencyKey
from muctieu.store.users import add_user


def _user(engine) -> int:
    return add_user(engine, "api@gl.vn", "officer", "52", "mat-khau-du-dai", who=system("t")).id


def _entries(engine) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(AuditEntry)
                           .where(AuditEntry.table_name == "targets"))


def _write(conn: Connection) -> tuple[int, dict]:
    audit.insert_entries(conn, [audit.entry("api@gl.vn", "targets", 1, "review")])
    return 200, {"inserted": 2}


def test_a_key_is_applied_once_then_replays_its_response(engine) -> None:
    uid = _user(engine)
    h = idempotency.request_hash({"rows": [1, 2]})
    first = idempotency.apply_once(engine, uid, "k1", h, _write)
    assert (first.state, first.status_code, first.response) == ("new", 200, {"inserted": 2})
    again = idempotency.apply_once(engine, uid, "k1", h, _write)
    assert (again.state, again.status_code, again.response) == ("done", 200, {"inserted": 2})
    assert _entries(engine) == 1  # written once
    other = idempotency.request_hash({"rows": [3]})
    assert idempotency.apply_once(engine, uid, "k1", other, _write).state == "mismatch"


def test_a_failed_write_leaves_neither_its_changes_nor_its_key(engine) -> None:
    uid = _user(engine)
    h = idempotency.request_hash({"rows": []})

    def failing(conn: Connection) -> tuple[int, dict]:
        _write(conn)
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        idempotency.apply_once(engine, uid, "k2", h, failing)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(IdempotencyKey)) == 0
    assert _entries(engine) == 0
    assert idempotency.apply_once(engine, uid, "k2", h, _write).state == "new"


def test_two_workers_sending_one_key_at_once_write_once(engine) -> None:
    uid = _user(engine)
    h = idempotency.request_hash({"rows": [9]})
    inside, release = threading.Event(), threading.Event()

    def slow(conn: Connection) -> tuple[int, dict]:
        inside.set()
        release.wait(10)
        return _write(conn)

    got = {}
    first = threading.Thread(target=lambda: got.setdefault(
        "first", idempotency.apply_once(engine, uid, "k3", h, slow)))
    first.start()
    assert inside.wait(10)
    second = threading.Thread(target=lambda: got.setdefault(
        "second", idempotency.apply_once(engine, uid, "k3", h, _write)))
    second.start()
    release.set()
    first.join(20)
    second.join(20)
    assert got["first"].state == "new"
    assert (got["second"].state, got["second"].response) == ("done", {"inserted": 2})
    assert _entries(engine) == 1
