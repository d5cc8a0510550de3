"""Province and unit scoping holds in the store's write functions themselves."""

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from muctieu.store.actors import Actor, Forbidden
from muctieu.store.bulk import import_observations, import_rows
from muctieu.store.ingest import ingest_document
from muctieu.store.models import AuditEntry, Document, Observation, Target
from muctieu.store.publication import is_published, release, withdraw
from muctieu.store.review import review_target
from muctieu.store.upload_columns import COLUMNS
from tests.store_doubles import match, plan, plan_records, write_csv

OFFICER_52 = Actor("an@gialai.gov.vn", "officer", "52")
OFFICER_01 = Actor("binh@hanoi.gov.vn", "officer", "01")
REPORTER_QN = Actor("xa@quynhon.gov.vn", "reporter", "52", communes=frozenset({"21550"}))
AGENCY_52 = Actor("so@gialai.gov.vn", "reporter", "52", agencies=frozenset({"Sở KH&CN"}))
VIEWER_52 = Actor("xem@gialai.gov.vn", "viewer", "52")
ADMIN = Actor("admin@bo.gov.vn", "admin")


def _row(number, **cells):
    return number, tuple(cells.get(c.key) for c in COLUMNS)


def _count(engine, model):
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def _a_target(engine):
    with Session(engine) as s:
        return s.scalars(select(Target.id)).first()


@pytest.mark.parametrize("actor", [OFFICER_01, REPORTER_QN, VIEWER_52])
def test_review_outside_ones_province_or_role_is_refused_and_changes_nothing(planned, actor):
    before = _count(planned, AuditEntry)
    with pytest.raises(Forbidden) as exc:
        review_target(planned, _a_target(planned), "confirmed", actor)
    assert "không được" in exc.value.vi and "may not" in exc.value.en
    assert _count(planned, AuditEntry) == before


@pytest.mark.parametrize("actor", [OFFICER_52, ADMIN])
def test_an_officer_of_the_province_and_an_admin_review(planned, actor):
    tid = _a_target(planned)
    review_target(planned, tid, "confirmed", actor)
    with Session(planned) as s:
        assert s.get(Target, tid).reviewed_by == actor.name


def test_publication_needs_an_officer_of_that_province(engine):
    with pytest.raises(Forbidden):
        release(engine, "52", OFFICER_01)
    with pytest.raises(Forbidden):
        release(engine, "52", VIEWER_52)
    assert release(engine, "52", OFFICER_52) and is_published(engine, "52")
    with pytest.raises(Forbidden):
        withdraw(engine, "52", REPORTER_QN)
    assert is_published(engine, "52")


def test_ingest_of_another_provinces_plan_is_refused(engine, refs):
    with pytest.raises(Forbidden):
        ingest_document(engine, plan(), plan_records(), match=match, units=refs.units,
                        who=OFFICER_01)
    assert _count(engine, Document) == 0
    ingest_document(engine, plan(), plan_records(), match=match, units=refs.units, who=OFFICER_52)
    assert _count(engine, Document) == 1


def test_a_reporter_writes_its_commune_and_nothing_else(planned, refs):
    own = [_row(1, indicator_id="dvc_toan_trinh", province="Gia Lai", unit_code="21550",
                year=2024, value=70)]
    report = import_rows(planned, own, refs, source="api", who=REPORTER_QN)
    assert report.written and report.inserted == 1
    before = _count(planned, Observation)
    other = [*own, _row(2, indicator_id="dvc_toan_trinh", province="Gia Lai",
                        unit_code="21583", year=2024, value=70)]
    with pytest.raises(Forbidden) as exc:
        import_rows(planned, other, refs, source="api", who=REPORTER_QN, partial=True)
    assert "21583" in exc.value.vi and "row 2" in exc.value.message()
    assert _count(planned, Observation) == before  # nothing of the batch, even with partial


def test_a_commune_reporter_cannot_write_the_province_figure_but_an_agency_can(planned, refs):
    province_row = [_row(1, indicator_id="dvc_toan_trinh", province="Gia Lai", year=2024,
                         value=70)]
    with pytest.raises(Forbidden):
        import_rows(planned, province_row, refs, source="api", who=REPORTER_QN)
    assert import_rows(planned, province_row, refs, source="api", who=AGENCY_52).inserted == 1


def test_a_file_import_is_scoped_too(planned, refs, tmp_path):
    f = write_csv(tmp_path / "x.csv", [["dvc_toan_trinh", "Gia Lai", "21583", 2024, 50, "", ""]])
    with pytest.raises(Forbidden):
        import_observations(planned, f, refs, who=REPORTER_QN)
    with pytest.raises(Forbidden):
        import_observations(planned, f, refs, who=VIEWER_52)
    assert import_observations(planned, f, refs, who=OFFICER_52).inserted == 1
