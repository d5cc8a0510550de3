"""Shared fixtures. Store tests run on SQLite and PostgreSQL (a fresh database each).

PostgreSQL comes from MUCTIEU_TEST_PG_URL (set by scripts/with-postgres.sh,
which `make test` uses). Without it the PostgreSQL cases skip, except in CI
(CI=true), where they fail: CI must test both.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from muctieu.store.db import open_store
from muctieu.store.ingest import ingest_document
from muctieu.store.references import References
from tests.store_doubles import match, plan, plan_records, references
from muctieu.store.actors import system

PG_ENV = "MUCTIEU_TEST_PG_URL"


def _postgres_database() -> Iterator[str]:
    base = os.environ.get(PG_ENV)
    if not base:
        why = (f"PostgreSQL không có sẵn / not available: set {PG_ENV} or run the tests "
               "through scripts/with-postgres.sh (as `make test` does)")
        if os.environ.get("CI") == "true":
            pytest.fail(why)
        pytest.skip(why)
    url = make_url(base)
    name = f"muctieu_test_{uuid.uuid4().hex[:12]}"
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(plain, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
    else:
        yield from _postgres_database()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database only (for PostgreSQL-specific behaviour)."""
    yield from _postgres_database()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = open_store(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def refs() -> References:
    return references()


@pytest.fixture
def planned(engine: Engine, refs: References) -> Engine:
    """A store holding the Bình Định (now Gia Lai) 2024 plan."""
    ingest_document(engine, plan(), plan_records(), match=match, units=refs.units, who=system("tester"))
    return engine
