"""`/tinh/{slug}`: one province's targets by pillar, and the plans behind them."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import Response

from muctieu.catalog.indicators import catalogue
from muctieu.store.read import read_documents, read_targets
from muctieu.web.guard import can_see
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
    })
