"""Log-in sessions kept in the database, so several workers agree on them.

The browser holds a random id; the store keeps its hash, the account, a
CSRF token, and when it was last seen. A session idle longer than the
configured time is over; log-out deletes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from muctieu.store import audit
from muctieu.store.actors import Actor
from muctieu.store.models import LoginSession, User
from muctieu.store.secrets_hash import digest, new_secret
from muctieu.store.users import actor_of
from muctieu.store.writing import writing

# last_seen is written at most this often: a page view is not a write each time.
TOUCH_EVERY = timedelta(seconds=60)


@dataclass(frozen=True, slots=True)
class SessionInfo:
    actor: Actor
    csrf_token: str


def start_session(engine: Engine, user_id: int) -> str:
    """A new session for the account; returns the cookie value (never reused)."""
    with Session(writing(engine)) as session, session.begin():
        return add_session(session, user_id)


def add_session(session: Session, user_id: int) -> str:
    """`start_session` within the caller's transaction."""
    sid = new_secret()
    now = audit.now()
    session.add(LoginSession(id_hash=digest(sid), user_id=user_id,
                             csrf_token=new_secret(), created_at=now, last_seen=now))
    return sid


def end_session(engine: Engine, sid: str) -> None:
    with Session(writing(engine)) as session, session.begin():
        session.execute(delete(LoginSession).where(LoginSession.id_hash == digest(sid)))


def read_session(engine: Engine, sid: str, idle: timedelta) -> SessionInfo | None:
    """The session's actor and CSRF token, or None when unknown, idle too long or disabled."""
    now = audit.now()
    key = digest(sid)
    with Session(engine) as session:  # one query: asked on every page
        found = session.execute(
            select(LoginSession.last_seen, LoginSession.csrf_token, User)
            .join(User, User.id == LoginSession.user_id).where(LoginSession.id_hash == key)
        ).first()
        if found is None:
            return None
        last_seen, csrf, user = found
        last = audit.aware(last_seen)
        expired = last < now - idle
        if not expired:
            if user.disabled:
                return None
            info = SessionInfo(actor_of(user), csrf)
    if expired:
        end_session(engine, sid)
        return None
    if last < now - TOUCH_EVERY:
        with Session(writing(engine)) as session, session.begin():
            session.execute(update(LoginSession).where(LoginSession.id_hash == key)
                            .values(last_seen=now))
    return info
