"""Attacks that must fail, each as a user of the site would try it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from fastapi.routing import iter_route_contexts
from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from muctieu.store.models import AuditEntry, Observation, Target
from muctieu.store.users import set_disabled
from muctieu.store.actors import system
from muctieu.web.security.settings import SESSION_COOKIE
from tests.web.conftest import (
    ACCOUNTS, OTHER_COMMUNE, PASSWORD, QUY_NHON, Site, login,
)


def _count(site: Site, model) -> int:
    with Session(site.engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def _writing_routes(site: Site) -> list[tuple[str, str]]:
    return sorted((m, r.path) for r in iter_route_contexts(site.app.routes)
                  for m in (r.methods or set()) if m in ("POST", "PUT", "PATCH", "DELETE"))


def _concrete(path: str, site: Site) -> str:
    with Session(site.engine) as s:
        target = s.scalars(select(Target.id)).first()
    return path.replace("{target_id}", str(target))


# --- CSRF -----------------------------------------------------------------

@pytest.mark.parametrize("token", [None, "sai-ma"])
def test_csrf_every_writing_route_refuses_a_session_without_its_token(lite: Site, token) -> None:
    """A page of another site can make the browser post with its cookie, not with the token."""
    officer = lite.session_client("officer")
    del officer.headers["X-CSRF-Token"]
    before = (_count(lite, AuditEntry), _count(lite, Observation))
    routes = _writing_routes(lite)
    assert len(routes) >= 6
    for method, path in routes:
        data = {"csrf_token": token} if token else {}
        r = officer.request(method, _concrete(path, lite), data=data, follow_redirects=False)
        assert r.status_code == 403, (path, r.status_code)
        assert "CSRF" in r.text
    assert (_count(lite, AuditEntry), _count(lite, Observation)) == before
    assert officer.get("/api/v1/me").json()["role"] == "officer"  # still logged in


def test_csrf_another_sessions_token_does_not_work(lite: Site) -> None:
    viewer_token = lite.session_client("viewer").headers["X-CSRF-Token"]
    officer = lite.session_client("officer")
    officer.headers["X-CSRF-Token"] = viewer_token
    r = officer.post(_concrete("/api/v1/targets/{target_id}/review", lite),
                     json={"state": "rejected"})
    assert r.status_code == 403


def test_csrf_the_log_in_form_needs_its_token(lite: Site) -> None:
    c = lite.client()
    r = c.post("/dang-nhap", data={"email": ACCOUNTS["officer"][0], "password": PASSWORD},
               follow_redirects=False)
    assert r.status_code == 403 and SESSION_COOKIE not in r.cookies


# --- sessions -----------------------------------------------------------------

def test_session_fixation_a_planted_session_id_is_never_adopted(lite: Site) -> None:
    attacker = lite.session_client("viewer")
    planted = attacker.cookies[SESSION_COOKIE]
    victim = lite.client()
    victim.cookies.set(SESSION_COOKIE, planted)
    r = login(victim, ACCOUNTS["officer"][0], PASSWORD)
    assert r.status_code == 303
    fresh = r.cookies[SESSION_COOKIE]
    assert fresh != planted
    # the planted id is over: the attacker holds nothing, not even the viewer session
    assert attacker.get("/api/v1/me").json()["role"] == "public"
    victim.cookies.clear()
    victim.cookies.set(SESSION_COOKIE, fresh)
    assert victim.get("/api/v1/me").json()["name"] == ACCOUNTS["officer"][0]


def test_session_fixation_a_made_up_id_stays_public(lite: Site) -> None:
    victim = lite.client()
    victim.cookies.set(SESSION_COOKIE, "ke-tan-cong-chon-san")
    r = login(victim, ACCOUNTS["officer"][0], PASSWORD)
    assert r.cookies[SESSION_COOKIE] != "ke-tan-cong-chon-san"
    stranger = lite.client()
    stranger.cookies.set(SESSION_COOKIE, "ke-tan-cong-chon-san")
    assert stranger.get("/api/v1/me").json()["role"] == "public"


# --- SQL injection ------------------------------------------------------------------

PAYLOADS = ["' OR '1'='1", "52' OR 1=1 --", "1; DROP TABLE targets; --", "52\" OR \"\"=\"",
            "%' UNION SELECT id, who FROM audit_log --", "1 OR 1=1"]


def _filters(site: Site) -> list[tuple[str, str]]:
    schema = site.client().get("/api/openapi.json").json()
    out = []
    for path, ops in schema["paths"].items():
        get = ops.get("get")
        if get is None or "{" in path:
            continue
        out += [(path, p["name"]) for p in get.get("parameters", []) if p["in"] == "query"]
    return out + [("/nhat-ky", k) for k in ("who", "table", "action", "since", "until")]


def test_sql_injection_through_every_filter_reads_nothing_it_should_not(lite: Site) -> None:
    public = lite.client()
    officer = lite.session_client("officer")
    filters = _filters(lite)
    assert len(filters) >= 20
    for path, name in filters:
        for payload in PAYLOADS:
            for client in (public, officer):
                r = client.get(path, params={name: payload}, follow_redirects=False)
                assert r.status_code in (200, 303, 422), (path, name, payload, r.status_code)
                if r.status_code == 200 and path.startswith("/api/v1/") and client is public:
                    body = r.json()
                    assert not isinstance(body, dict) or body.get("total", 0) == 0, (path, name)
                if r.status_code == 422:
                    detail = r.json()["detail"]
                    assert "vi" in (detail if isinstance(detail, dict) else detail[0])
    assert {"targets", "observations", "audit_log", "users"} <= set(
        inspect(lite.engine).get_table_names())
    assert _count(lite, Target) > 0


def test_a_422_names_the_parameter_in_both_languages(lite: Site) -> None:
    r = lite.client().get("/api/v1/targets", params={"year": "hai nghìn", "kind": "khác"})
    assert r.status_code == 422
    detail = {d["where"]: d for d in r.json()["detail"]}
    assert detail["query.year"]["vi"] == "phải là số nguyên" and detail["query.year"]["en"]
    assert "target" in detail["query.kind"]["vi"] and "target" in detail["query.kind"]["en"]


# --- uploads -------------------------------------------------------------------------

CSV = ("Mã chỉ tiêu,Tỉnh/thành phố,Mã đơn vị (xã hoặc tỉnh),Năm,Tử số,Mẫu số\n"
       f"egov.online_applications_share,Gia Lai,{QUY_NHON},2026,11,20\n").encode()


def _upload(client, path: str, name: str, data: bytes, kind: str = "application/octet-stream"):
    return client.post(path, files={"file": (name, io.BytesIO(data), kind)})


def test_path_traversal_in_an_upload_name_goes_nowhere(lite: Site, tmp_path: Path) -> None:
    officer = lite.token_client("officer")
    aim = tmp_path / "bi-ghi-de.csv"
    name = "../" * 12 + str(aim).lstrip("/")
    r = _upload(officer, "/api/v1/observations/files", name, CSV, "text/csv")
    assert r.status_code == 200, r.text
    assert not aim.exists()
    with Session(lite.engine) as s:
        sources = set(s.scalars(select(Observation.source_file)
                                .where(Observation.source_kind == "upload")))
    assert "upload:bi-ghi-de.csv" in sources and not any(".." in x for x in sources if x)
    r = lite.client().get("/api/docs/assets/..%2F..%2F..%2Fpyproject.toml")
    assert r.status_code == 404


def test_an_oversize_upload_is_refused_before_it_is_read(lite: Site) -> None:
    officer = lite.token_client("officer")
    big = CSV + b"x" * (3 * 1024 * 1024)
    r = _upload(officer, "/api/v1/observations/files", "lon.csv", big, "text/csv")
    assert r.status_code == 413
    assert "MB" in r.json()["detail"]["vi"]


@pytest.mark.parametrize("name, data, words", [
    ("so-lieu.xlsx", b"%PDF-1.7\n1 0 obj\n", "PDF"),
    ("so-lieu.csv", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "binary"),
    ("so-lieu.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "Office"),
    ("so-lieu.xlsx", CSV, "named XLSX"),
])
def test_a_disguised_figures_file_is_refused_by_its_content(lite: Site, name, data, words) -> None:
    before = _count(lite, Observation)
    r = _upload(lite.token_client("officer"), "/api/v1/observations/files", name, data)
    assert r.status_code == 422 and words in r.json()["detail"]["en"]
    assert _count(lite, Observation) == before


def test_an_html_error_page_saved_as_docx_is_not_a_plan(lite: Site) -> None:
    page = b"<!doctype html><html><body>404 Not Found</body></html>"
    r = _upload(lite.token_client("officer"), "/api/v1/documents", "ke-hoach.docx", page)
    assert r.status_code == 422 and "named DOCX" in r.json()["detail"]["en"]


def _bomb(size: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * size)
    return buf.getvalue()


def test_a_decompression_bomb_is_refused(lite: Site) -> None:
    bomb = _bomb(20 * 1024 * 1024)  # 20 MB of zeros: about 20 KB on the wire
    assert len(bomb) < 100_000
    r = _upload(lite.token_client("officer"), "/api/v1/observations/files", "so-lieu.xlsx", bomb)
    assert r.status_code == 422
    assert "giải nén vượt quá 8 MB" in r.json()["detail"]["vi"]


# --- tokens and scoping -------------------------------------------------------------------

def test_a_token_of_a_disabled_account_is_refused(lite: Site) -> None:
    reporter = lite.token_client("reporter")
    assert reporter.get("/api/v1/me").json()["role"] == "reporter"
    set_disabled(lite.engine, ACCOUNTS["reporter"][0], True, who=system("admin"))
    r = reporter.post("/api/v1/observations/batches", json={"rows": [
        {"indicator_id": "egov.online_applications_share", "province": "Gia Lai",
         "unit_code": QUY_NHON, "year": 2026, "numerator": 1, "denominator": 2}]})
    assert r.status_code == 401 and "revoked" in r.json()["detail"]["en"]
    assert reporter.get("/api/v1/me").status_code == 401


def test_a_made_up_or_malformed_token_is_refused(lite: Site) -> None:
    for header in ("Bearer mt_khong-co-that", "Bearer ", "Basic YWRtaW46YWRtaW4="):
        r = lite.client().get("/api/v1/me", headers={"Authorization": header})
        assert r.status_code == 401


def test_a_reporter_cannot_write_another_communes_figures(lite: Site) -> None:
    reporter = lite.token_client("reporter")
    with Session(lite.engine) as s:
        before = s.scalar(select(Observation.numerator).where(
            Observation.unit_code == OTHER_COMMUNE))
    row = {"indicator_id": "egov.online_applications_share", "province": "Gia Lai",
           "year": 2026, "numerator": 1, "denominator": 1000}
    r = reporter.post("/api/v1/observations/batches?partial=true", json={"rows": [
        {**row, "unit_code": QUY_NHON}, {**row, "unit_code": OTHER_COMMUNE}]})
    assert r.status_code == 403
    assert OTHER_COMMUNE in r.json()["detail"]["vi"] and "row 2" in r.json()["detail"]["en"]
    with Session(lite.engine) as s:
        after = s.scalar(select(Observation.numerator).where(
            Observation.unit_code == OTHER_COMMUNE))
        own = s.scalar(select(Observation.numerator).where(Observation.unit_code == QUY_NHON))
    assert after == before and own != 1  # not even its own row of that batch
    r = reporter.post("/api/v1/observations/batches", json={"rows": [
        {**row, "unit_code": None}]})  # the province's own figure
    assert r.status_code == 403


# --- brute force ----------------------------------------------------------------------

def test_brute_force_an_account_is_locked_for_a_while_even_with_the_right_password(
        lite: Site) -> None:
    email = ACCOUNTS["viewer"][0]
    c = lite.client()
    for i in range(5):
        assert login(c, email, f"doan-sai-{i:04d}").status_code == 401
    r = login(c, email, PASSWORD)
    assert r.status_code == 429
    assert "thử lại sau 15 phút" in r.text and "try again in 15 minutes" in r.text
    assert SESSION_COOKIE not in r.cookies
    # another account from the same address is not locked by these five
    assert login(lite.client(), ACCOUNTS["officer"][0], PASSWORD).status_code == 303


def test_brute_force_one_address_trying_many_accounts_is_stopped(lite: Site) -> None:
    c = lite.client()
    for i in range(20):
        assert login(c, f"doan{i}@gialai.gov.vn", "mat-khau-doan").status_code == 401
    r = login(c, ACCOUNTS["officer"][0], PASSWORD)
    assert r.status_code == 429 and "Retry-After" in r.headers


def test_a_wrong_password_and_an_unknown_account_look_the_same(lite: Site) -> None:
    c = lite.client()
    known = login(c, ACCOUNTS["viewer"][0], "sai-mat-khau-roi")
    unknown = login(c, "khong-co@gialai.gov.vn", "sai-mat-khau-roi")
    assert known.status_code == unknown.status_code == 401
    message = "Email hoặc mật khẩu không đúng, hoặc tài khoản đã bị khoá."
    assert message in known.text and message in unknown.text
