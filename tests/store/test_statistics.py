from sqlalchemy import text

from muctieu.store.statistics import FLOOR, refresh_statistics, stale


def test_statistics_are_stale_once_a_table_grew_by_a_fifth():
    assert stale(-1, FLOOR + 1)  # never analyzed
    assert not stale(-1, FLOOR)
    assert not stale(100_000, 20_000 + FLOOR)
    assert stale(100_000, 20_001 + FLOOR)


def _reltuples(engine) -> float:
    with engine.connect() as conn:
        return conn.scalar(text("SELECT reltuples FROM pg_class WHERE relname = 'observations'"))


def test_a_large_write_analyzes_the_table_on_postgresql(pg_url):
    from muctieu.store.db import open_store

    engine = open_store(pg_url)
    try:
        assert _reltuples(engine) == -1  # never analyzed
        assert not refresh_statistics(engine, changed=10)
        assert refresh_statistics(engine, changed=FLOOR + 1)
        assert _reltuples(engine) == 0  # analyzed: the table is empty
        assert not refresh_statistics(engine, changed=10)
    finally:
        engine.dispose()


def test_sqlite_has_nothing_to_refresh(tmp_path):
    from muctieu.store.db import open_store

    engine = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    assert not refresh_statistics(engine, changed=10 * FLOOR)
    engine.dispose()
