"""`/tai-len`: upload a plan (read, extracted, stored, sent to review) or a
figures sheet (validated row by row; nothing written when a row is bad,
unless the officer asks for the valid rows only)."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from muctieu.errors import MuctieuError
from muctieu.store.actors import Forbidden
from muctieu.store.bulk import import_observations
from muctieu.store.ingest import ingest_path
from muctieu.web.guard import require_writer
from muctieu.web.security.deps import current_actor
from muctieu.web.security.settings import LOGIN_PATH
from muctieu.web.security.uploads import check_upload
from muctieu.web.templating import render
from muctieu.web.uploads import read_upload, saved

router = APIRouter()


def _page(request: Request, status: int = 200, **context: object) -> Response:
    return render(request, "upload.html", context, status_code=status)


def _refused(exc: MuctieuError) -> int:
    return 403 if isinstance(exc, Forbidden) else 400


@router.get("/tai-len")
def upload_page(request: Request) -> Response:
    if current_actor(request).role == "public":  # writes need an account
        return RedirectResponse(f"{LOGIN_PATH}?next=/tai-len", status_code=303)
    return _page(request)


@router.post("/tai-len/ke-hoach")
async def upload_plan(request: Request) -> Response:
    who = require_writer(request, None)  # the province is known only once it is read
    name, data = await read_upload((await request.form()).get("file"))
    state = request.app.state
    try:
        check_upload(data, name, "plan", state.security)  # by content; zip bombs refused
        with saved(name, data) as path:
            outcome = ingest_path(state.engine, path, extract=state.extractor,
                                  match=state.matcher, units=state.references.units,
                                  who=who, source=name)
    except MuctieuError as exc:
        return _page(request, _refused(exc), plan_error=exc)
    return _page(request, plan=outcome, plan_name=name)


@router.post("/tai-len/so-lieu")
async def upload_figures(request: Request) -> Response:
    who = require_writer(request, None)  # rows name their provinces; accounts check each
    form = await request.form()
    name, data = await read_upload(form.get("file"))
    partial = form.get("partial") == "1"
    state = request.app.state
    try:
        check_upload(data, name, "figures", state.security)
        with saved(name, data) as path:
            report = import_observations(state.engine, path, state.references,
                                         who=who, partial=partial, source=name)
    except MuctieuError as exc:
        return _page(request, _refused(exc), figures_error=exc)
    return _page(request, 200 if report.written else 422, report=report, partial=partial)
