"""Fixtures for the web pages: a store holding the bundled example (plans and
commune figures), an in-process client that counts as the local machine,
and, for browser tests, the app served by uvicorn and a headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from muctieu.extract import extract_records
from muctieu.store.bulk import import_observations
from muctieu.store.catalogue import catalogue_references, match_wording
from muctieu.store.db import open_store
from muctieu.store.ingest import ingest_path
from muctieu.web.app import create_app

EXAMPLES = Path(__file__).resolve().parents[2] / "muctieu" / "examples"
SCREENSHOTS = Path(__file__).parent / "screenshots"
LOCAL = ("127.0.0.1", 50000)


def fill_example(url: str) -> None:
    """The bundled example, as `muctieu demo` stores it."""
    engine = open_store(url)
    refs = catalogue_references()
    for plan in sorted(EXAMPLES.glob("ke-hoach-mau-*.txt")):
        ingest_path(engine, plan, extract=extract_records, match=match_wording,
                    units=refs.units, who="demo")
    report = import_observations(engine, EXAMPLES / "so-lieu-xa-2026.csv", refs, who="demo")
    assert report.written
    engine.dispose()


@pytest.fixture
def example_db(db_url: str) -> str:
    fill_example(db_url)
    return db_url


@pytest.fixture
def client(example_db: str) -> Iterator[TestClient]:
    app = create_app(example_db)
    with TestClient(app, client=LOCAL, raise_server_exceptions=False) as c:
        yield c
    app.state.engine.dispose()


@pytest.fixture
def remote_client(example_db: str) -> Iterator[TestClient]:
    """A client from another machine: may read published provinces, never write."""
    app = create_app(example_db)
    with TestClient(app, client=("203.0.113.9", 50000), raise_server_exceptions=False) as c:
        yield c
    app.state.engine.dispose()


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
