"""Errors as pages in the reader's language, never a stack trace."""

from __future__ import annotations

import logging

from fastapi import FastAPI
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from muctieu.errors import MuctieuError
from muctieu.store.actors import Forbidden
from muctieu.web.security.responses import refusal, wants_json
from muctieu.web.templating import render

log = logging.getLogger("muctieu.web")

MESSAGES = {
    400: ("Yêu cầu không hợp lệ", "Bad request"),
    401: ("Cần đăng nhập để thực hiện thao tác này", "Log in to do this"),
    403: ("Tài khoản của bạn không có quyền thực hiện thao tác này",
          "Your account may not do this"),
    404: ("Không tìm thấy trang này", "Page not found"),
    405: ("Phương thức không được hỗ trợ", "Method not allowed"),
    413: ("Tệp quá lớn", "File too large"),
    500: ("Có lỗi phía máy chủ; dữ liệu không bị thay đổi", "Server error; nothing was changed"),
}


class PageError(Exception):
    """A problem a reader can act on, with its HTTP status and a bilingual message."""

    def __init__(self, status: int, vi: str, en: str) -> None:
        super().__init__(f"{vi} / {en}")
        self.status, self.vi, self.en = status, vi, en


def error_page(request: Request, status: int, vi: str | None = None, en: str | None = None) -> Response:
    default_vi, default_en = MESSAGES.get(status, MESSAGES[500])
    return render(request, "error.html",
                  {"status": status, "message_vi": vi or default_vi, "message_en": en or default_en},
                  status_code=status)


def _answer(request: Request, status: int, vi: str | None = None, en: str | None = None,
            headers: dict[str, str] | None = None) -> Response:
    """JSON for the API and programs (as `security.responses` says), a page for people."""
    if wants_json(request):
        default_vi, default_en = MESSAGES.get(status, MESSAGES[500])
        return refusal(request, status, vi or default_vi, en or default_en, headers)
    return error_page(request, status, vi, en)


def install(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        detail = exc.detail
        vi, en = (detail["vi"], detail["en"]) if isinstance(detail, dict) and "vi" in detail \
            else (None, None)
        return _answer(request, exc.status_code, vi, en, getattr(exc, "headers", None))

    @app.exception_handler(PageError)
    async def page_error(request: Request, exc: PageError) -> Response:
        return _answer(request, exc.status, exc.vi, exc.en)

    @app.exception_handler(MuctieuError)
    async def user_error(request: Request, exc: MuctieuError) -> Response:
        where = f"{exc.where}: " if exc.where else ""
        status = 403 if isinstance(exc, Forbidden) else 400
        return _answer(request, status, where + exc.vi, where + exc.en)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return _answer(request, 500)
