"""`require_writer`: the one check the pages' write paths call (issue 9's guard)."""

from __future__ import annotations

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient

from muctieu.store.actors import PUBLIC, Actor
from muctieu.web.guard import require_writer
from muctieu.web.security.deps import Refused

OFFICER = Actor("an@gl.vn", "officer", "52")
REPORTER = Actor("xa@gl.vn", "reporter", "52", communes=frozenset({"21583"}))


def _request(actor: Actor) -> Request:
    return Request({"type": "http", "method": "POST", "path": "/", "headers": [],
                    "state": {"actor": actor}})


@pytest.mark.parametrize("actor, province, status", [
    (PUBLIC, "52", 401),
    (Actor("xem@gl.vn", "viewer", "52"), "52", 403),
    (OFFICER, "01", 403),
    (REPORTER, "01", 403),
])
def test_who_may_not_write_is_refused(actor, province, status) -> None:
    with pytest.raises(Refused) as exc:
        require_writer(_request(actor), province)
    assert exc.value.status_code == status and exc.value.detail["vi"]


@pytest.mark.parametrize("actor", [OFFICER, REPORTER, Actor("admin@bo.gov.vn", "admin")])
def test_who_may_write_gets_their_actor_for_the_store(actor) -> None:
    assert require_writer(_request(actor), "52") is actor
    assert str(actor) == actor.name  # the name audit entries used to take


def test_a_refusal_reaches_the_browser_as_a_bilingual_page(lite) -> None:
    app: FastAPI = lite.app

    @app.post("/thu-ghi/{province}")
    def write(request: Request, province: str) -> dict[str, str]:
        return {"who": require_writer(request, province).name}

    viewer = lite.session_client("viewer")
    viewer.headers["Accept"] = "text/html"
    r = viewer.post("/thu-ghi/52")
    assert r.status_code == 403 and "không được ghi" in r.text and "may not write" in r.text
    assert lite.session_client("officer").post("/thu-ghi/52").json() == {
        "who": "canbo@gialai.gov.vn"}
    anonymous = lite.client().post("/thu-ghi/52", headers={"Accept": "application/json"})
    assert anonymous.status_code == 401


def test_page_templates_get_the_csrf_field(lite) -> None:
    from pathlib import Path

    from fastapi.templating import Jinja2Templates

    import muctieu.web
    from muctieu.web.security.install import add_template_helpers

    templates = Jinja2Templates(directory=str(Path(muctieu.web.__file__).parent / "templates"))
    add_template_helpers(templates)

    @lite.app.get("/thu-form")
    def form(request: Request):
        return templates.TemplateResponse(request, "auth/csrf_field.html", {})

    officer = lite.session_client("officer")
    field = officer.get("/thu-form").text
    assert f'value="{officer.headers["X-CSRF-Token"]}"' in field
