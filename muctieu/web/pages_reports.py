"""`/tinh/{slug}/bao-cao.{docx|pdf|xlsx}`: the province's progress report, as
`muctieu report` writes it, for the readers who may see the province."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from fastapi import APIRouter, HTTPException
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from muctieu.errors import MuctieuError
from muctieu.publish.reports import MEDIA_TYPES, write_report
from muctieu.web.errors import PageError
from muctieu.web.guard import can_see
from muctieu.web.params import int_param
from muctieu.web.places import by_slug

router = APIRouter()


@router.get("/tinh/{province_slug}/bao-cao.{fmt}")
def province_report(request: Request, province_slug: str, fmt: str, nam: str | None = None,
                    ky: str = "year") -> Response:
    province = by_slug().get(province_slug)
    if province is None or not can_see(request, province.code):
        raise HTTPException(404)
    if fmt not in MEDIA_TYPES:
        raise PageError(404, f"không có báo cáo dạng '{fmt}'", f"no report as '{fmt}'")
    if ky not in ("year", "H1"):
        raise PageError(400, "kỳ báo cáo phải là 'year' hoặc 'H1'", "the period must be 'year' or 'H1'")
    year = int_param(nam, "nam")
    if year is None:
        raise PageError(400, "hãy chọn năm báo cáo (?nam=...)", "choose the report's year (?nam=...)")
    tmp = Path(tempfile.mkdtemp(prefix="muctieu-report-"))
    try:
        path = write_report(request.app.state.engine, province.name, year, ky, fmt, tmp)  # type: ignore[arg-type]
    except MuctieuError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise PageError(400, exc.vi, exc.en) from None
    return FileResponse(path, media_type=MEDIA_TYPES[fmt], filename=path.name,
                        background=BackgroundTask(shutil.rmtree, tmp, ignore_errors=True))
