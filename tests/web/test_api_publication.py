"""Publishing a province through the API, as the province's officer's system does it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from muctieu.store.models import AuditEntry
from muctieu.store.publication import is_published
from tests.web.conftest import GIA_LAI, Site

URL = f"/api/v1/provinces/{GIA_LAI}/publication"


def _public_sees_gia_lai(site: Site) -> bool:
    return site.token_client("public").get(
        "/api/v1/targets", params={"province": GIA_LAI}).json()["total"] > 0


def test_the_officer_publishes_and_withdraws_and_the_public_sees_it_at_once(site: Site) -> None:
    officer = site.token_client("officer")
    assert not _public_sees_gia_lai(site)
    done = officer.post(URL)
    assert done.status_code == 200
    assert done.json() | {"vi": "", "en": ""} == {
        "province_code": GIA_LAI, "published": True, "changed": True, "vi": "", "en": ""}
    assert "Gia Lai" in done.json()["vi"] and "published" in done.json()["en"]
    assert is_published(site.engine, GIA_LAI) and _public_sees_gia_lai(site)
    assert officer.post(URL).json()["changed"] is False  # twice: nothing changes
    gone = officer.delete(URL)
    assert gone.status_code == 200 and gone.json()["published"] is False
    assert gone.json()["changed"] is True
    assert not _public_sees_gia_lai(site)
    assert officer.delete(URL).json()["changed"] is False
    with Session(site.engine) as s:
        logged = s.execute(select(AuditEntry.who, AuditEntry.field, AuditEntry.province_code)
                           .where(AuditEntry.table_name == "publications")
                           .order_by(AuditEntry.id)).all()
    assert logged == [("canbo@gialai.gov.vn", "release", GIA_LAI),
                      ("canbo@gialai.gov.vn", "withdraw", GIA_LAI)]


def test_a_province_by_name_and_refusals_in_both_languages(lite: Site) -> None:
    admin = lite.token_client("admin")
    assert admin.post("/api/v1/provinces/Gia Lai/publication").json()["province_code"] == GIA_LAI
    other = lite.token_client("officer_other").delete(URL)
    assert other.status_code == 403
    assert "không được" in other.json()["detail"]["vi"]
    assert "may not" in other.json()["detail"]["en"]
    assert is_published(lite.engine, GIA_LAI)  # refused: nothing changed
    unknown = admin.post("/api/v1/provinces/Atlantis/publication")
    assert unknown.status_code == 404 and "Atlantis" in unknown.json()["detail"]["en"]
    assert lite.token_client("public").delete(URL).status_code == 401


def test_a_browser_session_needs_its_csrf_token(lite: Site) -> None:
    browser = lite.session_client("officer")
    token = browser.headers.pop("X-CSRF-Token")
    assert browser.post(URL).status_code == 403
    assert not is_published(lite.engine, GIA_LAI)
    assert browser.post(URL, headers={"X-CSRF-Token": token}).status_code == 200
    assert is_published(lite.engine, GIA_LAI)
