"""The stored records: documents, targets, observations and the audit log.

Column meanings follow design/ARCHITECTURE.md ("Core records"). The schema is
created and changed only by the Alembic migrations in `migrations/`; these
models must match the latest one (a test checks that).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

REVIEW_STATES = ("extracted", "confirmed", "corrected", "rejected")
UNIT_LEVELS = ("province", "commune")
SOURCE_KINDS = ("document", "upload", "api")
ROLES = ("admin", "officer", "reporter", "viewer")
REPORTING_UNIT_KINDS = ("agency", "commune")
PROVINCE_LEVEL = "unit_level = 'province'"  # the partial index's condition


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, datetime: DateTime(timezone=True)}


class Document(Base):
    """A plan as ingested: its text (spans index into it) and stated metadata."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(8))
    province: Mapped[str | None] = mapped_column(String(100))  # as named in the text
    province_current: Mapped[str | None] = mapped_column(String(100))  # current unit's name
    province_code: Mapped[str | None] = mapped_column(String(16), index=True)
    plan_number: Mapped[str | None] = mapped_column(String(64))
    issued: Mapped[date | None] = mapped_column(Date)
    plan_year: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[datetime]
    ingested_by: Mapped[str] = mapped_column(String(100))

    targets: Mapped[list[Target]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Target.start"
    )


class Target(Base):
    """One quantity a document states (a target or a result), with its span."""

    __tablename__ = "targets"
    __table_args__ = (
        CheckConstraint(_in("review_state", REVIEW_STATES), name="review_state_known"),
        CheckConstraint("kind IN ('target', 'result')", name="kind_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    anchor: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))
    indicator: Mapped[str] = mapped_column(Text)  # wording as in the text
    indicator_id: Mapped[str | None] = mapped_column(String(64), index=True)
    indicator_score: Mapped[float | None] = mapped_column(Float)
    pillar: Mapped[str | None] = mapped_column(String(40))
    scope: Mapped[str | None] = mapped_column(String(100))
    op: Mapped[str] = mapped_column(String(8))
    value: Mapped[float] = mapped_column(Float)
    value_max: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(8))
    unit_text: Mapped[str | None] = mapped_column(String(40))
    year: Mapped[int | None] = mapped_column(Integer)
    # another province the value belongs to, as the text names it ("Đà Nẵng (58,89%)"
    # in a Hà Nam report): not the document's province's value
    place: Mapped[str | None] = mapped_column(String(100))
    review_state: Mapped[str] = mapped_column(String(10), default="extracted")
    reviewed_by: Mapped[str | None] = mapped_column(String(100))
    reviewed_at: Mapped[datetime | None]

    document: Mapped[Document] = relationship(back_populates="targets")


class Observation(Base):
    """A measured value of an indicator for one unit and period, with its source.

    `period` is the canonical key ("2024", "2024-Q2", "2024-05") so that the
    uniqueness of (indicator, unit, period) does not depend on NULL handling.
    """

    __tablename__ = "observations"
    __table_args__ = (
        UniqueConstraint(
            "indicator_id", "unit_level", "unit_code", "period", name="uq_observation_key"
        ),
        CheckConstraint(_in("unit_level", UNIT_LEVELS), name="unit_level_known"),
        CheckConstraint(_in("source_kind", SOURCE_KINDS), name="source_kind_known"),
        CheckConstraint(
            "value IS NOT NULL OR (numerator IS NOT NULL AND denominator IS NOT NULL)",
            name="has_value",
        ),
        # A province's figures in id order: the API's pages (migration 0007).
        Index("ix_observations_province_id", "province_code", "id"),
        # Province-level figures only, a few among the communes' (evaluation).
        Index("ix_observations_province_level", "province_code",
              postgresql_where=text(PROVINCE_LEVEL), sqlite_where=text(PROVINCE_LEVEL)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[str] = mapped_column(String(64))
    unit_level: Mapped[str] = mapped_column(String(8))
    unit_code: Mapped[str] = mapped_column(String(16))
    unit_name: Mapped[str] = mapped_column(String(120))
    province_code: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int | None] = mapped_column(Integer)
    month: Mapped[int | None] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(10))
    value: Mapped[float | None] = mapped_column(Float)
    numerator: Mapped[float | None] = mapped_column(Float)
    denominator: Mapped[float | None] = mapped_column(Float)
    source_kind: Mapped[str] = mapped_column(String(8))
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL")
    )
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    source_file: Mapped[str | None] = mapped_column(Text)
    source_row: Mapped[int | None] = mapped_column(Integer)
    submitted_by: Mapped[str] = mapped_column(String(100))
    submitted_at: Mapped[datetime]


