"""Jinja2 templates with the helpers every page uses (language, numbers, labels)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi.templating import Jinja2Templates
from starlette.requests import Request
from starlette.responses import HTMLResponse

from muctieu.web import i18n, labels
from muctieu.web.places import slug
from muctieu.web.security.deps import csrf_token, current_actor

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
# csrf_token(request) for every form that writes (auth/csrf_field.html) and the
# <meta> htmx reads; current_actor(request) for the header's account.
TEMPLATES.env.globals.update(slug=slug, labels=labels, csrf_token=csrf_token,
                             current_actor=current_actor)
# a document's source is a file name to a reader, never a path on the server
TEMPLATES.env.filters["file_name"] = lambda source: Path(str(source)).name if source else source
TEMPLATES.env.trim_blocks = True
TEMPLATES.env.lstrip_blocks = True


def _url_with(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (None removes one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urlencode(params)
    return request.url.path + (f"?{query}" if query else "")


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    """Render `name` in the reader's language; `?lang=` is kept in a cookie."""
    lang = i18n.choose_lang(request)

    def t(vi: str, en: str) -> str:
        return i18n.text(lang, vi, en)

    ctx = {
        "lang": lang, "t": t, "url_with": lambda **kw: _url_with(request, **kw),
        "num": lambda v, digits=2: i18n.number(v, lang, digits),
        "pct": lambda v, digits=1: i18n.percent(v, lang, digits),
        "day": lambda v: i18n.day(v, lang),
        **context,
    }
    response = TEMPLATES.TemplateResponse(request, name, ctx, status_code=status_code)
    if request.query_params.get("lang") in i18n.LANGS:
        response.set_cookie(i18n.COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax")
    return response
