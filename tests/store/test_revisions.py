"""Revision counters: raised by every committed change, in commit order, never by a rollback."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from muctieu.errors import MuctieuError
from muctieu.store import audit
from muctieu.store.actors import system
from muctieu.store.bulk import import_rows
from muctieu.store.publication import release, withdraw
from muctieu.store.read import data_version
from muctieu.store.references import References
from muctieu.store.revisions import read_revisions
from muctieu.store.upload_columns import COLUMNS
from muctieu.store.users import actor_for_email, add_user, set_disabled
from muctieu.store.writing import writing

ME = system("tester")


def _row(numerator: float) -> tuple[int, tuple[object, ...]]:
    cells = {"indicator_id": "dvc_toan_trinh", "province": "Gia Lai",
             "unit_code": "21583", "year": 2024, "numerator": numerator, "denominator": 100}
    return (1, tuple(cells.get(c.key) for c in COLUMNS))


def test_each_write_raises_its_tables_counter(planned: Engine, refs: References) -> None:
    before = read_revisions(planned)
    assert import_rows(planned, [_row(10)], refs, source="api:a", who=ME).problems == []
    release(planned, "52", ME)
    add_user(planned, "an@gl.vn", "viewer", "52", "mot-mat-khau-dai", who=ME)
    set_disabled(planned, "an@gl.vn", True, who=ME)
    after = read_revisions(planned)
    raised = {t: after.get(t, 0) - before.get(t, 0) for t in after}
    assert {t: n for t, n in raised.items() if n} == {
        "observations": 1, "publications": 1, "users": 2}
    # Account changes do not move the version of the data.
    assert data_version(planned) == sum(after[t] for t in ("observations", "publications")) + sum(
        n for t, n in after.items() if t not in ("observations", "publications", "users"))


def test_a_refused_or_unchanged_write_raises_nothing(planned: Engine, refs: References) -> None:
    add_user(planned, "xem@gl.vn", "viewer", "52", "mot-mat-khau-dai", who=ME)
    viewer = actor_for_email(planned, "xem@gl.vn")
    before = read_revisions(planned)
    with pytest.raises(MuctieuError):
        release(planned, "52", viewer)
    assert withdraw(planned, "52", ME) is False  # was not published: no change, no entry
    refused = import_rows(planned, [_row(-5)], refs, source="api:b", who=ME)
    assert not refused.written
    assert read_revisions(planned) == before


def test_counters_follow_commit_order_not_entry_ids(engine: Engine) -> None:
    """The first writer takes the smaller audit id but commits last: its change still counts."""
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite has one writer at a time: ids and commits come in the same order")
    first = Session(writing(engine))
    first.begin()
    audit.record(first, audit.entry("a", "targets", 1, "review"))
    first.flush()  # takes its id now
    with Session(writing(engine)) as second, second.begin():
        audit.record(second, audit.entry("b", "targets", 2, "review"))
    seen = read_revisions(engine)["targets"]
    first.commit()
    first.close()
    assert read_revisions(engine)["targets"] == seen + 1
