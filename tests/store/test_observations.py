import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from muctieu.store.audit import now
from muctieu.store.models import AuditEntry, Observation
from muctieu.store.actors import Actor, Forbidden, system
from muctieu.store.observations import period_key, put_observation


def _fields(value: float) -> dict:
    return {"indicator_id": "dvc_toan_trinh", "unit_level": "province", "unit_code": "52",
            "unit_name": "Gia Lai", "province_code": "52", "year": 2024, "quarter": None,
            "month": 5, "period": period_key(2024, None, 5), "value": value, "numerator": None,
            "denominator": None, "source_kind": "api", "submitted_by": "an",
            "submitted_at": now()}


def test_period_keys():
    assert [period_key(2024), period_key(2024, 2), period_key(2024, None, 5)] == [
        "2024", "2024-Q2", "2024-05"]


def test_new_then_same_then_different_value(engine):
    with Session(engine) as s, s.begin():
        outcomes = [put_observation(s, _fields(v), system("an")) for v in (80.0, 80.0, 85.0)]
    assert outcomes == ["new", "unchanged", "replaced"]
    with Session(engine) as s:
        assert [o.value for o in s.scalars(select(Observation))] == [85.0]
        entries = [(e.field, e.old and e.old["value"], e.new["value"])
                   for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert entries == [("insert", None, 80.0), ("replace", 80.0, 85.0)]


def test_a_reporter_of_a_commune_cannot_put_the_provinces_figure(engine):
    reporter = Actor("xa@gl.vn", "reporter", "52", communes=frozenset({"21583"}))
    with pytest.raises(Forbidden), Session(engine) as s, s.begin():
        put_observation(s, _fields(80.0), reporter)
    with Session(engine) as s:
        assert s.scalars(select(Observation)).all() == []
