import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from muctieu.errors import MuctieuError
from muctieu.store.models import AuditEntry, Target
from muctieu.store.review import review_target
from muctieu.store.actors import system


def _target(engine, scope="cấp xã") -> Target:
    with Session(engine) as s:
        return s.scalars(select(Target).where(Target.scope == scope)).one()


def test_a_correction_is_stored_and_audited_field_by_field(planned):
    t = _target(planned)
    review_target(planned, t.id, "corrected", system("an"), {"indicator_id": "dvc_toan_trinh",
                                                     "value": 65.0})
    after = _target(planned)
    assert (after.review_state, after.reviewed_by, after.indicator_id, after.value) == (
        "corrected", "an", "dvc_toan_trinh", 65.0)
    assert after.reviewed_at is not None
    with Session(planned) as s:
        entries = {e.field: (e.old, e.new) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "targets"))}
    assert entries["value"] == ({"value": 60.0}, {"value": 65.0})
    assert entries["review_state"] == ({"review_state": "extracted"}, {"review_state": "corrected"})


@pytest.mark.parametrize("state, changes, words", [
    ("approved", None, "approved"),
    ("corrected", None, "corrected"),
    ("confirmed", {"value": 1.0}, "corrected"),
    ("corrected", {"start": 0}, "start"),
])
def test_bad_reviews_are_refused_and_change_nothing(planned, state, changes, words):
    t = _target(planned)
    with pytest.raises(MuctieuError) as exc:
        review_target(planned, t.id, state, system("an"), changes)
    assert words in exc.value.en and exc.value.vi
    assert _target(planned).review_state == "extracted"


def test_an_unknown_target_is_named(planned):
    with pytest.raises(MuctieuError, match="9999"):
        review_target(planned, 9999, "confirmed", system("an"))


def test_queue_shows_the_least_certain_first(planned):
    from muctieu.store.review import review_queue

    queue = review_queue(planned)
    assert [i.target.value for i in queue] == [60.0, 57877.0, 100.0]
    unmatched, result, target = queue
    assert unmatched.target.indicator_id is None
    assert result.year_inferred and result.clause == "đã cấp 57.877 chữ ký số cá nhân"
    review_target(planned, target.target.id, "confirmed", system("an"))
    assert [i.target.value for i in review_queue(planned)] == [60.0, 57877.0]


def test_bulk_accept_confirms_only_confident_records_and_audits_each(planned):
    from muctieu.store.review import accept_confident

    doc_id = _target(planned).document_id
    assert accept_confident(planned, doc_id, system("an")) == 1  # the matched 2024 target only
    with Session(planned) as s:
        states = dict(s.execute(select(Target.value, Target.review_state)).all())
        audited = s.scalars(select(AuditEntry.row_id).where(AuditEntry.field == "review_state")).all()
    assert states == {57877.0: "extracted", 100.0: "confirmed", 60.0: "extracted"}
    assert len(audited) == 1
    assert accept_confident(planned, doc_id, system("an")) == 0  # nothing left to accept


def test_kind_can_be_corrected_but_only_to_a_known_kind(planned):
    t = _target(planned)
    review_target(planned, t.id, "corrected", system("an"), {"kind": "result"})
    assert _target(planned).kind == "result"
    with pytest.raises(MuctieuError):
        review_target(planned, t.id, "corrected", system("an"), {"kind": "wish"})
    assert _target(planned).kind == "result"
