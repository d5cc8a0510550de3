"""FastAPI dependencies: the current actor, and refusals for who may not go on."""

from __future__ import annotations

from fastapi import HTTPException, Request

from muctieu.store.actors import PUBLIC, Actor


def current_actor(request: Request) -> Actor:
    """The actor AuthMiddleware found (the public when nobody is logged in)."""
    return getattr(request.state, "actor", PUBLIC)


async def reader(request: Request) -> Actor:
    """`current_actor` as an async dependency: FastAPI runs it without a worker thread."""
    return current_actor(request)


def csrf_token(request: Request) -> str:
    """The session's CSRF token, for the hidden field of a form ("" before log-in)."""
    return getattr(request.state, "csrf_token", None) or ""


class Refused(HTTPException):
    """An HTTP refusal with a bilingual reason (rendered by `responses.refusal`)."""

    def __init__(self, status: int, vi: str, en: str) -> None:
        super().__init__(status, {"vi": vi, "en": en})


NOT_LOGGED_IN = ("cần đăng nhập hoặc mã truy cập API", "log in or send an API token")


async def require_account(request: Request) -> Actor:
    """The actor, or 401 for the public (async: FastAPI needs no worker thread for it)."""
    actor = current_actor(request)
    if actor.role == "public":
        raise Refused(401, *NOT_LOGGED_IN)
    return actor
