"""`/tai-len`: upload a plan (read, extracted, stored, sent to review) or a
figures sheet (validated row by row; nothing written when a row is bad,
unless the officer asks for the valid rows only)."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from muctieu.errors import MuctieuError
from muctieu.extract import extract_records
from muctieu.store.catalogue import catalogue_references, match_wording
from muctieu.store.bulk import import_observations
from muctieu.store.ingest import ingest_path
from muctieu.web.guard import require_writer
from muctieu.web.templating import render
from muctieu.web.uploads import read_upload, saved

router = APIRouter()


def _page(request: Request, status: int = 200, **context: object) -> Response:
    return render(request, "upload.html", context, status_code=status)


@router.get("/tai-len")
def upload_page(request: Request) -> Response:
    return _page(request)


@router.post("/tai-len/ke-hoach")
async def upload_plan(request: Request) -> Response:
    who = require_writer(request, None)  # the province is known only once it is read
    name, data = await read_upload((await request.form()).get("file"))
    try:
        with saved(name, data) as path:
            outcome = ingest_path(request.app.state.engine, path, extract=extract_records,
                                  match=match_wording, units=catalogue_references().units,
                                  who=who, source=name)
    except MuctieuError as exc:
        return _page(request, 400, plan_error=exc)
    return _page(request, plan=outcome, plan_name=name)


@router.post("/tai-len/so-lieu")
async def upload_figures(request: Request) -> Response:
    who = require_writer(request, None)  # rows name their provinces; accounts check each
    form = await request.form()
    name, data = await read_upload(form.get("file"))
    partial = form.get("partial") == "1"
    try:
        with saved(name, data) as path:
            report = import_observations(request.app.state.engine, path, catalogue_references(),
                                         who=who, partial=partial, source=name)
    except MuctieuError as exc:
        return _page(request, 400, figures_error=exc)
    return _page(request, 200 if report.written else 422, report=report, partial=partial)
