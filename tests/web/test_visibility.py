"""Readers without an account see published provinces only; publishing is a
button on the province page for its officers (and admins), with a CSRF token."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import create_engine

from muctieu.store.actors import system
from muctieu.store.publication import is_published, release


def test_unpublished_province_is_hidden_from_the_public(remote_client: TestClient,
                                                            example_db: str) -> None:
    assert remote_client.get("/tinh/gia-lai").status_code == 404
    assert remote_client.get("/van-ban/1").status_code == 404
    assert 'href="/tinh/gia-lai"' not in remote_client.get("/").text
    engine = create_engine(example_db)
    release(engine, "52", system("tester"))
    engine.dispose()
    assert remote_client.get("/tinh/gia-lai").status_code == 200
    assert 'href="/tinh/gia-lai"' in remote_client.get("/").text


def test_the_officer_publishes_and_withdraws_with_the_button(client: TestClient,
                                                            remote_client: TestClient,
                                                            example_db: str) -> None:
    page = client.get("/tinh/gia-lai").text
    form = re.search(r'<form method="post" action="/tinh/gia-lai/cong-bo">(.*?)</form>', page, re.S)
    assert form and 'name="csrf_token"' in form.group(1) and 'value="release"' in form.group(1)
    forged = TestClient(client.app)  # no session, no token: nothing happens
    assert forged.post("/tinh/gia-lai/cong-bo", data={"action": "release"}).status_code == 401
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.group(1)).group(1)
    done = client.post("/tinh/gia-lai/cong-bo", data={"action": "release", "csrf_token": token},
                       headers={"X-CSRF-Token": ""}, follow_redirects=False)
    assert done.status_code == 303
    engine = create_engine(example_db)
    assert is_published(engine, "52")
    assert remote_client.get("/tinh/gia-lai").status_code == 200
    assert "cong-bo" not in remote_client.get("/tinh/gia-lai").text  # no button for the public
    client.post("/tinh/gia-lai/cong-bo", data={"action": "withdraw"})
    assert not is_published(engine, "52")
    engine.dispose()
    assert remote_client.get("/tinh/gia-lai").status_code == 404
