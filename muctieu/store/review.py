"""Reviewing extracted targets: confirm, correct or reject, with an audit entry."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from muctieu.errors import MuctieuError
from muctieu.store import audit
from muctieu.store.actors import Actor, require_manager
from muctieu.store.learned import remember
from muctieu.store.models import REVIEW_STATES, Document, Target
from muctieu.store.writing import writing

CORRECTABLE = ("indicator", "indicator_id", "pillar", "scope", "op", "value", "value_max",
               "unit", "unit_text", "year")


def review_target(
    engine: Engine, target_id: int, state: str, who: Actor,
    corrections: dict[str, Any] | None = None,
) -> None:
    """Set a target's review state (and corrected fields), audited field by field.

    Only an officer of the target's province (or an admin) may review it.
    """
    corrections = corrections or {}
    if state not in REVIEW_STATES[1:]:
        raise MuctieuError(f"trạng thái '{state}' không hợp lệ (confirmed, corrected, rejected)",
                           f"invalid state '{state}' (confirmed, corrected, rejected)")
    unknown = sorted(set(corrections) - set(CORRECTABLE))
    if unknown:
        raise MuctieuError(f"không sửa được trường {unknown}", f"cannot correct fields {unknown}")
    if (state == "corrected") != bool(corrections):
        raise MuctieuError("chỉ trạng thái 'corrected' đi kèm nội dung sửa",
                           "corrections go with the 'corrected' state, and only with it")
    with Session(writing(engine)) as session, session.begin():
        target = session.get(Target, target_id)
        if target is None:
            raise MuctieuError(f"không có chỉ tiêu số {target_id}", f"no target {target_id}")
        province = session.scalar(select(Document.province_code)
                                  .where(Document.id == target.document_id))
        require_manager(who, province, f"duyệt chỉ tiêu số {target_id}",
                        f"review target {target_id}")
        name = who.name
        wording = target.indicator  # as extracted: the next plan's extraction gives it again
        changes = {"review_state": state, "reviewed_by": name, **corrections}
        for field, new in changes.items():
            old = getattr(target, field)
            if old != new:
                setattr(target, field, new)
                audit.record(session, audit.entry(name, "targets", target_id, field,
                                                  {field: old}, {field: new}, province))
        target.reviewed_at = audit.now()
        if "indicator_id" in corrections and corrections["indicator_id"]:
            # The officer's choice is kept so the next plan's same wording gets it.
            remember(session, wording, corrections["indicator_id"], name)
