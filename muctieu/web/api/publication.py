"""Publishing a province through the API: `POST` publishes, `DELETE` withdraws.

The same store functions as the province page's button and `muctieu
release` (`store.publication.release` / `withdraw`): officers of the
province and admins only, checked by the store, each change audited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request

from muctieu.errors import MuctieuError
from muctieu.store import publication
from muctieu.store.actors import Actor, Forbidden, province_label
from muctieu.web.api import models as m
from muctieu.web.api.write_queue import run_write
from muctieu.web.security.deps import Refused, require_account

router = APIRouter(tags=["công bố / publication"])
AccountDep = Annotated[Actor, Depends(require_account)]
ProvincePath = Annotated[str, Path(max_length=100, description="mã hoặc tên tỉnh / code or name")]
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": m.Message}, 403: {"model": m.Message}, 404: {"model": m.Message}}
Act = Callable[[Any, str, Actor], bool]


def _code(request: Request, province: str) -> str:
    unit = request.app.state.references.units.province(province)
    if unit is None:
        raise Refused(404, f"không tìm thấy tỉnh/thành phố '{province}'",
                      f"province '{province}' not found")
    return unit.code


async def _change(request: Request, actor: Actor, province: str, act: Act,
                  published: bool) -> m.PublicationOut:
    code = _code(request, province)
    try:
        changed = await run_write(request.app, act, request.app.state.engine, code, actor)
    except Forbidden as exc:
        raise Refused(403, exc.vi, exc.en) from None
    except MuctieuError as exc:
        raise Refused(422, exc.vi, exc.en) from None
    shown = province_label(code)
    if published:
        vi, en = ((f"đã công bố tỉnh {shown}", f"province {shown} published") if changed else
                  (f"tỉnh {shown} đã được công bố trước đó", f"province {shown} was already published"))
    else:
        vi, en = ((f"đã rút lại công bố tỉnh {shown}", f"province {shown} withdrawn") if changed
                  else (f"tỉnh {shown} chưa được công bố", f"province {shown} was not published"))
    return m.PublicationOut(province_code=code, published=published, changed=changed, vi=vi, en=en)


@router.post("/provinces/{province}/publication", response_model=m.PublicationOut,
             responses=ERRORS, summary="Công bố số liệu của một tỉnh / publish a province")
async def publish(request: Request, actor: AccountDep, province: ProvincePath) -> m.PublicationOut:
    """The province's figures and evaluation become public (pages, API, open data).
    Officers of the province and admins; publishing twice changes nothing (`changed: false`)."""
    return await _change(request, actor, province, publication.release, True)


@router.delete("/provinces/{province}/publication", response_model=m.PublicationOut,
               responses=ERRORS, summary="Rút lại công bố / withdraw a province's publication")
async def withdraw(request: Request, actor: AccountDep,
                   province: ProvincePath) -> m.PublicationOut:
    """Only the province's officers and admins see its data again, from the next request on."""
    return await _change(request, actor, province, publication.withdraw, False)
