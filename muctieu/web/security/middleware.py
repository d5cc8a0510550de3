"""Who is asking, and may this write go through: one ASGI middleware for every route.

For each request it finds the actor (a bearer token, else the session
cookie, else the public) and puts it in `request.state.actor`; with a
token, also the store's revision counters it read first
(`request.state.revisions`), which the API's reads key their cache on. For a write
(POST, PUT, PATCH, DELETE) it reads the body once, bounded by the size
limit, and, when the request rides on a session cookie (or is the log-in
form), requires the CSRF token in the `csrf_token` form field or the
`X-CSRF-Token` header. A bearer token is not sent by browsers on their
own, so token requests need no CSRF token.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qs

from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.requests import HTTPConnection, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from muctieu.store.actors import PUBLIC, Actor
from muctieu.store.revisions import Revisions, read_revisions
from muctieu.store.sessions import read_session
from muctieu.store.token_cache import TokenCache
from muctieu.web.security.responses import refusal
from muctieu.web.security.settings import (
    LOGIN_CSRF_COOKIE, LOGIN_PATH, SESSION_COOKIE, SecuritySettings,
)

UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


class _TooLarge(Exception):
    pass


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes) -> Callable[[], Awaitable[Message]]:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _form_token(scope: Scope, body: bytes) -> str | None:
    kind = HTTPConnection(scope).headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        values = parse_qs(body.decode("utf-8", "replace")).get(CSRF_FIELD)
        return values[0] if values else None
    if kind == "multipart/form-data":
        request = Request(scope, receive=_replay(body))
        async with request.form() as form:
            value = form.get(CSRF_FIELD)
            return value if isinstance(value, str) else None
    return None


class AuthMiddleware:
    def __init__(self, app: ASGIApp, engine: Engine, settings: SecuritySettings) -> None:
        self.app = app
        self.engine = engine
        self.settings = settings
        self.tokens = TokenCache()

    def _token(self, token: str) -> tuple[Actor | None, Revisions]:
        """The token's actor, and the revision counters read first (the API's reads
        use them too: one query answers both, in one trip to a thread)."""
        revisions = read_revisions(self.engine)
        return self.tokens.actor(self.engine, token, revisions), revisions

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        conn = HTTPConnection(scope)
        state = scope.setdefault("state", {})
        declared = conn.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.settings.max_body:
            await self._too_large(conn, scope, receive, send)
            return
        auth = conn.headers.get("authorization")
        expected: str | None = None
        if auth is not None:
            scheme, _, token = auth.partition(" ")
            actor = None
            if scheme.lower() == "bearer" and token.strip():
                actor, state["revisions"] = await run_in_threadpool(self._token, token.strip())
            if actor is None:
                await refusal(conn, 401, "mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi",
                              "the token is invalid, expired or revoked",
                              {"WWW-Authenticate": "Bearer"})(scope, receive, send)
                return
            kind = "token"
        else:
            sid = conn.cookies.get(SESSION_COOKIE)
            info = (await run_in_threadpool(read_session, self.engine, sid,
                                            self.settings.session_idle) if sid else None)
            actor, kind = (info.actor, "session") if info else (PUBLIC, "public")
            expected = info.csrf_token if info else None
        state.update(actor=actor, auth=kind, csrf_token=expected)
        if scope["method"] not in UNSAFE:
            await self.app(scope, receive, send)
            return
        try:
            body = await _read_body(receive, self.settings.max_body)
        except _TooLarge:
            await self._too_large(conn, scope, receive, send)
            return
        if kind == "session" or scope["path"] == LOGIN_PATH:
            expected = expected or conn.cookies.get(LOGIN_CSRF_COOKIE)
            given = conn.headers.get(CSRF_HEADER) or await _form_token(scope, body)
            if not (expected and given and hmac.compare_digest(expected.encode(),
                                                               given.encode())):
                await refusal(conn, 403, "thiếu hoặc sai mã chống giả mạo (CSRF); hãy tải lại "
                              "trang rồi gửi lại", "missing or wrong CSRF token; reload the "
                              "page and submit again")(scope, receive, send)
                return
        await self.app(scope, _replay(body), send)

    async def _too_large(self, conn: HTTPConnection, scope: Scope, receive: Receive,
                         send: Send) -> None:
        mb = self.settings.max_body // (1024 * 1024)
        await refusal(conn, 413, f"nội dung gửi lên vượt quá {mb} MB",
                      f"the request body exceeds {mb} MB")(scope, receive, send)
