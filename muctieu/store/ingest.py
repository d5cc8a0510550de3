"""Ingesting plans: documents and their extracted records into the store.

One transaction per document, so a failure leaves nothing half written, and
a document whose content (sha256 of its text) is already stored is skipped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from muctieu.documents.load import load
from muctieu.documents.model import Document as LoadedDocument
from muctieu.extract.records import TargetRecord
from muctieu.store import audit
from muctieu.store.actors import Actor, require_manager
from muctieu.store.learned import learned_wordings
from muctieu.store.models import Document, DocumentFile, Target
from muctieu.store.observations import Outcome, period_key, put_observation
from muctieu.catalog.match import learned_match
from muctieu.catalog.places import PlaceGuess, locate, record_place
from muctieu.store.references import Matcher, UnitRef, UnitResolver
from muctieu.store.writing import writing

Extractor = Callable[..., list[TargetRecord]]


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    source: str
    status: Literal["new", "unchanged"]
    document_id: int
    targets: int = 0
    observations: int = 0  # results stored (new or replacing an older value)
    results_skipped: int = 0  # results with no indicator id, province, year, a sub-scope, or another province's


@dataclass(frozen=True, slots=True)
class Original:
    """A file as it was given: its name, media type and bytes."""

    filename: str
    media_type: str
    content: bytes


MEDIA_TYPES = {
    "txt": "text/plain; charset=utf-8", "html": "text/html",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _stored(session: Session, sha256: str, who: Actor, source: str) -> int | None:
    """The id of the document with this content, if stored (and `who` may store it).

    Asked before anything else, so that "already stored" is no answer to
    someone who may not store that province's plans.
    """
    row = session.execute(select(Document.id, Document.province_code)
                          .where(Document.sha256 == sha256)).first()
    if row is None:
        return None
    require_manager(who, row.province_code, "nạp kế hoạch", "store a plan", where=source)
    return row.id


def _target(rec: TargetRecord, match: Matcher, learned: Mapping[str, str], own: PlaceGuess | None,
            text: str) -> Target:
    chosen = learned_match(rec.indicator, learned, rec.unit)
    matched = (chosen.indicator_id, chosen.score) if chosen else match(rec.indicator, rec.unit)
    return Target(
        start=rec.start, end=rec.end, anchor=rec.anchor, kind=rec.kind,
        indicator=rec.indicator,
        indicator_id=matched[0] if matched else None,
        indicator_score=matched[1] if matched else None,
        pillar=rec.pillar, scope=rec.scope, op=rec.op, value=rec.value,
        value_max=rec.value_max, unit=rec.unit, unit_text=rec.unit_text, year=rec.year,
        place=record_place(rec, text, own), review_state="extracted",
    )


def _result_observation(
    session: Session, doc: Document, t: Target, province: UnitRef, who: Actor
) -> Outcome:
    return put_observation(
        session,
        {
            "indicator_id": t.indicator_id, "unit_level": "province",
            "unit_code": province.code, "unit_name": province.name,
            "province_code": province.code, "year": t.year, "quarter": None, "month": None,
            "period": period_key(t.year or 0), "value": t.value, "numerator": None,
            "denominator": None, "source_kind": "document", "document_id": doc.id,
            "span_start": t.start, "span_end": t.end, "source_file": doc.source,
            "source_row": None, "submitted_by": who.name, "submitted_at": doc.ingested_at,
        },
        who,
    )


def ingest_document(
    engine: Engine,
    loaded: LoadedDocument,
    records: list[TargetRecord],
    *,
    match: Matcher,
    units: UnitResolver,
    who: Actor,
    original: Original | None = None,
) -> IngestOutcome:
    """Store `loaded` and its records; results become province observations.

    `original` keeps the file as uploaded, for download beside its text.
    Wordings an officer mapped in review get the chosen indicator.

    A result becomes an observation of the document's (current) province
    when it has a catalogue id, a year and no sub-scope ("cấp xã" values
    are not the province's value) and names no other province ("Đà Nẵng
    (58,89%)" in a Hà Nam report is Đà Nẵng's). Only an officer of the document's
    province (or an admin) may store it.
    """
    with Session(writing(engine)) as session, session.begin():
        known = _stored(session, loaded.sha256, who, loaded.source)
        if known is not None:
            return IngestOutcome(loaded.source, "unchanged", known)
        meta = loaded.meta
        learned = learned_wordings(session)
        # the province named in the text, else the one its places point to
        # ("TP. Pleiku" → Gia Lai); old names map to today's province
        located = locate(loaded)
        name = meta.province or (located.current if located else None)
        province = units.province(name) if name else None
        require_manager(who, province.code if province else None, "nạp kế hoạch",
                        "store a plan", where=loaded.source)
        doc = Document(
            source=loaded.source, sha256=loaded.sha256, text=loaded.text, format=loaded.format,
            province=meta.province,
            province_current=province.name if province else None,
            province_code=province.code if province else None,
            plan_number=meta.plan_number, issued=meta.issued, plan_year=meta.plan_year,
            title=meta.title, ingested_at=audit.now(), ingested_by=who.name,
            targets=[_target(r, match, learned, located, loaded.text) for r in records],
        )
        session.add(doc)
        session.flush()
        if original is not None:
            session.add(DocumentFile(document_id=doc.id, filename=original.filename,
                                     media_type=original.media_type, size=len(original.content),
                                     content=original.content))
        stored = skipped = 0
        for t in doc.targets:
            if t.kind != "result":
                continue
            if province and t.indicator_id and t.year and not t.scope and not t.place:
                stored += _result_observation(session, doc, t, province, who) != "unchanged"
            else:
                skipped += 1
        audit.record(session, audit.entry(
            who.name, "documents", doc.id, "ingest", None,
            {"source": doc.source, "sha256": doc.sha256, "targets": len(doc.targets),
             "observations": stored},
            province_code=doc.province_code,
        ))
        return IngestOutcome(doc.source, "new", doc.id, len(doc.targets), stored, skipped)


def ingest_path(
    engine: Engine,
    path: str | Path,
    *,
    extract: Extractor,
    match: Matcher,
    units: UnitResolver,
    who: Actor,
    source: str | None = None,
) -> IngestOutcome:
    """Load, extract and store one file (raises MuctieuError on unreadable input).

    `source` is the name to keep when `path` is a temporary copy (an upload).
    """
    loaded = load(path)
    if source is not None:
        loaded = dataclasses.replace(loaded, source=source)
    with Session(engine) as session:  # stored already: no need to extract again
        known = _stored(session, loaded.sha256, who, loaded.source)
    if known is not None:
        return IngestOutcome(loaded.source, "unchanged", known)
    records = extract(loaded.text, plan_year=loaded.meta.plan_year)
    p = Path(path)
    original = Original(Path(source).name if source else p.name, MEDIA_TYPES.get(loaded.format, "application/octet-stream"),
                        p.read_bytes())
    return ingest_document(engine, loaded, records, match=match, units=units, who=who,
                           original=original)
