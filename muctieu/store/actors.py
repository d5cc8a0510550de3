"""Who is acting, and what they may change.

Every write function of the store takes an `Actor` and asks the checks
below before touching data, so that a web form, the API and the CLI (with
or without a user) meet the same rules:

- system (the CLI run by whoever holds the database) and admin: everything;
- officer: everything within one province;
- reporter: figures of its own units only (communes, or for an agency the
  province's own figures);
- viewer and the public: nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from muctieu.errors import MuctieuError
from muctieu.store.references import UnitRef

Role = Literal["system", "admin", "officer", "reporter", "viewer", "public"]
ROLE_NAMES = {
    "system": ("hệ thống", "system"), "admin": ("quản trị", "admin"),
    "officer": ("cán bộ", "officer"), "reporter": ("đơn vị báo cáo", "reporter"),
    "viewer": ("người xem", "viewer"), "public": ("khách", "public"),
}


class Forbidden(MuctieuError):
    """An action outside the actor's role, province or units."""


@dataclass(frozen=True, slots=True)
class Actor:
    """An account (or the local system, or the public) as the store sees it."""

    name: str  # written in audit entries and `submitted_by`
    role: Role
    province_code: str | None = None
    communes: frozenset[str] = field(default_factory=frozenset)  # a reporter's commune codes
    agencies: frozenset[str] = field(default_factory=frozenset)  # a reporter's agencies
    user_id: int | None = None

    def __str__(self) -> str:  # where a name is shown or was expected (templates, logs)
        return self.name

    @property
    def is_global(self) -> bool:
        return self.role in ("system", "admin")

    def reads(self, province_code: str | None) -> bool:
        """May read unpublished data of this province."""
        return self.is_global or (
            self.role in ("officer", "reporter", "viewer") and province_code is not None
            and province_code == self.province_code)

    def manages(self, province_code: str | None) -> bool:
        """May review, ingest, import and publish for this province."""
        return self.is_global or (self.role == "officer" and province_code is not None
                                  and province_code == self.province_code)

    def reports_for(self, unit: UnitRef) -> bool:
        """May write figures of this unit."""
        if self.manages(unit.province_code):
            return True
        if self.role != "reporter" or unit.province_code != self.province_code:
            return False
        if unit.level == "commune":
            return unit.code in self.communes
        return bool(self.agencies)  # an agency reports the province's own figures


def system(name: str) -> Actor:
    """The local actor of a CLI run without an account (whoever holds the database)."""
    return Actor(name=name, role="system")


PUBLIC = Actor(name="public", role="public")


def _role_text(actor: Actor) -> tuple[str, str]:
    vi, en = ROLE_NAMES[actor.role]
    where = f", {province_name(actor.province_code)}" if actor.province_code else ""
    return f"{vi}{where}", f"{en}{where}"


def forbid(actor: Actor, vi: str, en: str, *, where: str | None = None) -> Forbidden:
    """The refusal, naming the actor and their role."""
    role_vi, role_en = _role_text(actor)
    return Forbidden(f"{actor.name} ({role_vi}) không được {vi}",
                     f"{actor.name} ({role_en}) may not {en}", where=where)


def province_name(code: str) -> str:
    """Today's name of a province code, for messages (the code when unknown)."""
    from muctieu.catalog.units import current_provinces  # only when refusing

    return next((p.name for p in current_provinces() if p.code == code), code)


def province_label(code: str | None) -> str:
    """"Gia Lai (52)" for a message."""
    if code is None:
        return "?"
    name = province_name(code)
    return f"{name} ({code})" if name != code else code


def require_manager(actor: Actor, province_code: str | None, vi: str, en: str,
                    *, where: str | None = None) -> None:
    """Refuse unless `actor` manages `province_code` (raises Forbidden)."""
    if not actor.manages(province_code):
        shown = province_label(province_code)
        raise forbid(actor, f"{vi} của tỉnh {shown}", f"{en} of province {shown}", where=where)


def require_reporter(actor: Actor, unit: UnitRef, *, where: str | None = None) -> None:
    """Refuse unless `actor` may write figures of `unit` (raises Forbidden)."""
    if not actor.reports_for(unit):
        raise forbid(actor, f"ghi số liệu của {unit.name} ({unit.code})",
                     f"write figures of {unit.name} ({unit.code})", where=where)


def require_admin(actor: Actor, vi: str, en: str) -> None:
    if not actor.is_global:
        raise forbid(actor, vi, en)
