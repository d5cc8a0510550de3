"""API tokens: created for an account (shown once), listed, revoked, checked.

A token acts as its account (role, province, units) while the account is
enabled, the token is not revoked and not past its expiry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from muctieu.errors import MuctieuError
from muctieu.store import audit
from muctieu.store.actors import Actor, require_admin
from muctieu.store.models import ApiToken, User
from muctieu.store.secrets_hash import digest, new_secret
from muctieu.store.users import actor_of, get_user
from muctieu.store.writing import writing

PREFIX = "mt_"
# last_used_at is written at most this often, so reads stay reads.
TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class TokenInfo:
    id: int
    email: str
    name: str
    prefix: str
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None


def create_token(engine: Engine, email: str, *, who: Actor, name: str = "api",
                 days: int | None = 365) -> tuple[str, TokenInfo]:
    """A new token for `email`'s account: (the token itself, its record)."""
    require_admin(who, "tạo mã truy cập API", "create API tokens")
    token = new_secret(PREFIX)
    with Session(writing(engine)) as session, session.begin():
        user = get_user(session, email)
        now = audit.now()
        row = ApiToken(user_id=user.id, token_hash=digest(token), prefix=token[:10], name=name,
                       created_at=now, expires_at=now + timedelta(days=days) if days else None,
                       revoked_at=None, last_used_at=None)
        session.add(row)
        session.flush()
        audit.record(session, audit.entry(who.name, "api_tokens", row.id, "create", None,
                                          {"email": user.email, "name": name,
                                           "prefix": row.prefix}, user.province_code))
        return token, _info(row, user.email)


def _info(row: ApiToken, email: str) -> TokenInfo:
    return TokenInfo(row.id, email, row.name, row.prefix, row.created_at, row.expires_at,
                     row.revoked_at, row.last_used_at)


def list_tokens(engine: Engine, email: str | None = None) -> list[TokenInfo]:
    with Session(engine) as session:
        q = select(ApiToken, User.email).join(User, User.id == ApiToken.user_id).order_by(
            User.email, ApiToken.id)
        if email:
            q = q.where(User.id == get_user(session, email).id)
        return [_info(t, e) for t, e in session.execute(q)]


def revoke_token(engine: Engine, token_id: int, *, who: Actor) -> None:
    require_admin(who, "thu hồi mã truy cập API", "revoke API tokens")
    with Session(writing(engine)) as session, session.begin():
        row = session.get(ApiToken, token_id)
        if row is None:
            raise MuctieuError(f"không có mã truy cập số {token_id}", f"no token {token_id}",
                               where="TOKEN_ID")
        if row.revoked_at is None:
            row.revoked_at = audit.now()
            audit.record(session, audit.entry(who.name, "api_tokens", row.id, "revoke", None,
                                              {"prefix": row.prefix}))


@dataclass(frozen=True, slots=True)
class TokenState:
    """What a request with a token needs to know of it."""

    token_id: int
    actor: Actor | None  # None: revoked, or the account is disabled
    expires_at: datetime | None
    last_used_at: datetime | None

    def valid_actor(self, now: datetime) -> Actor | None:
        if self.expires_at is not None and audit.aware(self.expires_at) <= now:
            return None
        return self.actor

    def needs_touch(self, now: datetime) -> bool:
        return self.last_used_at is None or audit.aware(self.last_used_at) < now - TOUCH_EVERY


def token_state(engine: Engine, token: str) -> TokenState | None:
    """The stored state of a token (None: no such token). One query."""
    with Session(engine) as session:
        found = session.execute(
            select(ApiToken.id, ApiToken.expires_at, ApiToken.revoked_at, ApiToken.last_used_at,
                   User).join(User, User.id == ApiToken.user_id)
            .where(ApiToken.token_hash == digest(token))).first()
        if found is None:
            return None
        token_id, expires_at, revoked_at, last, user = found
        actor = None if revoked_at is not None or user.disabled else actor_of(user)
        return TokenState(token_id, actor, expires_at, last)


def touch_token(engine: Engine, token_id: int, now: datetime) -> None:
    """Note the token's use (not audited: it changes nothing a reader sees)."""
    with Session(writing(engine)) as session, session.begin():
        session.execute(update(ApiToken).where(ApiToken.id == token_id)
                        .values(last_used_at=now))


def token_actor(engine: Engine, token: str) -> Actor | None:
    """The actor of a valid token (enabled account, not revoked, not expired), else None."""
    now = audit.now()
    state = token_state(engine, token)
    actor = state.valid_actor(now) if state is not None else None
    if actor is not None and state.needs_touch(now):  # type: ignore[union-attr]
        touch_token(engine, state.token_id, now)  # type: ignore[union-attr]
    return actor
