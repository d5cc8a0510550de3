"""`/chi-tieu/{indicator_id}`: one indicator across provinces and years."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import Response

from muctieu.catalog.indicators import catalogue
from muctieu.web.guard import visible_provinces
from muctieu.web.national import evaluated
from muctieu.web.places import by_name
from muctieu.web.templating import render

router = APIRouter()


@router.get("/chi-tieu/{indicator_id}")
def indicator_page(request: Request, indicator_id: str) -> Response:
    indicator = catalogue().by_id.get(indicator_id)
    if indicator is None:
        raise HTTPException(404)
    ev = evaluated(request.app.state.engine)
    visible = visible_provinces(request)

    def shown(province: str) -> bool:
        p = by_name().get(province)
        return p is not None and (visible is None or p.code in visible)

    series = {prov: pts for (ind, prov), pts in sorted(ev.series.items())
              if ind == indicator.id and shown(prov)}
    years = sorted({p.year for pts in series.values() for p in pts})
    table = [{"province": prov, "by_year": {p.year: p for p in pts}, "latest": pts[-1]}
             for prov, pts in series.items()]
    table.sort(key=lambda r: (-r["latest"].value if indicator.direction == "higher" else r["latest"].value))
    targets = [s for s in ev.statuses
               if s.target.indicator_id == indicator.id and shown(s.target.province)]
    targets.sort(key=lambda s: (s.target.province, s.target.year))
    return render(request, "indicator.html", {
        "indicator": indicator, "years": years, "table": table, "targets": targets,
    })
