"""Security headers on every response of every route, refusals included."""

from __future__ import annotations

from fastapi.routing import iter_route_contexts

from tests.web.conftest import Site


def _check(headers) -> None:
    csp = headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert "'unsafe-inline'" not in directives["script-src"]
    assert directives["script-src"] == "'self'" and directives["frame-ancestors"] == "'none'"
    assert headers["x-content-type-options"] == "nosniff"


def test_every_route_sends_the_security_headers(lite: Site) -> None:
    client = lite.client()
    paths = {r.path.replace("{target_id}", "1").replace("{name}", "swagger-ui.css")
             for r in iter_route_contexts(lite.app.routes)}
    for path in sorted(paths) + ["/khong-co-trang-nay"]:
        for method in ("GET", "POST"):
            _check(client.request(method, path, follow_redirects=False).headers)


def test_refusals_before_any_route_carry_them_too(lite: Site) -> None:
    r = lite.client().get("/api/v1/me", headers={"Authorization": "Bearer sai"})
    assert r.status_code == 401
    _check(r.headers)


def test_strict_transport_security_only_over_https(lite: Site) -> None:
    assert "strict-transport-security" not in lite.client().get("/dang-nhap").headers
    assert "max-age" in lite.client(https=True).get("/dang-nhap").headers[
        "strict-transport-security"]
