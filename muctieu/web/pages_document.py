"""`/van-ban/{id}`: a document's text with every extracted quantity highlighted,
and its original file for download."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import Response

from muctieu.store.read import TargetRow, read_document_text, read_original, read_targets
from muctieu.web.guard import can_see
from muctieu.web.templating import render

router = APIRouter()

# The quantity at a record's anchor: digits with separators, a range, a percent sign.
_QUANTITY = re.compile(r"\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?(?:\s*%)?")


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    record: TargetRow | None = None


def pieces(text: str, records: list[TargetRow]) -> list[Piece]:
    """The text cut into plain pieces and highlighted quantities, in order.

    A quantity is the number at the record's anchor (the clause itself is
    shown with the record); a record whose quantity overlaps an earlier one
    is listed but not marked twice.
    """
    out: list[Piece] = []
    pos = 0
    for r in sorted(records, key=lambda r: (r.anchor, r.id)):
        if r.anchor < pos or r.anchor >= len(text):
            continue
        m = _QUANTITY.match(text, r.anchor)
        end = m.end() if m else min(r.anchor + 1, len(text))
        if r.anchor > pos:
            out.append(Piece(text[pos:r.anchor]))
        out.append(Piece(text[r.anchor:end], r))
        pos = end
    if pos < len(text):
        out.append(Piece(text[pos:]))
    return out


def _document(request: Request, document_id: int):  # noqa: ANN202 - (row, text)
    found = read_document_text(request.app.state.engine, document_id)
    if found is None or not can_see(request, found[0].province_code):
        raise HTTPException(404)
    return found


@router.get("/van-ban/{document_id}")
def document_page(request: Request, document_id: int) -> Response:
    doc, text = _document(request, document_id)
    records = read_targets(request.app.state.engine, document_id=document_id, include_rejected=True)
    return render(request, "document.html", {
        "doc": doc, "pieces": pieces(text, records), "records": records, "text": text,
        "has_original": read_original(request.app.state.engine, document_id) is not None,
    })


@router.get("/van-ban/{document_id}/tep")
def document_file(request: Request, document_id: int) -> Response:
    """The original file; the stored text when the original was not kept."""
    doc, text = _document(request, document_id)
    original = read_original(request.app.state.engine, document_id)
    if original is None:
        name = (doc.source.rsplit("/", 1)[-1].rsplit(".", 1)[0] or "van-ban") + ".txt"
        body, media = text.encode("utf-8"), "text/plain; charset=utf-8"
    else:
        name, body, media = original.filename, original.content, original.media_type
    disposition = f"attachment; filename*=UTF-8''{quote(name)}"
    return Response(body, media_type=media, headers={"Content-Disposition": disposition})
