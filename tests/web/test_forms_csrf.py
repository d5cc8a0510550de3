"""Every form of the pages that writes carries the session's CSRF token, and
the token the page gives (form field, or the meta tag htmx requests send as
`X-CSRF-Token`) is what makes the write go through."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

PAGES = ("/", "/duyet", "/duyet?van_ban=1", "/tai-len", "/tinh/gia-lai", "/van-ban/1", "/nhat-ky")
FORM = re.compile(r'<form [^>]*method="post"[^>]*>(.*?)</form>', re.S)


def test_every_writing_form_carries_the_sessions_token(client: TestClient) -> None:
    del client.headers["X-CSRF-Token"]  # as a browser: only what the page gives
    seen = 0
    for path in PAGES:
        page = client.get(path)
        assert page.status_code == 200, path
        meta = re.search(r'<meta name="csrf-token" content="([^"]+)">', page.text).group(1)
        for form in FORM.findall(page.text):
            assert f'name="csrf_token" value="{meta}"' in form, (path, form[:200])
            seen += 1
    assert seen >= 6  # log-out, review items, bulk accept, two uploads, publish


def test_the_pages_token_lets_the_write_through(client: TestClient) -> None:
    del client.headers["X-CSRF-Token"]
    page = client.get("/duyet").text
    target = re.search(r'id="item(\d+)"', page).group(1)
    assert client.post(f"/duyet/{target}", data={"action": "accept"},
                       follow_redirects=False).status_code == 403  # no token
    token = re.search(r'<meta name="csrf-token" content="([^"]+)">', page).group(1)
    by_htmx = client.post(f"/duyet/{target}", data={"action": "accept"},
                          headers={"HX-Request": "true", "X-CSRF-Token": token})
    assert by_htmx.status_code == 200 and "Đã chấp nhận" in by_htmx.text
