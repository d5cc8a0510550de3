"""Write endpoints: figure batches and files, plan files, review actions.

Every write goes through the store's functions with the caller's actor,
so role, province and unit scoping are the store's, not this module's.
A figure batch with an `Idempotency-Key` is applied once: a retry gets
the first response again (the key, the rows and the response are written
in one transaction).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Header, Query, Request, UploadFile
from fastapi.responses import JSONResponse
from sqlalchemy import Connection, Engine
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from muctieu.errors import MuctieuError
from muctieu.store import idempotency
from muctieu.store.actors import Actor, Forbidden
from muctieu.store.bulk import import_observations, import_rows_on
from muctieu.store.ingest import ingest_path
from muctieu.store.problems import ImportReport
from muctieu.store.review import review_target
from muctieu.store.statistics import refresh_statistics
from muctieu.store.upload_columns import COLUMNS
from muctieu.store.writing import writing
from muctieu.web.api import models as m
from muctieu.web.api.write_queue import run_write
from muctieu.web.security.deps import Refused, require_account
from muctieu.web.security.uploads import check_upload, safe_filename

router = APIRouter(tags=["ghi / write"])
AccountDep = Annotated[Actor, Depends(require_account)]
IdempotencyKey = Annotated[str | None, Header(
    alias="Idempotency-Key", max_length=200,
    description="khoá chống gửi lặp / a retried request with the same key is applied once")]
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": m.Message}, 403: {"model": m.Message}, 422: {"model": m.ImportOut}}


def _refused(exc: MuctieuError) -> Refused:
    where = f"{exc.where}: " if exc.where else ""
    return Refused(403 if isinstance(exc, Forbidden) else 422, where + exc.vi, where + exc.en)


def _report_response(report: ImportReport) -> JSONResponse:
    return JSONResponse(report.to_json() | {"source": None},
                        status_code=200 if report.written else 422)


def _then_statistics(response: JSONResponse, engine: Engine) -> JSONResponse:
    """After a batch was stored, the planner's statistics, once the response is sent."""
    if response.status_code == 200:
        report = json.loads(response.body)
        response.background = BackgroundTask(refresh_statistics, engine,
                                             report["inserted"] + report["replaced"])
    return response


_KEYS = tuple(c.key for c in COLUMNS)


def _raw_rows(batch: m.FigureBatch) -> list[tuple[int, tuple[object, ...]]]:
    """The batch as upload rows (COLUMNS order), numbered from 1."""
    # From each row's field values by name: getattr of a column FigureIn does not
    # have (indicator_name, unit...) goes through pydantic's slow __getattr__.
    return [(n, tuple(map(row.__dict__.get, _KEYS)))
            for n, row in enumerate(batch.rows, start=1)]


def _batch_report(conn: Connection, request: Request, actor: Actor, batch: m.FigureBatch,
                  partial: bool, key: str | None = None) -> ImportReport:
    # The key names the batch in each row's source and in the audit log.
    try:
        return import_rows_on(conn, _raw_rows(batch), request.app.state.references,
                              source=f"api:{key}" if key else "api", who=actor,
                              partial=partial)
    except MuctieuError as exc:
        raise _refused(exc) from None


@router.post("/observations/batches", response_model=m.ImportOut, responses=ERRORS,
             summary="Gửi số liệu theo lô / submit figures in a batch")
