"""Readers from another machine see published provinces only."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import create_engine

from muctieu.store.publication import release


def test_unpublished_province_is_hidden_from_other_machines(remote_client: TestClient,
                                                            example_db: str) -> None:
    assert remote_client.get("/tinh/gia-lai").status_code == 404
    assert remote_client.get("/van-ban/1").status_code == 404
    assert 'href="/tinh/gia-lai"' not in remote_client.get("/").text
    engine = create_engine(example_db)
    release(engine, "52", "tester")
    engine.dispose()
    assert remote_client.get("/tinh/gia-lai").status_code == 200
    assert 'href="/tinh/gia-lai"' in remote_client.get("/").text
