"""Refusals a person or a program reads: Vietnamese first, English after.

API paths (and clients asking for JSON) get `{"detail": {"vi", "en"}}`;
browsers get a small HTML page.
"""

from __future__ import annotations

from html import escape

from starlette.requests import HTTPConnection
from starlette.responses import HTMLResponse, JSONResponse, Response

API_PREFIX = "/api/"


def wants_json(conn: HTTPConnection) -> bool:
    return conn.url.path.startswith(API_PREFIX) or "application/json" in conn.headers.get(
        "accept", "")


def refusal(conn: HTTPConnection, status: int, vi: str, en: str,
            headers: dict[str, str] | None = None) -> Response:
    if wants_json(conn):
        return JSONResponse({"detail": {"vi": vi, "en": en}}, status_code=status,
                            headers=headers)
    page = (f'<!doctype html><html lang="vi"><head><meta charset="utf-8">'
            f"<title>{status}</title></head><body><main><h1>{status}</h1>"
            f'<p>{escape(vi)}</p><p lang="en">{escape(en)}</p>'
            f'<p><a href="/">Trang chủ / Home</a></p></main></body></html>')
    return HTMLResponse(page, status_code=status, headers=headers)
