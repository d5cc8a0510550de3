"""A small application with only the API, the log-in pages and the audit log.

For tests and `benchmarks/api_load.py`; at merge the same pieces are added to
`create_app` (web/app.py) with `security.install.install`, `api.install_api`
and the audit-log router.
"""

from __future__ import annotations

from fastapi import FastAPI

from muctieu.extract import extract_records
from muctieu.store.db import open_store
from muctieu.store.ingest import Extractor
from muctieu.store.references import Matcher, References
from muctieu.web import audit_log
from muctieu.web.api import install_api
from muctieu.web.security.install import install
from muctieu.web.security.settings import SecuritySettings


def create_api_app(
    db: str | None = None, *, references: References | None = None,
    matcher: Matcher | None = None, extractor: Extractor | None = None,
    settings: SecuritySettings | None = None,
) -> FastAPI:
    """The API app on the store `db`; catalogue, matcher and extractor can be stood in."""
    from muctieu.store.catalogue import catalogue_references, match_wording

    app = FastAPI(title="muctieu", openapi_url=None, docs_url=None, redoc_url=None)
    install(app, open_store(db), settings)
    app.state.references = references or catalogue_references()
    app.state.matcher = matcher or match_wording
    app.state.extractor = extractor or extract_records
    install_api(app)
    app.include_router(audit_log.router)
    return app


def app_from_env() -> FastAPI:
    """For `uvicorn --factory muctieu.web.api_app:app_from_env` (store from MUCTIEU_DB)."""
    return create_api_app()
