"""`/`: the national overview — map, ranking table and counts by status."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from muctieu.catalog.indicators import catalogue
from muctieu.web.guard import visible_provinces
from muctieu.web.mapshape import map_shapes
from muctieu.web.national import (
    evaluated,
    indicator_ids_with_values,
    latest_values,
    province_scores,
    status_counts,
    target_years,
)
from muctieu.web.params import int_param
from muctieu.web.templating import render

router = APIRouter()

# Share met or on track → colour class; the legend shows the same steps.
SHARE_STEPS = ((75.0, "s4"), (50.0, "s3"), (25.0, "s2"), (0.0, "s1"))


def share_class(share: float | None) -> str:
    if share is None:
        return "s0"
    return next(cls for floor, cls in SHARE_STEPS if share >= floor)


def value_classes(values: dict[str, float]) -> dict[str, str]:
    """Province → quartile class of its value (s1 lowest … s4 highest)."""
    ordered = sorted(values.values())
    out = {}
    for name, v in values.items():
        rank = ordered.index(v) / max(len(ordered) - 1, 1)
        out[name] = "s" + str(1 + min(3, int(rank * 4)))
    return out


@router.get("/")
def overview(request: Request, nam: str | None = None, chi_tieu: str | None = None) -> Response:
    engine = request.app.state.engine
    year = int_param(nam, "nam")
    ev = evaluated(engine, year=year)
    visible = visible_provinces(request)
    scores = province_scores(ev.statuses, visible)
    cat = catalogue()
    indicator = cat.by_id.get(chi_tieu) if chi_tieu else None
    values = latest_values(ev.series, indicator.id, year) if indicator else {}
    by_name = {sc.province.name: sc for sc in scores}
    value_cls = value_classes({n: p.value for n, p in values.items() if n in by_name})
    regions = []
    for shape in map_shapes().shapes:
        sc = next((s for s in scores if s.province.code == shape.code), None)
        if sc is None:  # not published (for this reader): drawn, without data or link
            regions.append({"shape": shape, "score": None, "point": None, "cls": "s0"})
            continue
        point = values.get(sc.province.name)
        cls = (value_cls.get(sc.province.name, "s0") if indicator else share_class(sc.share))
        regions.append({"shape": shape, "score": sc, "point": point, "cls": cls})
    return render(request, "overview.html", {
        "year": year, "years": target_years(engine), "scores": scores,
        "counts": status_counts(scores), "map": map_shapes(), "regions": regions,
        "indicator": indicator,
        "indicators": [cat.by_id[i] for i in indicator_ids_with_values(ev.series) if i in cat.by_id],
        "unmatched": ev.inputs.unmatched,
    })
