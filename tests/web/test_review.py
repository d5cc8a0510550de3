"""Review actions through the pages: audited, learned, guarded, checked."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from muctieu.store.models import AuditEntry, LearnedWording, Target


def _queue_ids(client: TestClient, doc: int = 1) -> list[int]:
    page = client.get(f"/duyet?van_ban={doc}").text
    return [int(i) for i in re.findall(r'<li class="review-item" id="item(\d+)"', page)]


def _target(url: str, target_id: int) -> Target:
    engine = create_engine(url)
    with Session(engine) as s:
        t = s.get(Target, target_id)
        s.expunge(t)
    engine.dispose()
    return t


def _audit(url: str, target_id: int) -> list[AuditEntry]:
    engine = create_engine(url)
    with Session(engine) as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.table_name == "targets",
                                                         AuditEntry.row_id == target_id)))
    engine.dispose()
    return rows


def test_queue_puts_the_least_certain_first(client: TestClient) -> None:
    page = client.get("/duyet").text
    certainties = [float(c.replace(",", ".")) for c in re.findall(r"Độ tin cậy ([\d,]+)", page)]
    assert certainties and certainties == sorted(certainties)


def test_accept_correct_reject_are_audited(client: TestClient, example_db: str) -> None:
    ids = _queue_ids(client)
    accept, correct, reject = ids[:3]
    assert client.post(f"/duyet/{accept}", data={"action": "accept"}).status_code == 200
    r = client.post(f"/duyet/{correct}", data={"action": "correct", "value": "87,5", "year": "2025",
                                               "kind": "target", "op": ">="},
                    headers={"HX-Request": "true"})
    assert r.status_code == 200 and "Đã sửa" in r.text and "87,5" in r.text
    client.post(f"/duyet/{reject}", data={"action": "reject"})
    assert _target(example_db, accept).review_state == "confirmed"
    fixed = _target(example_db, correct)
    assert (fixed.review_state, fixed.value, fixed.year, fixed.reviewed_by) == ("corrected", 87.5, 2025, "canbo@gialai.gov.vn")
    assert _target(example_db, reject).review_state == "rejected"
    fields = {a.field for a in _audit(example_db, correct)}
    assert {"review_state", "value"} <= fields
    assert all(a.who == "canbo@gialai.gov.vn" for a in _audit(example_db, correct))
    assert set(_queue_ids(client)).isdisjoint({accept, correct, reject})


def test_choosing_an_indicator_is_kept_for_later_matching(client: TestClient, example_db: str) -> None:
    target_id = _queue_ids(client)[0]
    client.post(f"/duyet/{target_id}", data={
        "action": "correct", "indicator_id": "egov.online_applications_share — Tỷ lệ …",
        "value": str(_target(example_db, target_id).value).replace(".", ",")})
    assert _target(example_db, target_id).indicator_id == "egov.online_applications_share"
    engine = create_engine(example_db)
    with Session(engine) as s:
        learned = s.scalars(select(LearnedWording.indicator_id)).all()
    engine.dispose()
    assert "egov.online_applications_share" in learned


def test_a_bad_correction_is_a_message_and_changes_nothing(client: TestClient, example_db: str) -> None:
    target_id = _queue_ids(client)[0]
    before = _target(example_db, target_id)
    for form in ({"value": "abc"}, {"value": "5", "indicator_id": "khong.co"}, {"value": "5", "year": "20x5"}):
        r = client.post(f"/duyet/{target_id}", data={"action": "correct", **form})
        assert r.status_code == 400 and "không hợp lệ" in r.text
    after = _target(example_db, target_id)
    assert (after.review_state, after.value) == (before.review_state, before.value)
    assert client.post("/duyet/999999", data={"action": "accept"}).status_code == 404


def test_bulk_accept_takes_only_confident_records(client: TestClient, example_db: str) -> None:
    doc = int(re.search(r'action="/duyet/van-ban/(\d+)/chap-nhan"', client.get("/duyet").text).group(1))
    before = set(_queue_ids(client, doc))
    r = client.post(f"/duyet/van-ban/{doc}/chap-nhan")
    assert r.status_code == 200 and "Đã chấp nhận" in r.text
    n = int(re.search(r"Đã chấp nhận (\d+) bản ghi", r.text).group(1))
    after = set(_queue_ids(client, doc))
    assert n == len(before - after) and n > 0 and after  # the uncertain ones stay


def test_writes_need_an_account(remote_client: TestClient, example_db: str) -> None:
    target = 1
    before = _target(example_db, target).review_state
    r = remote_client.post(f"/duyet/{target}", data={"action": "reject"})
    assert r.status_code == 401 and "đăng nhập" in r.text and "/dang-nhap" in r.text
    assert remote_client.post("/duyet/van-ban/1/chap-nhan").status_code == 401
    assert remote_client.post("/tai-len/ke-hoach", files={"file": ("a.txt", b"x")}).status_code == 401
    assert remote_client.get("/duyet", follow_redirects=False).status_code == 303
    assert _target(example_db, target).review_state == before


def test_an_officer_of_another_province_may_not_review(web_app, example_db: str) -> None:
    from tests.web.conftest import ACCOUNTS, PASSWORD, logged_in
    from muctieu.store.actors import system
    from muctieu.store.db import open_store
    from muctieu.store.users import add_user

    engine = open_store(example_db)
    email, role, province, units = ACCOUNTS["officer_other"]
    add_user(engine, email, role, province, PASSWORD, who=system("tester"), units=units)
    engine.dispose()
    with logged_in(web_app, "officer_other") as other:
        assert "item1" not in other.get("/duyet").text  # Gia Lai's queue is not theirs
        assert other.post("/duyet/1", data={"action": "reject"}).status_code == 403
    assert _target(example_db, 1).review_state == "extracted"


def test_two_workers_on_one_store_agree_after_a_write(example_db: str) -> None:
    from muctieu.web.app import create_app

    from tests.web.conftest import logged_in

    first, second = create_app(example_db), create_app(example_db)
    with logged_in(first, "officer") as a, logged_in(second, "officer") as b:
        target_id = _queue_ids(a)[0]
        assert f'id="item{target_id}"' in b.get("/duyet?van_ban=1").text
        a.post(f"/duyet/{target_id}", data={"action": "reject"})
        assert f'id="item{target_id}"' not in b.get("/duyet?van_ban=1").text
        page_before = b.get("/tinh/gia-lai").text
        gia_lai_target = re.search(r'<tr id="t(\d+)">', page_before).group(1)
        a.post(f"/duyet/{gia_lai_target}", data={"action": "reject"})
        assert f'<tr id="t{gia_lai_target}">' not in b.get("/tinh/gia-lai").text
    first.state.engine.dispose()
    second.state.engine.dispose()
