"""Log-in and log-out as the audit log records them.

Every try leaves an entry under the table "sessions": `login` (the account,
the address), `login_refused` (the account named, the address, and why:
unknown account, wrong password, disabled account) and `logout`. The
password, the session id and its hash are never written in an entry. A try
refused because of too many failures (throttle.py) is not written: the
failures before it are, and the log stays bounded whatever a client sends.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from muctieu.store import audit
from muctieu.store.actors import Actor
from muctieu.store.models import LoginSession, User
from muctieu.store.secrets_hash import digest
from muctieu.store.sessions import add_session
from muctieu.store.throttle import record_attempt
from muctieu.store.users import check_credentials
from muctieu.store.writing import writing

TABLE = "sessions"
WHO_LENGTH = 100  # AuditEntry.who


@dataclass(frozen=True, slots=True)
class LoggedIn:
    actor: Actor
    sid: str  # the cookie value; only its hash is stored


def _named(email: str) -> str:
    """The account a try named, as the log shows it (something else typed there: "?")."""
    e = email.strip().casefold()
    if "@" not in e or any(c.isspace() for c in e) or len(e) > WHO_LENGTH:
        return "?"
    return e


def log_in(engine: Engine, email: str, password: str, address: str) -> LoggedIn | None:
    """Check the password; when right, a new session. Counted and audited either way."""
    found = check_credentials(engine, email, password)  # argon2: outside the transaction
    with Session(writing(engine)) as session, session.begin():
        record_attempt(session, email, address, found.actor is not None)
        if found.actor is None:
            audit.record(session, audit.entry(
                _named(email), TABLE, found.user_id, "login_refused", None,
                {"address": address, "reason": found.refused}, found.province_code))
            return None
        sid = add_session(session, found.user_id)  # type: ignore[arg-type]
        audit.record(session, audit.entry(found.actor.name, TABLE, found.user_id, "login",
                                          None, {"address": address}, found.province_code))
        return LoggedIn(found.actor, sid)


def log_out(engine: Engine, sid: str, address: str) -> None:
    """End the session (when it is still there), audited under its account."""
    with Session(writing(engine)) as session, session.begin():
        found = session.execute(
            select(LoginSession, User.email, User.province_code)
            .join(User, User.id == LoginSession.user_id)
            .where(LoginSession.id_hash == digest(sid))).first()
        if found is None:
            return
        row, email, province_code = found
        session.delete(row)
        audit.record(session, audit.entry(
            email, TABLE, row.user_id, "logout",
            {"since": audit.aware(row.created_at).isoformat(timespec="seconds")},
            {"address": address}, province_code))
