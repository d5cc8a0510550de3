"""The FastAPI application: page routers, static assets and error pages.

The only state is the store (`app.state.engine`); everything else is read
from it on each request, so any number of workers behind one PostgreSQL
behave like one.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from muctieu.store.db import open_store
from muctieu.web import (
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

STATIC = Path(__file__).parent / "static"


def create_app(db: str | None = None) -> FastAPI:
    """The web application on the store `db` (path or URL; default as the CLI)."""
    app = FastAPI(title="muctieu", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.engine = open_store(db)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (pages_home, pages_reports, pages_province, pages_indicator, pages_document,
                   pages_review, pages_upload, pages_compare, pages_open_data):
        app.include_router(module.router)
    errors.install(app)
    return app


def app_from_env() -> FastAPI:
    """The factory `muctieu serve` gives uvicorn: the store named by MUCTIEU_DB."""
    return create_app(None)
