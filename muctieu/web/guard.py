"""Who may write, and whose data a reader may see: ONE place for each check.

Every write path (review actions, uploads, bulk accept, publishing) calls
`require_writer`: it refuses the public (401) and accounts that cannot
write for the province (403), and returns the `Actor` to hand to the
store's write functions, which check the finer rules themselves (a
reporter's units, a target's province). Every page that shows a
province's data asks `visible_provinces`: the public sees published
provinces, an account its own province too, an admin all of them. The
actor comes from the session or token (`security/middleware.py`), which
also checks CSRF before any route runs.
"""

from __future__ import annotations

from fastapi import Request

from muctieu.store.actors import Actor, province_label
from muctieu.web.api.visibility import visible_provinces as _visible
from muctieu.web.security.deps import NOT_LOGGED_IN, Refused, current_actor

# Roles that may write something somewhere; which province is checked by the store.
WRITING_ROLES = frozenset({"system", "admin", "officer", "reporter"})


def require_writer(request: Request, province_code: str | None) -> Actor:
    """The actor, or 401 (nobody logged in) / 403 (may not write for this province).

    `province_code` is the province the write touches; None when it is not
    known yet (an upload before it is read): then any writing role passes
    and the store refuses rows or plans outside the actor's province.
    """
    actor = current_actor(request)
    if actor.role == "public":
        raise Refused(401, *NOT_LOGGED_IN)
    if province_code is None:
        allowed = actor.role in WRITING_ROLES
    else:
        reporter_here = actor.role == "reporter" and actor.province_code == province_code
        allowed = actor.manages(province_code) or reporter_here
    if not allowed:
        shown = province_label(province_code)
        raise Refused(403, f"{actor.name} không được ghi dữ liệu của tỉnh {shown}",
                      f"{actor.name} may not write data of province {shown}")
    return actor


def require_manager(request: Request, province_code: str | None) -> Actor:
    """The actor, or 401/403 unless an officer of this province or an admin (publishing)."""
    actor = current_actor(request)
    if actor.role == "public":
        raise Refused(401, *NOT_LOGGED_IN)
    if not actor.manages(province_code):
        shown = province_label(province_code)
        raise Refused(403, f"{actor.name} không được công bố dữ liệu của tỉnh {shown}",
                      f"{actor.name} may not publish data of province {shown}")
    return actor


def visible_provinces(request: Request) -> frozenset[str] | None:
    """Codes of the provinces this reader may see; None means all of them."""
    return _visible(request.app.state.engine, current_actor(request))


def managed_provinces(request: Request) -> frozenset[str] | None:
    """Codes of the provinces whose records this reader may review; None means all."""
    actor = current_actor(request)
    if actor.is_global:
        return None
    if actor.role == "officer" and actor.province_code:
        return frozenset({actor.province_code})
    return frozenset()


def can_see(request: Request, province_code: str | None) -> bool:
    visible = visible_provinces(request)
    return visible is None or (province_code is not None and province_code in visible)


def can_manage(request: Request, province_code: str | None) -> bool:
    """Whether to offer this reader the province's publish/withdraw button."""
    return current_actor(request).manages(province_code)
