"""`/du-lieu-mo`: the open data of the published provinces, as the package
`muctieu publish` writes, and each table on its own (CSV or JSON).

Everything here is built from `muctieu.publish` on request, so the page, the
downloads and `muctieu publish` carry the same rows; only published provinces
are in them, whoever asks.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
from pathlib import Path

from fastapi import APIRouter
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from muctieu.publish.open_data import SPECS, build_open_data
from muctieu.publish.package import open_sdg_name, write_package
from muctieu.web.errors import PageError
from muctieu.web.templating import render

router = APIRouter()


@router.get("/du-lieu-mo")
def open_data_page(request: Request) -> Response:
    data = build_open_data(request.app.state.engine)
    tables = [(name, spec.title, len(data.tables[name])) for name, spec in SPECS.items()]
    series = [(indicator, open_sdg_name(indicator), len(rows)) for indicator, rows in sorted(data.series.items())]
    return render(request, "open_data.html", {"tables": tables, "series": series,
                                              "provinces": len(data.provinces)})


@router.get("/du-lieu-mo/bang/{name}.{ext}")
def open_data_table(request: Request, name: str, ext: str) -> Response:
    if name not in SPECS or ext not in ("csv", "json"):
        raise PageError(404, f"không có bảng '{name}.{ext}'", f"no table '{name}.{ext}'")
    rows = build_open_data(request.app.state.engine).tables[name]
    names = [c.name for c in SPECS[name].columns]
    if ext == "json":
        body = json.dumps(list(rows), ensure_ascii=False, default=str)
        return Response(body, media_type="application/json; charset=utf-8")
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(names)
    for r in rows:
        w.writerow([r.get(n) for n in names])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


@router.get("/du-lieu-mo/goi-du-lieu.zip")
def open_data_package(request: Request) -> Response:
    """The whole Frictionless package (datapackage.json, CSV, JSON, Open SDG files) as a zip."""
    data = build_open_data(request.app.state.engine)
    tmp = Path(tempfile.mkdtemp(prefix="muctieu-open-data-"))
    (tmp / "package").mkdir()
    write_package(data, tmp / "package")
    archive = Path(shutil.make_archive(str(tmp / "muctieu-du-lieu-mo"), "zip", tmp / "package"))
    return FileResponse(archive, media_type="application/zip", filename="muctieu-du-lieu-mo.zip",
                        background=BackgroundTask(shutil.rmtree, tmp, ignore_errors=True))