async def submit_batch(
    request: Request, actor: AccountDep, batch: m.FigureBatch,
    partial: Annotated[bool, Query(description="giữ các dòng hợp lệ / keep the valid rows")] = False,
    key: IdempotencyKey = None,
) -> JSONResponse:
    """Each row is checked as a row of the upload template. Any problem: nothing is
    written (422) unless `partial=true`. A row outside the caller's units: 403."""
    engine = request.app.state.engine
    if key is None or actor.user_id is None:
        def plain() -> ImportReport:
            with writing(engine).begin() as conn:
                return _batch_report(conn, request, actor, batch, partial)

        return _then_statistics(_report_response(await run_write(request.app, plain)), engine)
    hashed = idempotency.request_hash({"partial": partial, "rows": batch.model_dump()})

    def write(conn: Connection) -> tuple[int, dict[str, Any]]:
        response = _report_response(_batch_report(conn, request, actor, batch, partial, key))
        return response.status_code, json.loads(response.body)

    claim = await run_write(request.app, idempotency.apply_once, engine, actor.user_id, key,
                            hashed, write)
    if claim.state == "mismatch":
        raise Refused(422, "Idempotency-Key đã dùng cho một yêu cầu khác",
                      "this Idempotency-Key was used for a different request")
    if claim.state == "busy":
        raise Refused(409, "yêu cầu với Idempotency-Key này đang được xử lý; hãy thử lại sau",
                      "a request with this Idempotency-Key is in progress; retry later")
    if claim.state == "done":
        return JSONResponse(claim.response, status_code=claim.status_code or 200,
                            headers={"Idempotent-Replayed": "true"})
    return _then_statistics(JSONResponse(claim.response, status_code=claim.status_code or 200),
                            engine)


async def _checked_upload(file: UploadFile, purpose: str, request: Request) -> tuple[bytes, str, str]:
    data = await file.read()
    name = safe_filename(file.filename)
    try:
        suffix = check_upload(data, file.filename, purpose,  # type: ignore[arg-type]
                              request.app.state.security)
    except MuctieuError as exc:
        raise _refused(exc) from None
    return data, name, suffix


@router.post("/observations/files", response_model=m.ImportOut, responses=ERRORS,
             summary="Tải lên tệp số liệu (.xlsx, .csv) / upload a figures file")
async def upload_figures(
    request: Request, actor: AccountDep, file: Annotated[UploadFile, File()],
    partial: Annotated[bool, Form()] = False,
) -> JSONResponse:
    data, name, suffix = await _checked_upload(file, "figures", request)

    def run() -> JSONResponse:
        with tempfile.TemporaryDirectory(prefix="muctieu-upload-") as tmp:
            path = Path(tmp) / f"upload{suffix}"  # our name, never the client's
            path.write_bytes(data)
            try:
                report = import_observations(request.app.state.engine, path,
                                             request.app.state.references, who=actor,
                                             partial=partial, source=f"upload:{name}")
            except MuctieuError as exc:
                raise _refused(exc) from None
        return _report_response(report)

    return await run_write(request.app, run)


@router.post("/documents", response_model=m.DocumentIngested, responses=ERRORS,
             summary="Tải lên kế hoạch (.pdf, .docx, .html, .txt) / upload a plan")
async def upload_plan(request: Request, actor: AccountDep,
                      file: Annotated[UploadFile, File()]) -> m.DocumentIngested:
    data, name, suffix = await _checked_upload(file, "plan", request)

    def run() -> m.DocumentIngested:
        with tempfile.TemporaryDirectory(prefix="muctieu-upload-") as tmp:
            path = Path(tmp) / f"upload{suffix}"
            path.write_bytes(data)
            state = request.app.state
            try:
                out = ingest_path(state.engine, path, extract=state.extractor,
                                  match=state.matcher, units=state.references.units, who=actor,
                                  source=Path(name).stem + suffix)
            except MuctieuError as exc:
                raise _refused(exc) from None
        return m.DocumentIngested(document_id=out.document_id, status=out.status,
                                  targets=out.targets, observations=out.observations)

    return await run_in_threadpool(run)


@router.post("/targets/{target_id}/review", response_model=m.Message, responses=ERRORS,
             summary="Duyệt chỉ tiêu / review a target")
def review(request: Request, actor: AccountDep, target_id: int, body: m.ReviewIn) -> m.Message:
    """Confirm, correct (with `corrections`) or reject an extracted target."""
    try:
        review_target(request.app.state.engine, target_id, body.state, actor, body.corrections)
    except MuctieuError as exc:
        if not isinstance(exc, Forbidden) and "no target" in exc.en:
            raise Refused(404, exc.vi, exc.en) from None
        raise _refused(exc) from None
    return m.Message(vi=f"đã ghi: {body.state}", en=f"saved: {body.state}")

