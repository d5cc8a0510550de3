"""The JSON API as another system uses it: reads, batches, idempotency, review, docs."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from muctieu.cli import app as cli
from muctieu.store.models import AuditEntry, Observation, Target
from tests.web.conftest import GIA_LAI, QUY_NHON, Site

ROW = {"indicator_id": "egov.online_applications_share", "province": "Gia Lai",
       "unit_code": QUY_NHON, "year": 2026, "numerator": 700, "denominator": 1000}


def _stored(site: Site, unit_code: str = QUY_NHON) -> list[tuple]:
    with Session(site.engine) as s:
        return list(s.execute(select(Observation.numerator, Observation.source_kind,
                                     Observation.submitted_by)
                              .where(Observation.unit_code == unit_code,
                                     Observation.indicator_id == ROW["indicator_id"],
                                     Observation.year == 2026)))


def test_evaluation_is_what_muctieu_evaluate_json_prints(site: Site) -> None:
    printed = CliRunner().invoke(cli, ["evaluate", "--province", "Gia Lai", "--json",
                                       "--as-of", "2026", "--db", site.url])
    assert printed.exit_code == 0, printed.output
    served = site.token_client("viewer").get("/api/v1/evaluation",
                                             params={"province": "Gia Lai", "as_of": 2026})
    assert served.status_code == 200
    expected = json.loads(printed.stdout)
    assert served.json() == expected and len(expected["targets"]) > 10


def test_pages_are_stable_and_complete(lite: Site) -> None:
    client = lite.token_client("officer")
    whole = client.get("/api/v1/observations", params={"limit": 1000}).json()
    assert whole["total"] == len(whole["items"]) > 20
    pieces = []
    for offset in range(0, whole["total"], 7):
        page = client.get("/api/v1/observations", params={"limit": 7, "offset": offset}).json()
        pieces += page["items"]
    assert pieces == whole["items"]
    assert [o["id"] for o in pieces] == sorted(o["id"] for o in pieces)


def test_target_filters_combine(lite: Site) -> None:
    client = lite.token_client("officer")
    everything = client.get("/api/v1/targets", params={"limit": 1000}).json()["items"]
    chosen = client.get("/api/v1/targets", params={
        "province": "Bình Định", "kind": "target", "year": 2030, "pillar": "digital_government",
        "review_state": "extracted", "limit": 1000}).json()["items"]
    expected = [t for t in everything if t["kind"] == "target" and t["year"] == 2030
                and t["pillar"] == "digital_government" and t["province_code"] == GIA_LAI]
    assert chosen == expected and chosen


def test_a_batch_is_all_or_nothing_unless_partial(lite: Site) -> None:
    client = lite.token_client("reporter")
    bad = {**ROW, "unit_code": QUY_NHON, "year": 2026, "numerator": 5, "denominator": 0}
    before = _stored(lite)
    r = client.post("/api/v1/observations/batches", json={"rows": [ROW, bad]})
    assert r.status_code == 422
    problem = r.json()["problems"][0]
    assert problem["row"] == 2 and problem["column"] == "denominator" and problem["vi"]
    assert _stored(lite) == before
    r = client.post("/api/v1/observations/batches?partial=true",
                    json={"rows": [ROW, {**bad, "indicator_id": "khong.co"}]})
    assert r.status_code == 200 and r.json()["replaced"] == 1 and r.json()["rejected_rows"] == 1
    assert _stored(lite) == [(700.0, "api", "xa@quynhon.gov.vn")]


def test_a_retried_batch_with_the_same_key_is_applied_once(lite: Site) -> None:
    client = lite.token_client("reporter")
    headers = {"Idempotency-Key": "lo-2026-01"}
    with Session(lite.engine) as s:
        audits = s.scalar(select(func.count()).select_from(AuditEntry))
    first = client.post("/api/v1/observations/batches", json={"rows": [ROW]}, headers=headers)
    again = client.post("/api/v1/observations/batches", json={"rows": [ROW]}, headers=headers)
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json() and again.headers["Idempotent-Replayed"] == "true"
    with Session(lite.engine) as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audits + 2  # 1 replace + 1 import
    other = client.post("/api/v1/observations/batches", headers=headers,
                        json={"rows": [{**ROW, "numerator": 1}]})
    assert other.status_code == 422 and "Idempotency-Key" in other.json()["detail"]["en"]
    assert _stored(lite)[0][0] == 700.0


def test_review_through_the_api_is_audited_with_the_account(lite: Site) -> None:
    with Session(lite.engine) as s:
        tid = s.scalars(select(Target.id).where(Target.kind == "target")).first()
    client = lite.token_client("officer")
    r = client.post(f"/api/v1/targets/{tid}/review",
                    json={"state": "corrected", "corrections": {"value": 95}})
    assert r.status_code == 200
    with Session(lite.engine) as s:
        t = s.get(Target, tid)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "targets",
                                                   AuditEntry.field == "value")).one()
    assert (t.value, t.reviewed_by) == (95, "canbo@gialai.gov.vn")
    assert (entry.who, entry.province_code, entry.new) == ("canbo@gialai.gov.vn", GIA_LAI,
                                                          {"value": 95})
    assert client.post("/api/v1/targets/999999/review",
                       json={"state": "confirmed"}).status_code == 404
    assert client.post(f"/api/v1/targets/{tid}/review",
                       json={"state": "approved"}).status_code == 422


def test_an_officer_uploads_a_plan(lite: Site) -> None:
    text = ("KẾ HOẠCH Chuyển đổi số tỉnh Gia Lai năm 2027\n"
            "Năm 2027: 95% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.\n")
    r = lite.token_client("officer").post(
        "/api/v1/documents", files={"file": ("ke-hoach-2027.txt", text.encode(), "text/plain")})
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "new" and r.json()["targets"] >= 1
    r = lite.token_client("officer_other").post(
        "/api/v1/documents", files={"file": ("ke-hoach-2027.txt", text.encode(), "text/plain")})
    assert r.status_code == 403


def test_the_docs_page_loads_nothing_from_elsewhere(lite: Site) -> None:
    client = lite.client()
    page = client.get("/api/docs").text
    assert "http://" not in page and "https://" not in page and "<script>" not in page
    for asset in ("swagger-ui.css", "swagger-ui-bundle.js", "init.js"):
        r = client.get(f"/api/docs/assets/{asset}")
        assert r.status_code == 200 and len(r.content) > 100
    schema = client.get("/api/openapi.json").json()
    assert "/api/v1/observations/batches" in schema["paths"]
    assert all(p.startswith("/api/v1/") for p in schema["paths"])
