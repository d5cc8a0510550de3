"""What a reader may see: published provinces, plus their own, or all (admin)."""

from __future__ import annotations

from fastapi import Request
from sqlalchemy import Engine

from muctieu.store.actors import Actor, province_label
from muctieu.store.publication import published_codes
from muctieu.store.references import References
from muctieu.web.api.cache import visible_to
from muctieu.web.security.deps import Refused


def visible_provinces(engine: Engine, actor: Actor) -> frozenset[str] | None:
    """Province codes `actor` may read (None: every province)."""
    return visible_to(actor, published_codes(engine))


def province_code(request: Request, name_or_code: str | None, param: str = "province") -> str | None:
    """A province filter as a code; an unknown name is a 422 naming the parameter."""
    if name_or_code is None:
        return None
    refs: References = request.app.state.references
    unit = refs.units.province(name_or_code)
    if unit is None:
        raise Refused(422, f"{param}: không tìm thấy tỉnh/thành phố '{name_or_code}'",
                      f"{param}: province '{name_or_code}' not found")
    return unit.code


def require_visible(visible: frozenset[str] | None, code: str) -> None:
    """403 unless `code` is among the `visible` provinces (None: all are)."""
    if visible is not None and code not in visible:
        shown = province_label(code)
        raise Refused(403, f"số liệu của tỉnh {shown} chưa được công bố",
                      f"the data of province {shown} are not published")
