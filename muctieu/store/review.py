"""Reviewing extracted targets: confirm, correct or reject, with an audit entry.

Also the review queue (least certain first) and the bulk acceptance of a
document's high-confidence records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from muctieu.errors import MuctieuError
from muctieu.store import audit
from muctieu.store.actors import Actor, require_manager
from muctieu.store.learned import remember
from muctieu.store.models import REVIEW_STATES, Document, Target
from muctieu.store.read import TargetRow, read_targets
from muctieu.store.writing import writing

CORRECTABLE = ("indicator", "indicator_id", "pillar", "scope", "op", "value", "value_max",
               "unit", "unit_text", "year", "kind")
KINDS = ("target", "result")
# A record whose indicator match scores at least this, with its year written
# in its own clause or the plan's, may be accepted in bulk.
CONFIDENT_SCORE = 0.8


def _check(state: str, corrections: dict[str, Any]) -> None:
    if state not in REVIEW_STATES[1:]:
        raise MuctieuError(f"trạng thái '{state}' không hợp lệ (confirmed, corrected, rejected)",
                           f"invalid state '{state}' (confirmed, corrected, rejected)")
    unknown = sorted(set(corrections) - set(CORRECTABLE))
    if unknown:
        raise MuctieuError(f"không sửa được trường {unknown}", f"cannot correct fields {unknown}")
    if (state == "corrected") != bool(corrections):
        raise MuctieuError("chỉ trạng thái 'corrected' đi kèm nội dung sửa",
                           "corrections go with the 'corrected' state, and only with it")
    if "kind" in corrections and corrections["kind"] not in KINDS:
        raise MuctieuError(f"loại '{corrections['kind']}' không hợp lệ (target, result)",
                           f"invalid kind '{corrections['kind']}' (target, result)")


def _province(session: Session, target: Target) -> str | None:
    return session.scalar(select(Document.province_code)
                          .where(Document.id == target.document_id))


def _apply(session: Session, target: Target, state: str, who: Actor,
           corrections: dict[str, Any], province: str | None) -> None:
    name = who.name
    wording = target.indicator  # as extracted: the next plan's extraction gives it again
    changes = {"review_state": state, "reviewed_by": name, **corrections}
    for field, new in changes.items():
        old = getattr(target, field)
        if old != new:
            setattr(target, field, new)
            audit.record(session, audit.entry(name, "targets", target.id, field,
                                              {field: old}, {field: new}, province))
    target.reviewed_at = audit.now()
    if "indicator_id" in corrections and corrections["indicator_id"]:
        # The officer's choice is kept so the next plan's same wording gets it.
        remember(session, wording, corrections["indicator_id"], name)


def review_target(
    engine: Engine, target_id: int, state: str, who: Actor,
    corrections: dict[str, Any] | None = None,
) -> None:
    """Set a target's review state (and corrected fields), audited field by field.

    Only an officer of the target's province (or an admin) may review it.
    """
    corrections = corrections or {}
    _check(state, corrections)
    with Session(writing(engine)) as session, session.begin():
        target = session.get(Target, target_id)
        if target is None:
            raise MuctieuError(f"không có chỉ tiêu số {target_id}", f"no target {target_id}")
        province = _province(session, target)
        require_manager(who, province, f"duyệt chỉ tiêu số {target_id}",
                        f"review target {target_id}")
        _apply(session, target, state, who, corrections, province)


@dataclass(frozen=True, slots=True)
class QueueItem:
    """An unreviewed record, with what makes it uncertain."""

    target: TargetRow
    clause: str  # the record's span of the text
    year_inferred: bool  # its year is not written in its own clause
    certainty: float  # 0 (least) … 1; the queue shows the least certain first


def _plan_year(t: TargetRow, year_inferred: bool) -> bool:
    """The year comes from the plan itself (its title or heading), not the clause."""
    return year_inferred and t.year is not None and t.year == t.plan_year


def _certainty(t: TargetRow, year_inferred: bool) -> float:
    score = t.indicator_score if t.indicator_id and t.indicator_score is not None else 0.0
    penalty = 0.0 if not year_inferred else 0.1 if _plan_year(t, year_inferred) else 0.3
    return max(0.0, score - penalty - (0.2 if t.year is None else 0.0))


def _year_inferred(t: TargetRow, clause: str) -> bool:
    return t.year is None or not re.search(rf"(?<!\d){t.year}(?!\d)", clause)


def review_queue(engine: Engine, *, document_id: int | None = None,
                 province_codes: frozenset[str] | None = None) -> list[QueueItem]:
    """Records not yet reviewed, least certain first (then in text order)."""
    pending = [t for t in read_targets(engine, document_id=document_id)
               if t.review_state == "extracted"
               and (province_codes is None or t.province_code in province_codes)]
    texts: dict[int, str] = {}
    with engine.connect() as conn:
        for doc_id in sorted({t.document_id for t in pending}):
            texts[doc_id] = conn.scalar(select(Document.text).where(Document.id == doc_id)) or ""
    items = []
    for t in pending:
        clause = texts[t.document_id][t.start:t.end]
        inferred = _year_inferred(t, clause)
        items.append(QueueItem(t, clause, inferred, _certainty(t, inferred)))
    items.sort(key=lambda i: (i.certainty, i.target.document_id, i.target.start))
    return items


def confident(item: QueueItem) -> bool:
    """High confidence: a catalogue match scoring well, and a year the clause or
    the plan itself states."""
    t = item.target
    year_known = not item.year_inferred or _plan_year(t, item.year_inferred)
    return bool(t.indicator_id) and year_known and (t.indicator_score or 0.0) >= CONFIDENT_SCORE


def accept_confident(engine: Engine, document_id: int, who: Actor) -> int:
    """Confirm a document's unreviewed high-confidence records in one transaction;
    each is audited as a single review would be. Returns how many.

    Only an officer of the document's province (or an admin) may do it.
    """
    with engine.connect() as conn:
        province = conn.scalar(select(Document.province_code).where(Document.id == document_id))
    require_manager(who, province, f"duyệt văn bản số {document_id}",
                    f"review document {document_id}")
    ids = [i.target.id for i in review_queue(engine, document_id=document_id) if confident(i)]
    done = 0
    with Session(writing(engine)) as session, session.begin():
        for target in session.scalars(select(Target).where(Target.id.in_(ids))):
            if target.review_state == "extracted":  # another reviewer may have been first
                _apply(session, target, "confirmed", who, {}, province)
                done += 1
    return done
