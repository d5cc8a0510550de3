"""Publication: which provinces' figures and evaluation the public may see.

A province is published by an officer (`release`) and can be taken back
(`withdraw`); each change is audited. Every public output (pages, API, open
data, static site) asks `published_codes` and shows nothing else.
"""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from muctieu.store import audit
from muctieu.store.actors import Actor, require_manager
from muctieu.store.models import Publication
from muctieu.store.writing import writing


def published_codes(engine: Engine) -> frozenset[str]:
    """Codes of the provinces whose data are public."""
    with Session(engine) as session:
        return frozenset(session.scalars(select(Publication.province_code)))


def is_published(engine: Engine, province_code: str) -> bool:
    with Session(engine) as session:
        return session.get(Publication, province_code) is not None


def release(engine: Engine, province_code: str, who: Actor) -> bool:
    """Publish a province; False when it already was (nothing changes)."""
    require_manager(who, province_code, "công bố số liệu", "publish the figures")
    with Session(writing(engine)) as session, session.begin():
        if session.get(Publication, province_code) is not None:
            return False
        session.add(Publication(province_code=province_code, published_at=audit.now(),
                                published_by=who.name))
        audit.record(session, audit.entry(who.name, "publications", None, "release",
                                          None, {"province_code": province_code},
                                          province_code))
        return True


def withdraw(engine: Engine, province_code: str, who: Actor) -> bool:
    """Take a province's data back from the public; False when it was not published."""
    require_manager(who, province_code, "rút lại công bố", "withdraw the publication")
    with Session(writing(engine)) as session, session.begin():
        row = session.get(Publication, province_code)
        if row is None:
            return False
        session.delete(row)
        audit.record(session, audit.entry(who.name, "publications", None, "withdraw",
                                          {"province_code": province_code}, None,
                                          province_code))
        return True
