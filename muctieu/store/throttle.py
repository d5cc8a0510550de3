"""Log-in rate limiting, counted in the database so every worker sees every try.

Failed log-ins in the last WINDOW are counted per account and per address;
past a limit, further tries are refused (even with the right password) until
the oldest failure leaves the window.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from muctieu.store import audit
from muctieu.store.models import LoginAttempt
from muctieu.store.writing import writing

WINDOW = timedelta(minutes=15)
PER_ACCOUNT = 5
PER_ADDRESS = 20


def wait_before_login(engine: Engine, email: str, address: str) -> timedelta | None:
    """How long to wait before trying again, or None when a try is allowed."""
    now = audit.now()
    since = now - WINDOW
    with Session(engine) as session:
        waits = []
        for column, value, limit in ((LoginAttempt.email, email.strip().casefold(), PER_ACCOUNT),
                                     (LoginAttempt.address, address, PER_ADDRESS)):
            count, oldest = session.execute(
                select(func.count(), func.min(LoginAttempt.at)).where(
                    column == value, LoginAttempt.success.is_(False), LoginAttempt.at > since)
            ).one()
            if count >= limit:
                waits.append(audit.aware(oldest) + WINDOW - now)
    return max(waits) if waits else None


def note_attempt(engine: Engine, email: str, address: str, success: bool) -> None:
    """Record a try; a success clears the account's earlier failures."""
    with Session(writing(engine)) as session, session.begin():
        record_attempt(session, email, address, success)


def record_attempt(session: Session, email: str, address: str, success: bool) -> None:
    """`note_attempt` within the caller's transaction."""
    email = email.strip().casefold()[:254]
    at: datetime = audit.now()
    if success:
        session.execute(delete(LoginAttempt).where(LoginAttempt.email == email))
    session.add(LoginAttempt(email=email, address=address[:64], at=at, success=success))
    # Old tries count for nothing: keep the table small.
    session.execute(delete(LoginAttempt).where(LoginAttempt.at < at - 4 * WINDOW))
