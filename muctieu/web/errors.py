"""Errors as pages in the reader's language, never a stack trace."""

from __future__ import annotations

import logging

from fastapi import FastAPI
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from muctieu.errors import MuctieuError
from muctieu.web.templating import render

log = logging.getLogger("muctieu.web")

MESSAGES = {
    400: ("Yêu cầu không hợp lệ", "Bad request"),
    403: ("Bạn không có quyền thực hiện thao tác này trên máy này. Việc ghi dữ liệu chỉ mở "
          "cho máy chủ (127.0.0.1) cho đến khi có tài khoản.",
          "You may not do this from here. Writing is open to the server machine "
          "(127.0.0.1) only until accounts exist."),
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


def install(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return error_page(request, exc.status_code)

    @app.exception_handler(PageError)
    async def page_error(request: Request, exc: PageError) -> Response:
        return error_page(request, exc.status, exc.vi, exc.en)

    @app.exception_handler(MuctieuError)
    async def user_error(request: Request, exc: MuctieuError) -> Response:
        where = f"{exc.where}: " if exc.where else ""
        return error_page(request, 400, where + exc.vi, where + exc.en)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_page(request, 500)
