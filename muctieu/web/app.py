"""The FastAPI application: pages, the JSON API, log-in, audit log, static assets.

The only state is the store (`app.state.engine`) and read-only helpers
(catalogue references, matcher, extractor); sessions, tokens and
everything else are read from the store on each request, so any number of
workers behind one PostgreSQL behave like one.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from muctieu.extract import extract_records
from muctieu.store.db import open_store
from muctieu.store.ingest import Extractor
from muctieu.store.references import Matcher, References
from muctieu.web import (
    audit_log,
    errors,
    pages_compare,
    pages_document,
    pages_home,
    pages_indicator,
    pages_open_data,
    pages_province,
    pages_reports,
    pages_review,
    pages_upload,
)
from muctieu.web.api import install_api
from muctieu.web.security.install import install
from muctieu.web.security.settings import SecuritySettings

STATIC = Path(__file__).parent / "static"


def create_app(
    db: str | None = None, *, references: References | None = None,
    matcher: Matcher | None = None, extractor: Extractor | None = None,
    settings: SecuritySettings | None = None,
) -> FastAPI:
    """The web application on the store `db` (path or URL; default as the CLI).

    Catalogue references, matcher and extractor can be stood in (tests);
    `settings` default to the environment's (`SecuritySettings.from_env`).
    FastAPI's own docs are off: the API's schema and docs are under /api.
    """
    from muctieu.store.catalogue import catalogue_references, match_wording

    app = FastAPI(title="muctieu", docs_url=None, redoc_url=None, openapi_url=None)
    install(app, open_store(db), settings)
    app.state.references = references or catalogue_references()
    app.state.matcher = matcher or match_wording
    app.state.extractor = extractor or extract_records
    install_api(app)  # first: API requests are matched before the pages' routes
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (pages_home, pages_reports, pages_province, pages_indicator, pages_document,
                   pages_review, pages_upload, pages_compare, pages_open_data, audit_log):
        app.include_router(module.router)
    errors.install(app)  # after the security layer's: pages get the site's error page
    return app


def app_from_env() -> FastAPI:
    """The factory `muctieu serve` gives uvicorn: the store named by MUCTIEU_DB."""
    return create_app(None)