class AuditEntry(Base):
    """Who changed what and when; `field` is a column name or an action."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    who: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime]
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(40))
    old: Mapped[dict[str, Any] | None]
    new: Mapped[dict[str, Any] | None]
    # The province concerned, so its officers see the entry (None: admins only).
    province_code: Mapped[str | None] = mapped_column(String(16), index=True)


class DocumentFile(Base):
    """The original bytes of an ingested file, for download beside its text."""

    __tablename__ = "document_files"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Publication(Base):
    """A province whose figures and evaluation are public (absent: not published)."""

    __tablename__ = "publications"

    province_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    published_at: Mapped[datetime]
    published_by: Mapped[str] = mapped_column(String(100))


class LearnedWording(Base):
    """An officer's choice of indicator for a wording, reused by later matching."""

    __tablename__ = "learned_wordings"

    id: Mapped[int] = mapped_column(primary_key=True)
    wording_key: Mapped[str] = mapped_column(String(500), unique=True)
    wording: Mapped[str] = mapped_column(Text)
    indicator_id: Mapped[str] = mapped_column(String(64))
    chosen_by: Mapped[str] = mapped_column(String(100))
    chosen_at: Mapped[datetime]


class User(Base):
    """An account: who may read and change what (see store/actors.py)."""

    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(_in("role", ROLES), name="role_known"),
        CheckConstraint("role = 'admin' OR province_code IS NOT NULL", name="province_scoped"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    role: Mapped[str] = mapped_column(String(10))
    province_code: Mapped[str | None] = mapped_column(String(16))
    password_hash: Mapped[str | None] = mapped_column(String(200))  # None: cannot log in
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]

    units: Mapped[list[UserUnit]] = relationship(cascade="all, delete-orphan",
                                                 order_by="UserUnit.code")


class UserUnit(Base):
    """An agency or a commune a reporter submits figures for."""

    __tablename__ = "user_units"
    __table_args__ = (CheckConstraint(_in("kind", REPORTING_UNIT_KINDS), name="unit_kind_known"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    code: Mapped[str] = mapped_column(String(100), primary_key=True)  # commune code or agency
    name: Mapped[str] = mapped_column(String(200))


class LoginSession(Base):
    """A logged-in browser; only the hash of its cookie is stored."""

    __tablename__ = "sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    last_seen: Mapped[datetime]


class ApiToken(Base):
    """A bearer token for other systems; only its hash is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))  # shown in lists, to tell tokens apart
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    last_used_at: Mapped[datetime | None]


class LoginAttempt(Base):
    """One log-in try, so that every worker counts the same failures."""

    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime]
    success: Mapped[bool] = mapped_column(Boolean)


class IdempotencyKey(Base):
    """A write's key, the hash of its request and the response it got."""

    __tablename__ = "idempotency_keys"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int | None] = mapped_column(Integer)  # None: still being applied
    response: Mapped[dict[str, Any] | None]
    created_at: Mapped[datetime]


class Revision(Base):
    """How many committed changes an audited table has had (see store/revisions.py)."""

    __tablename__ = "revisions"

    scope: Mapped[str] = mapped_column(String(40), primary_key=True)  # an audit table_name
    n: Mapped[int] = mapped_column(BigInteger)
