from sqlalchemy import select
from sqlalchemy.orm import Session

from muctieu.store.models import AuditEntry
from muctieu.store.publication import is_published, published_codes, release, withdraw
from muctieu.store.actors import system


def test_release_and_withdraw_change_what_is_public_and_are_audited(engine):
    assert published_codes(engine) == frozenset()
    assert release(engine, "52", system("an")) is True
    assert release(engine, "52", system("an")) is False  # twice: no change
    assert is_published(engine, "52") and not is_published(engine, "01")
    assert withdraw(engine, "52", system("binh")) is True
    assert withdraw(engine, "52", system("binh")) is False
    assert published_codes(engine) == frozenset()
    with Session(engine) as s:
        fields = [(e.who, e.field) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "publications").order_by(AuditEntry.id))]
    assert fields == [("an", "release"), ("binh", "withdraw")]
