"""Who may write, and whose data a reader may see: ONE place for each check.

Every write path (review actions, uploads, bulk accept) calls
`require_writer`; every page that shows a province's data asks
`visible_provinces`. Until accounts exist (issue 10 replaces these bodies),
writes are open to the machine itself only and a local reader sees every
province; anyone else sees published provinces only.
"""

from __future__ import annotations

from fastapi import HTTPException
from starlette.requests import Request

from muctieu.store.publication import published_codes

LOCAL_CLIENTS = frozenset({"127.0.0.1", "::1"})
LOCAL_ACTOR = "local"


def _is_local(request: Request) -> bool:
    return request.client is not None and request.client.host in LOCAL_CLIENTS


def require_writer(request: Request, province_code: str | None) -> str:
    """The actor's name for audit entries; 403 when this client may not write.

    `province_code` is the province the write touches (None: not known yet,
    as for an upload before it is read); accounts will check it against the
    user's role.
    """
    if not _is_local(request):
        raise HTTPException(status_code=403)
    return LOCAL_ACTOR


def visible_provinces(request: Request) -> frozenset[str] | None:
    """Codes of the provinces this reader may see; None means all of them."""
    if _is_local(request):
        return None
    return published_codes(request.app.state.engine)


def can_see(request: Request, province_code: str | None) -> bool:
    visible = visible_provinces(request)
    return visible is None or (province_code is not None and province_code in visible)
