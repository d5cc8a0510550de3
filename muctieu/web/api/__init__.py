"""The JSON API under `/api/v1`, with its schema and docs under `/api`.

`install_api(app)` adds the routers and the bilingual 422 handler; the
app must already have the security layer (`web.security.install.install`).
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from fastapi.exceptions import RequestValidationError

from muctieu.web.api import docs, publication, reads, writes
from muctieu.web.api.cache import ReadCache
from muctieu.web.api.errors import validation_error

router = APIRouter(prefix=docs.API_PREFIX)
router.include_router(reads.router)
router.include_router(writes.router)
router.include_router(publication.router)


def install_api(app: FastAPI) -> None:
    app.state.api_reads = ReadCache()
    app.include_router(router)
    app.include_router(docs.router)
    app.add_exception_handler(RequestValidationError, validation_error)  # type: ignore[arg-type]
