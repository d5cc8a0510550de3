"""Log-in, log-out and sessions as a browser sees them."""

from __future__ import annotations

import json
import re
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from muctieu.store import audit
from muctieu.store.actors import system
from muctieu.store.models import AuditEntry, LoginSession
from muctieu.store.secrets_hash import digest
from muctieu.store.users import set_disabled
from muctieu.web.security.settings import SESSION_COOKIE
from tests.web.conftest import ACCOUNTS, PASSWORD, Site, form_csrf, login

OFFICER = ACCOUNTS["officer"][0]


def _cookie_header(response) -> str:
    return next(v for k, v in response.headers.multi_items()
                if k == "set-cookie" and v.startswith(SESSION_COOKIE))


def test_the_log_in_page_is_vietnamese_first_and_carries_a_csrf_token(lite: Site) -> None:
    page = lite.client().get("/dang-nhap")
    assert page.status_code == 200
    assert "<h1>Đăng nhập</h1>" in page.text and 'lang="vi"' in page.text
    assert "<h1>Log in</h1>" in lite.client().get("/dang-nhap?lang=en").text
    assert 'name="csrf_token" value="' in page.text
    scripts = re.findall(r"<script[^>]*>", page.text)
    assert scripts and all("src=" in tag for tag in scripts)  # no inline script


def test_the_session_cookie_is_httponly_and_lax_and_secure_over_https(lite: Site) -> None:
    plain = _cookie_header(login(lite.client(), OFFICER, PASSWORD)).lower()
    assert "httponly" in plain and "samesite=lax" in plain and "secure" not in plain
    https = _cookie_header(login(lite.client(https=True), OFFICER, PASSWORD)).lower()
    assert "secure" in https and "httponly" in https


def test_log_in_goes_back_to_the_page_asked_for_but_never_to_another_site(lite: Site) -> None:
    assert login(lite.client(), OFFICER, PASSWORD, next="/nhat-ky").headers["location"] == "/nhat-ky"
    for elsewhere in ("https://evil.example/", "//evil.example", "/\\evil.example"):
        r = login(lite.client(), OFFICER, PASSWORD, next=elsewhere)
        assert r.headers["location"] == "/"


def test_log_out_ends_the_session_on_the_server(lite: Site) -> None:
    browser = lite.session_client("officer")
    sid = browser.cookies[SESSION_COOKIE]
    assert browser.post("/dang-xuat", follow_redirects=False).status_code == 303
    replay = lite.client()
    replay.cookies.set(SESSION_COOKIE, sid)  # someone who copied the cookie before
    assert replay.get("/api/v1/me").json()["role"] == "public"


def test_a_session_idle_too_long_is_over(lite: Site) -> None:
    browser = lite.session_client("officer")
    assert browser.get("/api/v1/me").json()["role"] == "officer"
    with Session(lite.engine) as s, s.begin():
        s.execute(update(LoginSession).values(
            last_seen=audit.now() - timedelta(minutes=31)))  # the default idle time is 30
    assert browser.get("/api/v1/me").json()["role"] == "public"


def test_a_used_session_stays_alive(lite: Site) -> None:
    browser = lite.session_client("officer")
    with Session(lite.engine) as s, s.begin():
        s.execute(update(LoginSession).values(last_seen=audit.now() - timedelta(minutes=29)))
    assert browser.get("/api/v1/me").json()["role"] == "officer"  # and refreshes last_seen
    with Session(lite.engine) as s:
        seen = audit.aware(s.query(LoginSession).one().last_seen)
    assert seen > audit.now() - timedelta(minutes=1)


def _session_entries(site: Site) -> list[tuple]:
    with Session(site.engine) as s:
        return [tuple(r) for r in s.execute(
            select(AuditEntry.who, AuditEntry.field, AuditEntry.old, AuditEntry.new,
                   AuditEntry.province_code)
            .where(AuditEntry.table_name == "sessions").order_by(AuditEntry.id))]


def test_log_in_refusals_and_log_out_are_in_the_audit_log(lite: Site) -> None:
    browser = lite.client()
    assert login(browser, OFFICER, "sai-mat-khau-roi").status_code == 401
    assert login(browser, "ai-do@gialai.gov.vn", PASSWORD).status_code == 401
    assert login(browser, OFFICER, PASSWORD).status_code == 303
    sid = browser.cookies[SESSION_COOKIE]
    browser.headers["X-CSRF-Token"] = form_csrf(browser)
    assert browser.post("/dang-xuat", follow_redirects=False).status_code == 303
    entries = _session_entries(lite)
    address = {"address": "testclient"}
    assert [(who, field, new, province) for who, field, _, new, province in entries] == [
        (OFFICER, "login_refused", address | {"reason": "wrong_password"}, "52"),
        ("ai-do@gialai.gov.vn", "login_refused", address | {"reason": "unknown_account"}, None),
        (OFFICER, "login", address, "52"),
        (OFFICER, "logout", address, "52"),
    ]
    assert entries[-1][2]["since"]  # when the session began
    with Session(lite.engine) as s:
        logged = json.dumps([list(r) for r in s.execute(select(AuditEntry.__table__))],
                            default=str)
    for secret in (PASSWORD, "sai-mat-khau-roi", sid, digest(sid)):
        assert secret not in logged


def test_the_officer_and_the_admin_read_log_ins_in_the_log(lite: Site) -> None:
    officer = lite.session_client("officer")  # logs in
    admin = lite.session_client("admin")
    for client in (officer, admin):
        page = client.get("/nhat-ky", params={"table": "sessions", "action": "login"}).text
        assert OFFICER in page
    # Hà Nội's officer sees Hà Nội's log only, not Gia Lai's log-ins.
    other = lite.session_client("officer_other").get("/nhat-ky", params={"table": "sessions"})
    assert OFFICER not in other.text and "canbo@hanoi.gov.vn" in other.text


def test_a_disabled_account_is_refused_and_the_log_says_why(lite: Site) -> None:
    set_disabled(lite.engine, OFFICER, True, who=system("tester"))
    assert login(lite.client(), OFFICER, PASSWORD).status_code == 401
    assert _session_entries(lite)[-1][:2] == (OFFICER, "login_refused")
    assert _session_entries(lite)[-1][3]["reason"] == "disabled"
