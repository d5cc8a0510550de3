"""`/nhat-ky`: the audit log, for a province's officers (their province) and admins.

Filterable by account, table, action and dates; `/nhat-ky.csv` downloads
the same selection.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, time, timedelta, UTC
from typing import Annotated
from pathlib import PurePath
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from muctieu.store.actors import ROLE_NAMES, Actor, province_label
from muctieu.store.pages import AuditRow, page_audit
from muctieu.web import i18n, labels
from muctieu.web.i18n import Lang
from muctieu.web.security.deps import Refused, current_actor
from muctieu.web.security.settings import LOGIN_PATH
from muctieu.web.templating import render

router = APIRouter(include_in_schema=False)
PAGE = 200
Text = Annotated[str | None, Query(max_length=100)]
Day = Annotated[date | None, Query()]
COLUMNS = ("id", "at", "who", "province_code", "table_name", "row_id", "field", "old", "new")


def _scope(actor: Actor) -> frozenset[str] | None:
    """Provinces whose log the actor reads (None: all); refuses other roles."""
    if actor.is_global:
        return None
    if actor.role == "officer" and actor.province_code:
        return frozenset({actor.province_code})
    raise Refused(403, "chỉ cán bộ của tỉnh và quản trị viên xem được nhật ký",
                  "only the province's officers and admins may read the audit log")


def _select(request: Request, who: str | None, table: str | None, action: str | None,
            since: date | None, until: date | None, offset: int, limit: int | None):
    actor = current_actor(request)
    return page_audit(
        request.app.state.engine, provinces=_scope(actor), who=who or None,
        table_name=table or None, field=action or None,
        since=datetime.combine(since, time(), UTC) if since else None,
        until=datetime.combine(until, time(), UTC) + timedelta(days=1) if until else None,
        limit=limit, offset=offset)


def _login_first(request: Request) -> Response | None:
    if current_actor(request).role == "public":
        return RedirectResponse(f"{LOGIN_PATH}?next={request.url.path}", status_code=303)
    return None


@router.get("/nhat-ky", response_class=HTMLResponse)
def audit_page(request: Request, who: Text = None, table: Text = None, action: Text = None,
               since: Day = None, until: Day = None,
               offset: Annotated[int, Query(ge=0)] = 0) -> Response:
    if (redirect := _login_first(request)) is not None:
        return redirect
    page = _select(request, who, table, action, since, until, offset, PAGE)
    query = request.url.query
    more = {k: v for k, v in request.query_params.items() if k != "offset"}
    return render(request, "audit/nhat_ky.html", {
        "rows": page.items, "total": page.total, "offset": offset, "page": PAGE,
        "filters": {"who": who or "", "table": table or "", "action": action or "",
                    "since": since or "", "until": until or ""},
        "csv_url": "/nhat-ky.csv" + (f"?{query}" if query else ""),
        "next_url": "/nhat-ky?" + urlencode({**more, "offset": offset + PAGE}),
        "fields": changed_fields,
    })


def changed_fields(value: object, lang: Lang = "vi") -> list[tuple[str, str]]:
    """An entry's before or after as (field, value) lines an officer reads, not JSON:
    a record's fields one per line under their names in the reader's language, codes
    in words ("đã loại", "Gia Lai (52)"), a file by its name; a single value on a line
    of its own."""
    if value is None:
        return []
    if isinstance(value, dict):
        # an empty field says nothing an officer needs (an added figure has no numerator)
        shown = {k: v for k, v in value.items() if v not in (None, [], "")} or value
        return [(labels.audit_label(labels.AUDIT_FIELDS, str(k), lang), _plain(str(k), v, lang))
                for k, v in shown.items()]
    return [("", _plain("", value, lang))]


def _plain(key: str, value: object, lang: Lang) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return i18n.text(lang, "có", "yes") if value else i18n.text(lang, "không", "no")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, float):
        return i18n.number(value, lang, 6)  # "61,5" as the reader writes it
    words = _CODED.get(key)
    if words is not None and isinstance(value, str):
        return words(value, lang)
    if key in labels.AUDIT_PATHS and isinstance(value, str):
        return PurePath(value).name or value
    return str(value)


# Fields whose values are codes, and how each reads in words.
_CODED = {
    "review_state": lambda v, lang: labels.audit_label(labels.REVIEW_STATES, v, lang),
    "kind": lambda v, lang: labels.audit_label(labels.KINDS, v, lang),
    "pillar": lambda v, lang: labels.pillar_label(v, lang),
    "source_kind": lambda v, lang: labels.audit_label(labels.SOURCE_KINDS, v, lang),
    "role": lambda v, lang: labels.audit_label(ROLE_NAMES, v, lang),
    "province_code": lambda v, lang: province_label(v),
    "reason": lambda v, lang: labels.audit_label(labels.LOGIN_REFUSALS, v, lang),
}


def _csv_line(row: AuditRow) -> list[str]:
    values = [getattr(row, c) for c in COLUMNS]
    return ["" if v is None else json.dumps(v, ensure_ascii=False, default=str)
            if isinstance(v, dict) else v.isoformat() if isinstance(v, datetime) else str(v)
            for v in values]


@router.get("/nhat-ky.csv")
def audit_csv(request: Request, who: Text = None, table: Text = None, action: Text = None,
              since: Day = None, until: Day = None) -> Response:
    if (redirect := _login_first(request)) is not None:
        return redirect
    page = _select(request, who, table, action, since, until, 0, None)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for row in page.items:
        # A cell starting with = + - @ would be a formula in a spreadsheet.
        writer.writerow(["'" + c if c[:1] in ("=", "+", "-", "@") else c
                         for c in _csv_line(row)])
    return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="nhat-ky.csv"'})
