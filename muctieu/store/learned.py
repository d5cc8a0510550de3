"""Wording → indicator choices that officers made in review, kept as data.

When a reviewer sets a target's indicator id by hand, the choice is stored
under the wording's key (`catalog.match.wording_key`); ingest passes all
choices to the matcher, so the same wording in the next plan gets the id the
officer chose.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from muctieu.catalog.match import wording_key
from muctieu.store import audit
from muctieu.store.models import LearnedWording


def learned_wordings(session: Session) -> dict[str, str]:
    """Every kept choice: wording key → indicator id."""
    rows = session.execute(select(LearnedWording.wording_key, LearnedWording.indicator_id))
    return {key: ind for key, ind in rows}


def remember(session: Session, wording: str, indicator_id: str, who: str) -> None:
    """Keep (or replace) the choice of `indicator_id` for `wording`, audited."""
    key = wording_key(wording)
    if not key:
        return
    row = session.scalar(select(LearnedWording).where(LearnedWording.wording_key == key))
    old = {"indicator_id": row.indicator_id} if row else None
    if row is None:
        row = LearnedWording(wording_key=key, wording=wording, indicator_id=indicator_id,
                             chosen_by=who, chosen_at=audit.now())
        session.add(row)
    elif row.indicator_id == indicator_id:
        return
    else:
        row.indicator_id, row.chosen_by, row.chosen_at = indicator_id, who, audit.now()
    session.flush()
    audit.record(session, audit.entry(who, "learned_wordings", row.id, "indicator_id",
                                      old, {"indicator_id": indicator_id, "wording": wording}))
