"""The one check every writing page calls before it changes anything.

It refuses the public (401) and accounts that cannot write for the
province (403), and returns the actor to hand to the store's write
functions, which check the finer rules themselves (a reporter's units, a
target's province). CSRF and the session are checked before any route
runs (`security/middleware.py`).
"""

from __future__ import annotations

from fastapi import Request

from muctieu.store.actors import Actor, province_label
from muctieu.web.security.deps import NOT_LOGGED_IN, Refused, current_actor


def require_writer(request: Request, province_code: str | None) -> Actor:
    actor = current_actor(request)
    if actor.role == "public":
        raise Refused(401, *NOT_LOGGED_IN)
    reporter_here = actor.role == "reporter" and actor.province_code == province_code
    if not (actor.manages(province_code) or reporter_here):
        shown = province_label(province_code)
        raise Refused(403, f"{actor.name} không được ghi dữ liệu của tỉnh {shown}",
                      f"{actor.name} may not write data of province {shown}")
    return actor
