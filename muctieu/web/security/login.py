"""Log-in and log-out pages (`/dang-nhap`, `/dang-xuat`).

A successful log-in always starts a new session (a session id planted
before log-in is never adopted: no session fixation); failed tries are
counted per account and per address in the database, and past the limit
the page says how long to wait. Log-ins, refusals and log-outs are in the
audit log (`store.logins`).
"""

from __future__ import annotations

import math
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from muctieu.store.secrets_hash import new_secret
from muctieu.store.logins import log_in, log_out
from muctieu.store.sessions import end_session
from muctieu.store.throttle import wait_before_login
from muctieu.web.security.deps import csrf_token, current_actor
from muctieu.web.templating import render
from muctieu.web.security.settings import (
    LOGIN_CSRF_COOKIE, LOGIN_PATH, LOGOUT_PATH, SESSION_COOKIE,
)

router = APIRouter(include_in_schema=False)


def _https(request: Request) -> bool:
    return request.url.scheme == "https"


def _address(request: Request) -> str:
    return request.client.host if request.client else "?"


def safe_next(target: str | None) -> str:
    """Only a path of this site: no open redirect to another one."""
    if not target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") \
            or "\\" in target:
        return "/"
    return target


def _page(request: Request, status: int = 200, *, email: str = "", next_path: str = "/",
          error: tuple[str, str] | None = None) -> Response:
    token = csrf_token(request) or request.cookies.get(LOGIN_CSRF_COOKIE) or new_secret()
    response = render(request, "auth/login.html", {
        "login_csrf": token, "email": email, "next": next_path, "error": error,
        "actor": current_actor(request),
    }, status_code=status)
    if not csrf_token(request):
        response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict",
                            secure=_https(request), path=LOGIN_PATH)
    return response


@router.get(LOGIN_PATH, response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> Response:  # noqa: A002 - the URL's name
    return _page(request, next_path=safe_next(next))


@router.post(LOGIN_PATH, response_class=HTMLResponse)
async def login(
    request: Request,
    email: Annotated[str, Form(max_length=254)],
    password: Annotated[str, Form(max_length=1024)],
    next: Annotated[str, Form(max_length=2000)] = "/",  # noqa: A002
) -> Response:
    engine = request.app.state.engine
    address = _address(request)
    target = safe_next(next)
    wait = await run_in_threadpool(wait_before_login, engine, email, address)
    if wait is not None:
        minutes = max(1, math.ceil(wait.total_seconds() / 60))
        response = _page(request, 429, email=email, next_path=target, error=(
            f"Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.",
            f"Too many failed log-ins. Please try again in {minutes} minutes."))
        response.headers["Retry-After"] = str(minutes * 60)
        return response
    done = await run_in_threadpool(log_in, engine, email, password, address)
    if done is None:
        return _page(request, 401, email=email, next_path=target, error=(
            "Email hoặc mật khẩu không đúng, hoặc tài khoản đã bị khoá.",
            "Wrong email or password, or the account is disabled."))
    old = request.cookies.get(SESSION_COOKIE)
    if old:  # replaced by the new one, never adopted
        await run_in_threadpool(end_session, engine, old)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(SESSION_COOKIE, done.sid, httponly=True, samesite="lax",
                        secure=_https(request), path="/")
    response.delete_cookie(LOGIN_CSRF_COOKIE, path=LOGIN_PATH)
    return response


@router.post(LOGOUT_PATH)
async def logout(request: Request) -> Response:
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        await run_in_threadpool(log_out, request.app.state.engine, sid, _address(request))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax",
                           secure=_https(request))
    return response
