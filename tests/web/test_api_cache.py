"""The API's kept responses never stand in for the store: two workers (two apps on one
store) see each other's writes, revocations and withdrawals on the very next request."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from muctieu.store.actors import system
from muctieu.store.publication import release, withdraw
from muctieu.store.tokens import list_tokens, revoke_token
from muctieu.store.users import set_disabled
from muctieu.web.api import models as m
from muctieu.web.app import create_app
from tests.web.conftest import ACCOUNTS, GIA_LAI, QUY_NHON, SETTINGS, Site

ADMIN = system("admin")
ROW = {"indicator_id": "egov.online_applications_share", "province": "Gia Lai",
       "unit_code": QUY_NHON, "year": 2027, "month": 3, "numerator": 5, "denominator": 10}
FIGURES = ("/api/v1/observations", {"province": GIA_LAI, "unit_code": QUY_NHON, "year": 2027})


@pytest.fixture
def other(site: Site) -> Iterator[Site]:
    """A second worker: another app on the same store, with its own caches."""
    app = create_app(site.url, settings=SETTINGS)
    yield Site(app, app.state.engine, site.url, site.tokens)
    app.state.engine.dispose()


def _figures(client: TestClient) -> list[float]:
    path, params = FIGURES
    return [r["numerator"] for r in client.get(path, params=params).json()["items"]]


def test_a_batch_written_through_one_worker_is_read_through_the_other(site: Site,
                                                                     other: Site) -> None:
    reader = other.token_client("viewer")
    assert _figures(reader) == [] and _figures(reader) == []  # kept now
    written = site.token_client("officer").post("/api/v1/observations/batches",
                                                json={"rows": [ROW]})
    assert written.status_code == 200
    assert _figures(reader) == [5]
    evaluation = reader.get("/api/v1/evaluation", params={"province": GIA_LAI, "as_of": 2027})
    site.token_client("officer").post("/api/v1/observations/batches",
                                      json={"rows": [ROW | {"year": 2027, "month": None,
                                                            "numerator": 9}]})
    again = reader.get("/api/v1/evaluation", params={"province": GIA_LAI, "as_of": 2027})
    assert again.status_code == 200 and again.headers["etag"] != evaluation.headers["etag"]


def test_revoking_a_token_or_disabling_its_account_stops_it_on_every_worker(
        site: Site, other: Site) -> None:
    officer = other.token_client("officer")
    reporter = other.token_client("reporter")
    assert officer.get("/api/v1/me").status_code == 200
    assert reporter.get("/api/v1/targets").status_code == 200
    token_id = next(t.id for t in list_tokens(site.engine, ACCOUNTS["officer"][0]))
    revoke_token(site.engine, token_id, who=ADMIN)
    assert officer.get("/api/v1/me").status_code == 401
    assert officer.get("/api/v1/targets").status_code == 401
    set_disabled(site.engine, ACCOUNTS["reporter"][0], True, who=ADMIN)
    assert reporter.get("/api/v1/targets").status_code == 401
    set_disabled(site.engine, ACCOUNTS["reporter"][0], False, who=ADMIN)
    assert reporter.get("/api/v1/targets").status_code == 200


def test_a_withdrawal_hides_the_province_from_the_next_request(site: Site, other: Site) -> None:
    public = other.token_client("public")
    params = {"province": GIA_LAI, "limit": 5}
    assert public.get("/api/v1/targets", params=params).json()["total"] == 0
    release(site.engine, GIA_LAI, ADMIN)
    assert public.get("/api/v1/targets", params=params).json()["total"] > 0
    assert public.get("/api/v1/targets", params=params).json()["total"] > 0  # kept
    assert public.get("/api/v1/evaluation", params={"province": GIA_LAI}).status_code == 200
    withdraw(site.engine, GIA_LAI, ADMIN)
    assert public.get("/api/v1/targets", params=params).json()["total"] == 0
    assert public.get("/api/v1/evaluation", params={"province": GIA_LAI}).status_code == 403
    provinces = public.get("/api/v1/provinces").json()["current"]
    assert not next(p for p in provinces if p["code"] == GIA_LAI)["published"]


def test_an_unchanged_answer_is_304_with_its_etag(lite: Site) -> None:
    client = lite.token_client("officer")
    first = client.get("/api/v1/targets", params={"limit": 3})
    assert first.headers["cache-control"] == "private, no-cache"
    tag = first.headers["etag"]
    same = client.get("/api/v1/targets", params={"limit": 3}, headers={"If-None-Match": tag})
    assert same.status_code == 304 and same.content == b"" and same.headers["etag"] == tag
    # Another reader's answer differs (Gia Lai is not published): its tag too.
    public = lite.token_client("public").get("/api/v1/targets", params={"limit": 3},
                                              headers={"If-None-Match": tag})
    assert public.status_code == 200 and public.json()["total"] == 0
    target = first.json()["items"][0]["id"]
    client.post(f"/api/v1/targets/{target}/review", json={"state": "rejected"})
    changed = client.get("/api/v1/targets", params={"limit": 3}, headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["etag"] != tag
    assert changed.json()["items"][0]["review_state"] == "rejected"


@pytest.mark.parametrize(("path", "model"), [
    ("/api/v1/targets", m.TargetPage), ("/api/v1/observations", m.ObservationPage),
    ("/api/v1/documents", m.DocumentPage), ("/api/v1/provinces", m.Provinces),
    ("/api/v1/evaluation", m.Evaluation)])
def test_answers_are_exactly_their_documented_models(lite: Site, path: str, model) -> None:
    body = lite.token_client("admin").get(path, params={"as_of": 2026} if "eval" in path
                                          else {}).json()
    assert model.model_validate(body).model_dump(mode="json") == body
