"""Idempotency keys: one request applied once, across workers sharing the database."""

from muctieu.store import idempotency
from muctieu.store.actors import system
from muctieu.store.users import add_user


def _user(engine) -> int:
    return add_user(engine, "api@gl.vn", "officer", "52", "mat-khau-du-dai", who=system("t")).id


def test_a_key_is_claimed_once_then_replays_its_response(engine) -> None:
    uid = _user(engine)
    h = idempotency.request_hash({"rows": [1, 2]})
    assert idempotency.claim(engine, uid, "k1", h).state == "new"
    assert idempotency.claim(engine, uid, "k1", h).state == "busy"  # a second worker, meanwhile
    idempotency.finish(engine, uid, "k1", 200, {"inserted": 2})
    done = idempotency.claim(engine, uid, "k1", h)
    assert (done.state, done.status_code, done.response) == ("done", 200, {"inserted": 2})
    assert idempotency.claim(engine, uid, "k1", idempotency.request_hash({"rows": [3]})).state \
        == "mismatch"


def test_a_failed_write_frees_its_key(engine) -> None:
    uid = _user(engine)
    h = idempotency.request_hash({"rows": []})
    assert idempotency.claim(engine, uid, "k2", h).state == "new"
    idempotency.release(engine, uid, "k2")
    assert idempotency.claim(engine, uid, "k2", h).state == "new"
