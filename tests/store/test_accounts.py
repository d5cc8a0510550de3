"""Accounts in the store: passwords, sessions, log-in throttling (SQLite and PostgreSQL)."""

from datetime import timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from muctieu.errors import MuctieuError
from muctieu.store import audit
from muctieu.store.actors import Actor, Forbidden, system
from muctieu.store.models import AuditEntry, LoginAttempt, User
from muctieu.store.sessions import end_session, read_session, start_session
from muctieu.store.throttle import PER_ACCOUNT, note_attempt, wait_before_login
from muctieu.store.users import ReportingUnit, add_user, authenticate, set_disabled

ME = system("tester")
IDLE = timedelta(minutes=30)


def _officer(engine) -> int:
    return add_user(engine, "An@GL.vn", "officer", "52", "mot-mat-khau-dai", who=ME).id


def test_the_password_is_stored_only_as_an_argon2_hash(engine) -> None:
    _officer(engine)
    with Session(engine) as s:
        stored = s.scalars(select(User.password_hash)).one()
    assert stored.startswith("$argon2id$") and "mot-mat-khau-dai" not in stored
    assert authenticate(engine, "an@gl.vn", "mot-mat-khau-dai").province_code == "52"


def test_account_changes_are_audited_without_the_password(engine) -> None:
    _officer(engine)
    set_disabled(engine, "an@gl.vn", True, who=ME)
    with Session(engine) as s:
        entries = [(e.who, e.field, e.new) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "users").order_by(AuditEntry.id))]
    assert [f for _, f, _ in entries] == ["add", "disabled"]
    assert all("mot-mat-khau-dai" not in str(e) for e in entries)


def test_only_an_admin_manages_accounts(engine) -> None:
    with pytest.raises(Forbidden):
        add_user(engine, "b@gl.vn", "viewer", "52", "mot-mat-khau-dai",
                 who=Actor("an@gl.vn", "officer", "52"))
    with pytest.raises(MuctieuError):
        add_user(engine, "b@gl.vn", "officer", "52", "mot-mat-khau-dai", who=ME,
                 units=[ReportingUnit("commune", "21583", "Quy Nhơn")])


def test_a_session_lives_until_idle_or_ended_or_the_account_is_disabled(engine) -> None:
    uid = _officer(engine)
    sid = start_session(engine, uid)
    assert read_session(engine, sid, IDLE).actor.name == "an@gl.vn"
    assert read_session(engine, "khong-phai", IDLE) is None
    with Session(engine) as s, s.begin():
        s.execute(update(User).values(disabled=True))
    assert read_session(engine, sid, IDLE) is None
    with Session(engine) as s, s.begin():
        s.execute(update(User).values(disabled=False))
    end_session(engine, sid)
    assert read_session(engine, sid, IDLE) is None
    other = start_session(engine, uid)
    assert read_session(engine, other, timedelta(0)) is None  # idle beyond the limit


def test_failed_log_ins_are_counted_across_workers_and_a_success_clears_them(engine) -> None:
    for _ in range(PER_ACCOUNT - 1):
        note_attempt(engine, "an@gl.vn", "10.0.0.1", False)
    assert wait_before_login(engine, "AN@gl.vn", "10.0.0.2") is None
    note_attempt(engine, "an@gl.vn", "10.0.0.1", False)
    wait = wait_before_login(engine, "an@gl.vn", "10.0.0.2")
    assert timedelta(minutes=14) < wait <= timedelta(minutes=15)
    with Session(engine) as s, s.begin():  # the failures age out of the window
        s.execute(update(LoginAttempt).values(at=audit.now() - timedelta(minutes=16)))
    assert wait_before_login(engine, "an@gl.vn", "10.0.0.2") is None
    note_attempt(engine, "an@gl.vn", "10.0.0.1", True)
    with Session(engine) as s:
        assert s.scalars(select(LoginAttempt.success)).all() == [True]
