import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from muctieu.errors import MuctieuError
from muctieu.store.db import make_engine, open_store
from muctieu.store.migrate import current_revision, head_revision, upgrade
from muctieu.store.models import Base


def test_fresh_database_gets_the_schema_on_first_use(db_url):
    engine = open_store(db_url)
    assert current_revision(engine) == head_revision()
    assert {"documents", "targets", "observations", "audit_log"} <= set(
        inspect(engine).get_table_names())
    engine.dispose()


def test_models_match_the_migrations(engine):
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []


def test_out_of_date_database_is_refused_until_upgraded(db_url):
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    with pytest.raises(MuctieuError) as exc:
        open_store(db_url)
    assert "muctieu db upgrade" in exc.value.vi and "muctieu db upgrade" in exc.value.en
    engine.dispose()


def test_upgrade_is_idempotent(engine):
    upgrade(engine)
    assert current_revision(engine) == head_revision()


def test_an_unreachable_server_is_one_bilingual_line():
    with pytest.raises(MuctieuError) as exc:
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/muctieu")
    assert "không kết nối được" in exc.value.vi and "cannot connect" in exc.value.en
    assert "\n" not in exc.value.message() and "127.0.0.1:1" in exc.value.where


def test_0007_indexes_observations_for_pages_and_province_figures(db_url):
    from alembic import command

    from muctieu.store.migrate import _config

    engine = open_store(db_url)
    names = lambda: {i["name"] for i in inspect(engine).get_indexes("observations")}  # noqa: E731
    added = {"ix_observations_province_id", "ix_observations_province_level"}
    assert added <= names()
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    assert not added & names()
    upgrade(engine)
    assert added <= names()
    engine.dispose()
