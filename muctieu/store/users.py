"""Accounts: creating, listing, disabling users, passwords, and their actor.

Passwords are hashed with argon2id (argon2-cffi); there is no default
account: the first admin is made with `muctieu users add`. Every change is
audited (without the password hash).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session, selectinload

from muctieu.errors import MuctieuError
from muctieu.store import audit
from muctieu.store.actors import Actor, require_admin
from muctieu.store.models import ROLES, LoginSession, User, UserUnit
from muctieu.store.writing import writing

MIN_PASSWORD = 10
_HASHER = PasswordHasher()
# Verifying against this when the email is unknown costs the same time as a
# real check, so response times do not tell which accounts exist.
_DUMMY_HASH = _HASHER.hash("muctieu-no-such-account")


@dataclass(frozen=True, slots=True)
class ReportingUnit:
    kind: str  # "agency" or "commune"
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    email: str
    role: str
    province_code: str | None
    disabled: bool
    units: tuple[ReportingUnit, ...]


def normalise_email(email: str) -> str:
    e = email.strip().casefold()
    if "@" not in e or e.startswith("@") or e.endswith("@") or any(c.isspace() for c in e):
        raise MuctieuError(f"địa chỉ email không hợp lệ: {email!r}",
                           f"invalid email address: {email!r}", where="EMAIL")
    return e


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise MuctieuError(f"mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự",
                           f"the password needs at least {MIN_PASSWORD} characters",
                           where="password")


def hash_password(password: str) -> str:
    _check_password(password)
    return _HASHER.hash(password)


def password_matches(stored_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def actor_of(user: User) -> Actor:
    """The actor an account acts as (only a reporter's units are read: one query less)."""
    units = user.units if user.role == "reporter" else []
    return Actor(
        name=user.email, role=user.role,  # type: ignore[arg-type]
        province_code=user.province_code,
        communes=frozenset(u.code for u in units if u.kind == "commune"),
        agencies=frozenset(u.code for u in units if u.kind == "agency"),
        user_id=user.id,
    )


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.email, user.role, user.province_code, user.disabled,
                    tuple(ReportingUnit(u.kind, u.code, u.name) for u in user.units))


def get_user(session: Session, email: str) -> User:
    """The account with this email (MuctieuError when there is none)."""
    user = session.scalar(select(User).where(User.email == normalise_email(email))
                          .options(selectinload(User.units)))
    if user is None:
        raise MuctieuError(f"không có tài khoản {email}", f"no account {email}", where="EMAIL")
    return user


def add_user(
    engine: Engine, email: str, role: str, province_code: str | None, password: str,
    *, who: Actor, units: Iterable[ReportingUnit] = (),
) -> UserInfo:
    """Create an account; only an admin (or the local system) may."""
    require_admin(who, "tạo tài khoản", "create accounts")
    email = normalise_email(email)
    if role not in ROLES:
        raise MuctieuError(f"vai trò '{role}' không có ({', '.join(ROLES)})",
                           f"unknown role '{role}' ({', '.join(ROLES)})", where="--role")
    if role != "admin" and not province_code:
        raise MuctieuError("vai trò này cần một tỉnh (--province)",
                           "this role needs a province (--province)", where="--province")
    units = list(units)
    if units and role != "reporter":
        raise MuctieuError("chỉ đơn vị báo cáo mới có xã hoặc cơ quan",
                           "only a reporter has communes or an agency", where="--commune/--agency")
    if role == "reporter" and not units:
        raise MuctieuError("đơn vị báo cáo cần ít nhất một xã (--commune) hoặc cơ quan (--agency)",
                           "a reporter needs a commune (--commune) or an agency (--agency)",
                           where="--commune/--agency")
    with Session(writing(engine)) as session, session.begin():
        if session.scalar(select(User.id).where(User.email == email)) is not None:
            raise MuctieuError(f"đã có tài khoản {email}", f"account {email} already exists",
                               where="EMAIL")
        user = User(email=email, role=role, province_code=None if role == "admin" else province_code,
                    password_hash=hash_password(password), disabled=False,
                    created_at=audit.now(),
                    units=[UserUnit(kind=u.kind, code=u.code, name=u.name) for u in units])
        session.add(user)
        session.flush()
        info = _info(user)
        audit.record(session, audit.entry(who.name, "users", user.id, "add", None, {
            "email": email, "role": role, "province_code": user.province_code,
            "units": [f"{u.kind}:{u.code}" for u in units]}, user.province_code))
        return info


def list_users(engine: Engine) -> list[UserInfo]:
    with Session(engine) as session:
        return [_info(u) for u in session.scalars(
            select(User).options(selectinload(User.units)).order_by(User.email))]


def find_user(engine: Engine, email: str) -> UserInfo | None:
    with Session(engine) as session:
        try:
            return _info(get_user(session, email))
        except MuctieuError:
            return None


def actor_for_email(engine: Engine, email: str) -> Actor | None:
    """The actor of an enabled account with this email, or None."""
    with Session(engine) as session:
        user = session.scalar(select(User).where(User.email == email.strip().casefold())
                              .options(selectinload(User.units)))
        return actor_of(user) if user is not None and not user.disabled else None


def set_disabled(engine: Engine, email: str, disabled: bool, *, who: Actor) -> None:
    """Disable (or enable) an account; disabling ends its sessions at once."""
    require_admin(who, "khoá tài khoản", "disable accounts")
    with Session(writing(engine)) as session, session.begin():
        user = get_user(session, email)
        if user.disabled == disabled:
            return
        user.disabled = disabled
        if disabled:
            session.execute(delete(LoginSession).where(LoginSession.user_id == user.id))
        audit.record(session, audit.entry(who.name, "users", user.id, "disabled",
                                          {"disabled": not disabled}, {"disabled": disabled},
                                          user.province_code))


def reset_password(engine: Engine, email: str, password: str, *, who: Actor) -> None:
    """Set a new password; the account's sessions end (tokens stay: they are separate)."""
    require_admin(who, "đặt lại mật khẩu", "reset passwords")
    new_hash = hash_password(password)
    with Session(writing(engine)) as session, session.begin():
        user = get_user(session, email)
        user.password_hash = new_hash
        session.execute(delete(LoginSession).where(LoginSession.user_id == user.id))
        audit.record(session, audit.entry(who.name, "users", user.id, "reset_password",
                                          None, None, user.province_code))


Refusal = Literal["unknown_account", "wrong_password", "disabled"]


@dataclass(frozen=True, slots=True)
class Credentials:
    """What a log-in try found: the actor, or why not (for the audit log, never shown)."""

    actor: Actor | None
    refused: Refusal | None
    user_id: int | None  # the account named, when there is one
    province_code: str | None


def check_credentials(engine: Engine, email: str, password: str) -> Credentials:
    """The account's actor when the password is right and it is enabled, else why not."""
    with Session(engine) as session:
        user = session.scalar(select(User).where(User.email == email.strip().casefold())
                              .options(selectinload(User.units)))
        ok = password_matches(user.password_hash if user else None, password)
        if user is None:
            return Credentials(None, "unknown_account", None, None)
        if not ok or user.disabled:
            return Credentials(None, "disabled" if ok else "wrong_password", user.id,
                               user.province_code)
        return Credentials(actor_of(user), None, user.id, user.province_code)


def authenticate(engine: Engine, email: str, password: str) -> Actor | None:
    """The account's actor when the password is right and it is enabled, else None."""
    return check_credentials(engine, email, password).actor
