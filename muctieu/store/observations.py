"""Writing one observation: insert, or replace the old value with an audit entry."""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from muctieu.store import audit
from muctieu.store.actors import Actor, require_reporter
from muctieu.store.models import Observation
from muctieu.store.references import UnitRef

VALUE_FIELDS = ("value", "numerator", "denominator")
SOURCE_FIELDS = (
    "source_kind", "document_id", "span_start", "span_end", "source_file", "source_row",
    "submitted_by",
)

Outcome = Literal["new", "replaced", "unchanged"]


def period_key(year: int, quarter: int | None = None, month: int | None = None) -> str:
    """Canonical period: "2024", "2024-Q2" or "2024-05"."""
    if quarter:
        return f"{year}-Q{quarter}"
    if month:
        return f"{year}-{month:02d}"
    return str(year)


def snapshot(obs: Observation | dict[str, Any]) -> dict[str, Any]:
    """The audited part of an observation: its values and where they came from."""
    get = obs.get if isinstance(obs, dict) else lambda k: getattr(obs, k)
    return {k: get(k) for k in VALUE_FIELDS + SOURCE_FIELDS}


def put_observation(session: Session, fields: dict[str, Any], who: Actor) -> Outcome:
    """Store `fields` (Observation columns, `period` included) for its key.

    The same values again change nothing; different values replace the old
    ones in place, with the old and new values in the audit log. Refused
    (Forbidden) unless `who` may write figures of that unit.
    """
    require_reporter(who, UnitRef(fields["unit_level"], fields["unit_code"],
                                  fields["unit_name"], fields["province_code"]))
    name = who.name
    existing = session.scalar(
        select(Observation).where(
            Observation.indicator_id == fields["indicator_id"],
            Observation.unit_level == fields["unit_level"],
            Observation.unit_code == fields["unit_code"],
            Observation.period == fields["period"],
        )
    )
    if existing is None:
        obs = Observation(**fields)
        session.add(obs)
        session.flush()
        audit.record(session, audit.entry(name, "observations", obs.id, "insert", None,
                                          snapshot(obs), obs.province_code))
        return "new"
    if all(getattr(existing, k) == fields.get(k) for k in VALUE_FIELDS):
        return "unchanged"
    old = snapshot(existing)
    for k, v in fields.items():
        setattr(existing, k, v)
    session.flush()
    audit.record(session, audit.entry(name, "observations", existing.id, "replace", old,
                                      snapshot(existing), existing.province_code))
    return "replaced"
