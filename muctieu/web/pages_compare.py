"""`/so-sanh`: provinces side by side on one indicator for a year, and as CSV."""

from __future__ import annotations

import csv
import io

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from muctieu.catalog.indicators import catalogue
from muctieu.evaluate.compare import ComparisonRow, compare
from muctieu.web.errors import PageError
from muctieu.web.guard import visible_provinces
from muctieu.web.i18n import choose_lang
from muctieu.web.labels import status_label
from muctieu.web.national import evaluated, target_years
from muctieu.web.params import int_param
from muctieu.web.places import by_name
from muctieu.web.templating import render

router = APIRouter()


def _rows(request: Request, indicator_id: str | None, year: int | None) -> list[ComparisonRow]:
    if not indicator_id or year is None:
        return []
    if indicator_id not in catalogue().by_id:
        raise PageError(404, f"không có chỉ tiêu '{indicator_id}'", f"no indicator '{indicator_id}'")
    ev = evaluated(request.app.state.engine, year=year)
    visible = visible_provinces(request)
    return [r for r in compare(indicator_id, year, ev.statuses)
            if visible is None or (by_name().get(r.province) and by_name()[r.province].code in visible)]


@router.get("/so-sanh")
def compare_page(request: Request, chi_tieu: str | None = None, nam: str | None = None) -> Response:
    year = int_param(nam, "nam")
    rows = _rows(request, chi_tieu, year)
    return render(request, "compare.html", {
        "rows": rows, "indicator": catalogue().by_id.get(chi_tieu or ""), "year": year,
        "years": target_years(request.app.state.engine), "catalogue": list(catalogue()),
    })


@router.get("/so-sanh.csv")
def compare_csv(request: Request, chi_tieu: str | None = None, nam: str | None = None) -> Response:
    year = int_param(nam, "nam")
    if not chi_tieu or year is None:
        raise PageError(400, "cần chọn chỉ tiêu và năm", "choose an indicator and a year")
    lang = choose_lang(request)
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["rank", "province", "province_original", "latest_value", "latest_year",
                "op", "target_value", "target_value_max", "unit", "status", "status_label"])
    for r in _rows(request, chi_tieu, year):
        t = r.status.target
        w.writerow([r.rank or "", r.province, t.province_original,
                    "" if r.latest is None else r.latest.value,
                    "" if r.latest is None else r.latest.year,
                    t.op, t.value, "" if t.value_max is None else t.value_max, t.unit,
                    r.status.status.value, status_label(r.status.status, lang)])
    name = f"so-sanh-{chi_tieu}-{year}.csv"
    return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


