import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from muctieu.errors import MuctieuError
from muctieu.store.backup import backup
from muctieu.store.db import open_store
from muctieu.store.ingest import ingest_document
from muctieu.store.models import Document
from tests.store_doubles import match, plan, plan_records
from muctieu.store.actors import system


def test_sqlite_backup_is_a_working_store(tmp_path, refs):
    engine = open_store(str(tmp_path / "store.sqlite"))
    ingest_document(engine, plan(), plan_records(), match=match, units=refs.units, who=system("lan"))
    backup(engine, tmp_path / "copy.sqlite")
    copy = open_store(str(tmp_path / "copy.sqlite"))
    with Session(copy) as s:
        assert s.scalars(select(Document.plan_number)).all() == ["33/KH-UBND"]
    copy.dispose()


def test_backup_never_overwrites(tmp_path):
    target = tmp_path / "exists.sqlite"
    target.write_text("keep me")
    with pytest.raises(MuctieuError):
        backup(open_store(str(tmp_path / "store.sqlite")), target)
    assert target.read_text() == "keep me"


def test_postgresql_backup_points_to_pg_dump(pg_url, tmp_path):
    engine = open_store(pg_url)
    with pytest.raises(MuctieuError) as exc:
        backup(engine, tmp_path / "copy.sqlite")
    assert "pg_dump" in exc.value.vi and "pg_dump" in exc.value.en
    engine.dispose()
