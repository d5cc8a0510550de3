"""`/tinh/{slug}`: one province's targets by pillar, and the plans behind them."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from muctieu.catalog.indicators import catalogue
from muctieu.store.publication import is_published, release, withdraw
from muctieu.store.read import read_documents, read_targets
from muctieu.web.api.write_queue import run_write
from muctieu.web.guard import can_manage, can_see, require_manager
from muctieu.web.national import evaluated
from muctieu.web.params import int_param
from muctieu.web.places import by_slug
from muctieu.web.templating import render

router = APIRouter()


@router.get("/tinh/{province_slug}")
def province_page(request: Request, province_slug: str, nam: str | None = None) -> Response:
    province = by_slug().get(province_slug)
    if province is None or not can_see(request, province.code):
        raise HTTPException(404)
    engine = request.app.state.engine
    year = int_param(nam, "nam")
    ev = evaluated(engine, province=province.name, year=year)
    stored = {t.id: t for t in read_targets(engine, province_code=province.code)}
    pillars: dict[str | None, list] = {}
    for s in sorted(ev.statuses, key=lambda s: (s.target.pillar or "~", s.target.indicator, s.target.year)):
        row = stored.get(s.target.id)  # type: ignore[call-overload]
        points = ev.series.get((s.target.indicator_id, province.name), [])
        pillars.setdefault(s.target.pillar, []).append({"s": s, "row": row, "points": points})
    documents = read_documents(engine, province_code=province.code)
    return render(request, "province.html", {
        "province": province, "pillars": pillars, "documents": documents, "year": year,
        "unmatched": ev.inputs.unmatched, "indicators": catalogue().by_id,
        "report_year": date.today().year, "province_slug": province_slug,
        "published": is_published(engine, province.code),
        "may_publish": can_manage(request, province.code),
    })


@router.post("/tinh/{province_slug}/cong-bo")
async def publish(request: Request, province_slug: str) -> Response:
    """Publish the province's figures and evaluation (or withdraw them): officers and admins."""
    province = by_slug().get(province_slug)
    if province is None:
        raise HTTPException(404)
    who = require_manager(request, province.code)
    action = (await request.form()).get("action")
    if action not in ("release", "withdraw"):
        raise HTTPException(400)
    # the store writes block: in a worker thread, through the same write queue as the API,
    # so the event loop keeps serving other requests meanwhile
    await run_write(request.app, release if action == "release" else withdraw,
                    request.app.state.engine, province.code, who)
    return RedirectResponse(f"/tinh/{province_slug}", status_code=303)
