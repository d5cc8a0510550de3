"""`/duyet`: the review queue — accept, correct or reject, one key per action.

Every action goes through `guard.require_writer` and the store's review
functions (each change is an audit entry). With htmx the item is swapped in
place; without script the form posts and the page comes back.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from muctieu.catalog.indicators import catalogue
from muctieu.evaluate.rows import OPS
from muctieu.extract.records import PILLARS
from muctieu.store.read import read_documents, read_target
from muctieu.store.review import (
    KINDS,
    accept_confident,
    confident,
    review_queue,
    review_target,
)
from muctieu.web.guard import managed_provinces, require_writer
from muctieu.web.security.deps import current_actor
from muctieu.web.security.settings import LOGIN_PATH
from muctieu.web.params import int_param
from muctieu.web.review_form import UNITS, corrections
from muctieu.web.templating import render

router = APIRouter()

ACTIONS = {"accept": "confirmed", "reject": "rejected", "correct": "corrected"}
PAGE = 50  # records shown at once: the least certain; the rest follow as these are done


def _choices() -> dict:
    return {"catalogue": list(catalogue()), "ops": sorted(OPS), "units": UNITS,
            "kinds": KINDS, "pillars": PILLARS}


@router.get("/duyet")
def review_page(request: Request, van_ban: str | None = None, xong: str | None = None) -> Response:
    if current_actor(request).role == "public":  # the queue is for those who review
        return RedirectResponse(f"{LOGIN_PATH}?next=/duyet", status_code=303)
    engine = request.app.state.engine
    document_id = int_param(van_ban, "van_ban")
    items = review_queue(engine, document_id=document_id, province_codes=managed_provinces(request))
    doc_ids = sorted({i.target.document_id for i in items})
    documents = read_documents(engine, ids=doc_ids) if doc_ids else []
    confident_counts = {d: sum(1 for i in items if i.target.document_id == d and confident(i))
                        for d in doc_ids}
    return render(request, "review.html", {
        "items": items[:PAGE], "total": len(items), "documents": documents, "confident_counts": confident_counts,
        "document_id": document_id, "done": int_param(xong, "xong"), **_choices(),
    })


@router.post("/duyet/{target_id}")
async def review_action(request: Request, target_id: int) -> Response:
    engine = request.app.state.engine
    form = {k: str(v) for k, v in (await request.form()).items()}
    state = ACTIONS.get(form.get("action", ""))
    if state is None:
        raise HTTPException(400)
    current = read_target(engine, target_id)
    if current is None:
        raise HTTPException(404)
    who = require_writer(request, current.province_code)
    changes = corrections(form, current) if state == "corrected" else {}
    if state == "corrected" and not changes:
        state = "confirmed"  # saved unchanged: the officer agrees with the record
    review_target(engine, target_id, state, who, changes)
    if request.headers.get("HX-Request"):
        return render(request, "_reviewed.html", {"row": read_target(engine, target_id)})
    back = "/duyet" + (f"?van_ban={form['van_ban']}" if form.get("van_ban", "").isdigit() else "")
    return RedirectResponse(back, status_code=303)


@router.post("/duyet/van-ban/{document_id}/chap-nhan")
def bulk_accept(request: Request, document_id: int) -> Response:
    engine = request.app.state.engine
    docs = read_documents(engine, ids=[document_id])
    if not docs:
        raise HTTPException(404)
    who = require_writer(request, docs[0].province_code)
    n = accept_confident(engine, document_id, who)
    return RedirectResponse(f"/duyet?van_ban={document_id}&xong={n}", status_code=303)
