"""A site to attack: the bundled example plans and figures (Gia Lai), six
accounts with a token each, and the API app with small upload limits."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from muctieu.store.actors import system
from muctieu.store.db import open_store
from muctieu.store.examples import load_examples
from muctieu.store.tokens import create_token
from muctieu.store.users import ReportingUnit, add_user
from muctieu.web.api_app import create_api_app
from muctieu.web.security.settings import SecuritySettings

PASSWORD = "mat-khau-thu-nghiem"
GIA_LAI, HA_NOI = "52", "01"
QUY_NHON = "21583"  # a commune of Gia Lai in the example figures
OTHER_COMMUNE = "21553"
SETTINGS = SecuritySettings(max_body=2 * 1024 * 1024, max_unzipped=8 * 1024 * 1024)
# role label → (email, role, province, reporting units)
ACCOUNTS = {
    "admin": ("admin@bo.gov.vn", "admin", None, []),
    "officer": ("canbo@gialai.gov.vn", "officer", GIA_LAI, []),
    "officer_other": ("canbo@hanoi.gov.vn", "officer", HA_NOI, []),
    "reporter": ("xa@quynhon.gov.vn", "reporter", GIA_LAI,
                 [ReportingUnit("commune", QUY_NHON, "Phường Quy Nhơn")]),
    "viewer": ("xem@gialai.gov.vn", "viewer", GIA_LAI, []),
}
ROLES = ("public", *ACCOUNTS)


@dataclass
class Site:
    app: FastAPI
    engine: Engine
    url: str
    tokens: dict[str, str] = field(default_factory=dict)

    def client(self, *, https: bool = False) -> TestClient:
        return TestClient(self.app, base_url="https://testserver" if https else "http://testserver")

    def token_client(self, role: str) -> TestClient:
        c = self.client()
        if role != "public":
            c.headers["Authorization"] = f"Bearer {self.tokens[role]}"
        return c

    def session_client(self, role: str) -> TestClient:
        """A browser logged in as `role`, sending its CSRF token on writes like a page would."""
        c = self.client()
        if role == "public":
            return c
        email = ACCOUNTS[role][0]
        r = login(c, email, PASSWORD)
        assert r.status_code == 303, r.text
        c.headers["X-CSRF-Token"] = form_csrf(c)
        return c


def form_csrf(client: TestClient) -> str:
    """The CSRF token a form of the site carries (the log-in form shows it)."""
    page = client.get("/dang-nhap").text
    return re.search(r'name="csrf_token" value="([^"]*)"', page).group(1)


def login(client: TestClient, email: str, password: str, **extra):
    token = form_csrf(client)
    return client.post("/dang-nhap", data={"email": email, "password": password,
                                           "csrf_token": token, **extra},
                       follow_redirects=False)


def _prepare(url: str) -> tuple[Engine, dict[str, str]]:
    engine = open_store(url)
    me = system("tester")
    load_examples(engine, me)
    tokens = {}
    for label, (email, role, province, units) in ACCOUNTS.items():
        add_user(engine, email, role, province, PASSWORD, who=me, units=units)
        tokens[label] = create_token(engine, email, who=me)[0]
    return engine, tokens


_TEMPLATE: dict[str, tuple[Path, dict[str, str]]] = {}


def _make_site(db_url: str, tmp_path: Path, factory: pytest.TempPathFactory) -> Iterator[Site]:
    if db_url.startswith("sqlite"):
        # Preparing costs seconds (extraction, argon2): done once, then copied.
        if "sqlite" not in _TEMPLATE:
            template = factory.mktemp("template") / "site.sqlite"
            engine, tokens = _prepare(f"sqlite:///{template}")
            engine.dispose()
            _TEMPLATE["sqlite"] = (template, tokens)
        template, tokens = _TEMPLATE["sqlite"]
        target = tmp_path / "site.sqlite"
        shutil.copy(template, target)
        url = f"sqlite:///{target}"
    else:
        url = db_url
        engine, tokens = _prepare(url)
        engine.dispose()
    app = create_api_app(url, settings=SETTINGS)
    s = Site(app, app.state.engine, url, dict(tokens))
    yield s
    s.engine.dispose()


@pytest.fixture
def site(db_url: str, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The example site on SQLite and on PostgreSQL."""
    yield from _make_site(db_url, tmp_path, tmp_path_factory)


@pytest.fixture
def lite(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The example site on SQLite only, for attacks the database does not change."""
    yield from _make_site(f"sqlite:///{tmp_path / 'x.sqlite'}", tmp_path, tmp_path_factory)
