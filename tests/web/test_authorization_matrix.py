"""Every route of the application × every role → the expected outcome.

The routes come from the application's own route table; a route missing
from MATRIX fails `test_every_route_is_in_the_matrix`, so a new route
cannot ship without its expected outcome for each role. Gia Lai (52) is
not published: the public and Hà Nội's officer must not see its data.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.routing import iter_route_contexts
from sqlalchemy import select
from sqlalchemy.orm import Session

from muctieu.cli import EXAMPLES
from muctieu.store.models import Document, Target
from tests.web.conftest import GIA_LAI, QUY_NHON, ROLES, Site

#                    public officer officer_other reporter viewer admin
OK = dict.fromkeys(ROLES, 200)
LOGIN_PAGES = {**dict.fromkeys(ROLES, 303), "public": 303}
WRITE_FIGURES = {"public": 401, "officer": 200, "officer_other": 403, "reporter": 200,
                 "viewer": 403, "admin": 200}
MANAGE = {"public": 401, "officer": 200, "officer_other": 403, "reporter": 403,
          "viewer": 403, "admin": 200}
READ_UNPUBLISHED = {"public": 403, "officer": 200, "officer_other": 403, "reporter": 200,
                    "viewer": 200, "admin": 200}
AUDIT = {"public": 303, "officer": 200, "officer_other": 200, "reporter": 403,
         "viewer": 403, "admin": 200}
# Pages of a province that is not public answer 404 to whoever may not see it,
# as for a province that does not exist.
PAGE_UNPUBLISHED = {**READ_UNPUBLISHED, "public": 404, "officer_other": 404}
# Pages for those who write: the public is sent to the log-in page.
WRITERS_PAGE = {**OK, "public": 303}
# A review or a publication done (303 back to the page); reporters and viewers refused.
MANAGE_PAGE = {**MANAGE, "officer": 303, "admin": 303}


def _figure_row(site: Site) -> dict[str, Any]:
    return {"indicator_id": "egov.online_applications_share", "province": "Gia Lai",
            "unit_code": QUY_NHON, "year": 2026, "numerator": 10, "denominator": 20}


def _csv(site: Site) -> dict[str, Any]:
    body = ("Mã chỉ tiêu,Tỉnh/thành phố,Mã đơn vị (xã hoặc tỉnh),Năm,Tử số,Mẫu số\n"
            f"egov.online_applications_share,Gia Lai,{QUY_NHON},2026,11,20\n")
    return {"files": {"file": ("so-lieu.csv", io.BytesIO(body.encode()), "text/csv")}}


def _plan(site: Site) -> dict[str, Any]:
    plan = sorted(EXAMPLES.glob("ke-hoach-mau-*.txt"))[-1]
    return {"files": {"file": (plan.name, io.BytesIO(plan.read_bytes()), "text/plain")}}


def _form(**fields: str) -> Callable[[Site], dict[str, Any]]:
    return lambda s: {"data": fields}


def _document_id(site: Site) -> int:
    with Session(site.engine) as s:
        return s.scalars(select(Document.id).order_by(Document.id)).first()


def _target_id(site: Site) -> int:
    with Session(site.engine) as s:
        return s.scalars(select(Target.id).order_by(Target.id)).first()


Request = tuple[str, Callable[[Site], dict[str, Any]] | None]
# (method, route path) → (concrete URL, request body) and expected status by role.
MATRIX: dict[tuple[str, str], tuple[Callable[[Site], Request], dict[str, int]]] = {
    ("GET", "/api/v1/me"): (lambda s: ("/api/v1/me", None), OK),
    ("GET", "/api/v1/provinces"): (lambda s: ("/api/v1/provinces", None), OK),
    ("GET", "/api/v1/indicators"): (lambda s: ("/api/v1/indicators", None), OK),
    ("GET", "/api/v1/open-data/{table}"): (lambda s: ("/api/v1/open-data/targets", None), OK),
    ("GET", "/api/v1/documents"): (lambda s: ("/api/v1/documents", None), OK),
    ("GET", "/api/v1/targets"): (lambda s: ("/api/v1/targets", None), OK),
    ("GET", "/api/v1/observations"): (lambda s: ("/api/v1/observations", None), OK),
    ("GET", "/api/v1/evaluation"): (
        lambda s: (f"/api/v1/evaluation?province={GIA_LAI}&as_of=2026", None), READ_UNPUBLISHED),
    ("GET", "/api/v1/comparisons"): (
        lambda s: ("/api/v1/comparisons?indicator=egov.online_applications_share&year=2030",
                   None), OK),
    ("POST", "/api/v1/observations/batches"): (
        lambda s: ("/api/v1/observations/batches", lambda s: {"json": {"rows": [_figure_row(s)]}}),
        WRITE_FIGURES),
    ("POST", "/api/v1/observations/files"): (
        lambda s: ("/api/v1/observations/files", _csv), WRITE_FIGURES),
    ("POST", "/api/v1/documents"): (lambda s: ("/api/v1/documents", _plan), MANAGE),
    ("POST", "/api/v1/targets/{target_id}/review"): (
        lambda s: (f"/api/v1/targets/{_target_id(s)}/review",
                   lambda s: {"json": {"state": "confirmed"}}), MANAGE),
    # Withdrawing first (sorted: DELETE before GET) leaves Gia Lai unpublished for the
    # reads; publishing comes after them (POST), like the page's button below.
    ("DELETE", "/api/v1/provinces/{province}/publication"): (
        lambda s: (f"/api/v1/provinces/{GIA_LAI}/publication", None), MANAGE),
    ("POST", "/api/v1/provinces/{province}/publication"): (
        lambda s: (f"/api/v1/provinces/{GIA_LAI}/publication", None), MANAGE),
    ("GET", "/api/openapi.json"): (lambda s: ("/api/openapi.json", None), OK),
    ("GET", "/api/docs"): (lambda s: ("/api/docs", None), OK),
    ("GET", "/api/docs/assets/{name}"): (lambda s: ("/api/docs/assets/swagger-ui.css", None), OK),
    ("GET", "/dang-nhap"): (lambda s: ("/dang-nhap", None), OK),
    # A wrong password for a real account: refused the same way, whoever is logged in.
    ("POST", "/dang-nhap"): (
        lambda s: ("/dang-nhap", lambda s: {"data": {"email": "xem@gialai.gov.vn",
                                                     "password": "sai-mat-khau-roi"}}),
        dict.fromkeys(ROLES, 401)),
    ("POST", "/dang-xuat"): (lambda s: ("/dang-xuat", lambda s: {"data": {}}), LOGIN_PAGES),
    ("GET", "/nhat-ky"): (lambda s: ("/nhat-ky", None), AUDIT),
    ("GET", "/nhat-ky.csv"): (lambda s: ("/nhat-ky.csv", None), AUDIT),
    # The pages (issues 9 and 11).
    ("GET", "/static"): (lambda s: ("/static/app.css", None), OK),
    ("GET", "/"): (lambda s: ("/", None), OK),
    ("GET", "/tinh/{province_slug}"): (lambda s: ("/tinh/gia-lai", None), PAGE_UNPUBLISHED),
    ("GET", "/tinh/{province_slug}/bao-cao.{fmt}"): (
        lambda s: ("/tinh/gia-lai/bao-cao.xlsx?nam=2026", None), PAGE_UNPUBLISHED),
    ("POST", "/tinh/{province_slug}/cong-bo"): (
        lambda s: ("/tinh/gia-lai/cong-bo", _form(action="release")), MANAGE_PAGE),
    ("GET", "/chi-tieu/{indicator_id}"): (
        lambda s: ("/chi-tieu/egov.online_applications_share", None), OK),
    ("GET", "/van-ban/{document_id}"): (
        lambda s: (f"/van-ban/{_document_id(s)}", None), PAGE_UNPUBLISHED),
    ("GET", "/van-ban/{document_id}/tep"): (
        lambda s: (f"/van-ban/{_document_id(s)}/tep", None), PAGE_UNPUBLISHED),
    ("GET", "/duyet"): (lambda s: ("/duyet", None), WRITERS_PAGE),
    ("POST", "/duyet/{target_id}"): (
        lambda s: (f"/duyet/{_target_id(s)}", _form(action="accept")), MANAGE_PAGE),
    ("POST", "/duyet/van-ban/{document_id}/chap-nhan"): (
        lambda s: (f"/duyet/van-ban/{_document_id(s)}/chap-nhan", None), MANAGE_PAGE),
    ("GET", "/tai-len"): (lambda s: ("/tai-len", None), WRITERS_PAGE),
    ("POST", "/tai-len/ke-hoach"): (lambda s: ("/tai-len/ke-hoach", _plan), MANAGE),
    ("POST", "/tai-len/so-lieu"): (lambda s: ("/tai-len/so-lieu", _csv), WRITE_FIGURES),
    ("GET", "/so-sanh"): (
        lambda s: ("/so-sanh?chi_tieu=egov.online_applications_share&nam=2030", None), OK),
    ("GET", "/so-sanh.csv"): (
        lambda s: ("/so-sanh.csv?chi_tieu=egov.online_applications_share&nam=2030", None), OK),
    ("GET", "/du-lieu-mo"): (lambda s: ("/du-lieu-mo", None), OK),
    ("GET", "/du-lieu-mo/bang/{name}.{ext}"): (lambda s: ("/du-lieu-mo/bang/targets.csv", None), OK),
    ("GET", "/du-lieu-mo/goi-du-lieu.zip"): (lambda s: ("/du-lieu-mo/goi-du-lieu.zip", None), OK),
}
# Routes FastAPI adds by itself and that this application switches off.
SWITCHED_OFF = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}


def _route_table(site: Site) -> set[tuple[str, str]]:
    """(method, path) of every route the application answers, mounts as GET."""
    found = set()
    for route in iter_route_contexts(site.app.routes):
        if route.path not in SWITCHED_OFF:
            found |= {(m, route.path) for m in (route.methods or {"GET"}) - {"HEAD"}}
    return found


def test_every_route_is_in_the_matrix(lite: Site) -> None:
    routes = _route_table(lite)
    assert routes - set(MATRIX) == set(), "routes without an expected outcome per role"
    assert set(MATRIX) - routes == set(), "the matrix names routes that do not exist"


def _call(site: Site, role: str, auth: str, method: str, path: str) -> int:
    url_of, expected = MATRIX[(method, path)]
    url, body = url_of(site)
    client = site.token_client(role) if auth == "token" else site.session_client(role)
    if method == "POST" and path in ("/dang-nhap", "/dang-xuat") and role == "public":
        client.headers["X-CSRF-Token"] = _login_csrf(client)
    kwargs = body(site) if body else {}
    return client.request(method, url, follow_redirects=False, **kwargs).status_code


def _login_csrf(client) -> str:
    from tests.web.conftest import form_csrf

    return form_csrf(client)


@pytest.mark.parametrize("role", ROLES)
def test_each_route_answers_each_role_with_a_session(site: Site, role: str) -> None:
    """Through a browser session (with its CSRF token), every route and role."""
    got = {}
    for method, path in sorted(MATRIX):
        if method == "POST" and path == "/dang-xuat":
            continue  # logging out would end the session the other rows use; below
        got[(method, path)] = _call(site, role, "session", method, path)
    got[("POST", "/dang-xuat")] = _call(site, role, "session", "POST", "/dang-xuat")
    expected = {k: v[1][role] for k, v in MATRIX.items()}
    assert got == expected


@pytest.mark.parametrize("role", ROLES)
def test_each_api_route_answers_each_role_with_a_token(site: Site, role: str) -> None:
    api = [(m, p) for m, p in sorted(MATRIX) if p.startswith("/api/")]
    got = {(m, p): _call(site, role, "token", m, p) for m, p in api}
    assert got == {k: MATRIX[k][1][role] for k in api}


LISTS = ("/api/v1/documents", "/api/v1/targets", "/api/v1/observations")
SEES_GIA_LAI = {"public": False, "officer": True, "officer_other": False, "reporter": True,
                "viewer": True, "admin": True}


@pytest.mark.parametrize("role", ROLES)
def test_unpublished_data_is_seen_only_by_its_province_and_admins(site: Site, role: str) -> None:
    client = site.token_client(role)
    for path in LISTS:
        body = client.get(path, params={"province": GIA_LAI}).json()
        assert (body["total"] > 0) == SEES_GIA_LAI[role], (path, role)
    comparison = client.get("/api/v1/comparisons", params={
        "indicator": "egov.online_applications_share", "year": 2030, "as_of": 2026}).json()
    assert any(r["province"] == "Gia Lai" for r in comparison) == SEES_GIA_LAI[role]


def test_once_published_everyone_sees_it(site: Site) -> None:
    officer = site.session_client("officer")
    from muctieu.store.publication import release
    from muctieu.store.users import actor_for_email

    release(site.engine, GIA_LAI, actor_for_email(site.engine, "canbo@gialai.gov.vn"))
    for role in ("public", "officer_other"):
        client = site.token_client(role)
        assert client.get("/api/v1/targets", params={"province": GIA_LAI}).json()["total"] > 0
        assert client.get("/api/v1/evaluation", params={"province": GIA_LAI}).status_code == 200
    assert officer.get("/api/v1/me").status_code == 200
