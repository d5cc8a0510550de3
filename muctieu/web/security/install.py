"""Adding the security layer to a FastAPI application."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException
from starlette.responses import Response
from sqlalchemy import Engine

from muctieu.web.security import login
from muctieu.web.security.deps import csrf_token, current_actor
from muctieu.web.security.headers import SecurityHeaders
from muctieu.web.security.middleware import AuthMiddleware
from muctieu.web.security.responses import refusal
from muctieu.web.security.settings import SecuritySettings


async def _http_error(request: Request, exc: HTTPException) -> Response:
    detail: Any = exc.detail
    if isinstance(detail, dict) and "vi" in detail:
        vi, en = detail["vi"], detail["en"]
    else:  # FastAPI's own (404 of an unknown path, 405...)
        vi, en = {404: ("không tìm thấy", "not found"),
                  405: ("phương thức không được hỗ trợ", "method not allowed")}.get(
            exc.status_code, (str(detail), str(detail)))
    return refusal(request, exc.status_code, vi, en, getattr(exc, "headers", None))


def install(app: FastAPI, engine: Engine, settings: SecuritySettings | None = None) -> None:
    """Sessions and tokens → `request.state.actor`, CSRF, body limit, headers, log-in pages.

    Middleware order: the headers wrap everything, refusals included.
    """
    settings = settings or SecuritySettings.from_env()
    app.state.engine = engine
    app.state.security = settings
    app.add_middleware(AuthMiddleware, engine=engine, settings=settings)
    app.add_middleware(SecurityHeaders)
    app.include_router(login.router)
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]


def add_template_helpers(templates: Jinja2Templates) -> None:
    """`csrf_token(request)` and `current_actor(request)` in a page's templates.

    Every form that writes includes `auth/csrf_field.html`; JavaScript that
    writes sends the same token in an `X-CSRF-Token` header.
    """
    templates.env.globals["csrf_token"] = csrf_token
    templates.env.globals["current_actor"] = current_actor
