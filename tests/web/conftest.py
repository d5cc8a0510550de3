"""Fixtures for the web application: the bundled example (plans and commune
figures of Gia Lai) with six accounts, in-process clients logged in through
`/dang-nhap` (TestClient keeps the session cookie and sends the CSRF token
like a page does), and, for browser tests, the app served by uvicorn and a
headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from muctieu.store.actors import system
from muctieu.store.db import open_store
from muctieu.store.examples import load_examples
from muctieu.store.tokens import create_token
from muctieu.store.users import ReportingUnit, add_user
from muctieu.web.app import create_app
from muctieu.web.security.settings import SecuritySettings

EXAMPLES = Path(__file__).resolve().parents[2] / "muctieu" / "examples"
SCREENSHOTS = Path(__file__).parent / "screenshots"

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


def _prepare(url: str, labels: tuple[str, ...] = tuple(ACCOUNTS), *,
             tokens: bool = True) -> tuple[Engine, dict[str, str]]:
    """The example in the store at `url`, with the accounts `labels` (and a token each)."""
    engine = open_store(url)
    me = system("tester")
    load_examples(engine, me)
    made = {}
    for label in labels:
        email, role, province, units = ACCOUNTS[label]
        add_user(engine, email, role, province, PASSWORD, who=me, units=units)
        if tokens:
            made[label] = create_token(engine, email, who=me)[0]
    return engine, made


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
    app = create_app(url, settings=SETTINGS)
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


# --- the pages, as an officer of Gia Lai, an admin and the public use them ---------------

def fill_example(url: str) -> None:
    """The bundled example, as `muctieu demo` stores it, with Gia Lai's officer and an admin."""
    engine, _ = _prepare(url, ("officer", "admin"), tokens=False)
    engine.dispose()


def logged_in(app: FastAPI, role: str | None) -> TestClient:
    """A client of `app` logged in through /dang-nhap as `role` (None: the public)."""
    c = TestClient(app, raise_server_exceptions=False)
    if role is not None:
        r = login(c, ACCOUNTS[role][0], PASSWORD)
        assert r.status_code == 303, r.text
        c.headers["X-CSRF-Token"] = form_csrf(c)
    return c


@pytest.fixture
def example_db(db_url: str) -> str:
    fill_example(db_url)
    return db_url


@pytest.fixture
def web_app(example_db: str) -> Iterator[FastAPI]:
    app = create_app(example_db)
    yield app
    app.state.engine.dispose()


@pytest.fixture
def client(web_app: FastAPI) -> Iterator[TestClient]:
    """Gia Lai's officer, logged in: may read and write Gia Lai's data."""
    with logged_in(web_app, "officer") as c:
        yield c


@pytest.fixture
def admin_client(web_app: FastAPI) -> Iterator[TestClient]:
    with logged_in(web_app, "admin") as c:
        yield c


@pytest.fixture
def remote_client(web_app: FastAPI) -> Iterator[TestClient]:
    """Nobody logged in: reads published provinces, never writes."""
    with logged_in(web_app, None) as c:
        yield c


# --- a real server and a real browser -------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on the example store, served by uvicorn on 127.0.0.1:<free port>."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'store.sqlite'}"
    fill_example(url)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def _chromium() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by Selenium (scripts/system-packages.sh installs it)."""
    found = _chromium()
    if found is None:
        why = "chromium/chromium-driver missing: run scripts/system-packages.sh as root"
        if os.environ.get("CI") == "true":
            pytest.fail(why)
        pytest.skip(why)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = found[0]
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,768", "--lang=vi", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(found[1]), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
