"""Uploads through the page: plans go to review, figures are checked row by row."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import EXAMPLES

PLAN = ("ỦY BAN NHÂN DÂN TỈNH GIA LAI\nKẾ HOẠCH\nChuyển đổi số năm 2025\n"
        "- Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80% vào năm 2025.\n").encode()


def test_a_plan_is_stored_and_its_records_go_to_review(client: TestClient) -> None:
    r = client.post("/tai-len/ke-hoach", files={"file": ("ke-hoach-gia-lai.txt", PLAN, "text/plain")})
    assert r.status_code == 200 and "ke-hoach-gia-lai.txt" in r.text
    doc = int(re.search(r'href="/van-ban/(\d+)"', r.text).group(1))
    queue = client.get(f"/duyet?van_ban={doc}").text
    assert "dịch vụ công trực tuyến toàn trình" in queue
    again = client.post("/tai-len/ke-hoach", files={"file": ("lai.txt", PLAN, "text/plain")})
    assert "đã có trong kho" in again.text
    original = client.get(f"/van-ban/{doc}/tep")
    assert original.content == PLAN


@pytest.mark.parametrize("name, body, status, words", [
    ("trong.txt", b"", 400, "tệp rỗng"),
    ("anh.pdf", b"<html>not a pdf</html>", 400, "anh.pdf"),
    ("nhi-phan.txt", bytes(range(256)) * 4, 400, "nhi-phan.txt"),
])
def test_bad_plan_files_get_a_clear_message(client: TestClient, name: str, body: bytes,
                                            status: int, words: str) -> None:
    r = client.post("/tai-len/ke-hoach", files={"file": (name, body)})
    assert r.status_code == status
    assert words in r.text and "Traceback" not in r.text and "/tmp/" not in r.text


def test_an_officer_cannot_store_another_provinces_plan(client: TestClient,
                                                        admin_client: TestClient) -> None:
    other = PLAN.replace("GIA LAI".encode(), "LÂM ĐỒNG".encode())
    r = client.post("/tai-len/ke-hoach", files={"file": ("lam-dong.txt", other, "text/plain")})
    assert r.status_code == 403 and "Lâm Đồng" in r.text
    assert "lam-dong.txt" not in client.get("/duyet").text
    ok = admin_client.post("/tai-len/ke-hoach", files={"file": ("lam-dong.txt", other, "text/plain")})
    assert ok.status_code == 200 and "lam-dong.txt" in ok.text


def test_uploads_need_an_account(remote_client: TestClient) -> None:
    assert remote_client.get("/tai-len", follow_redirects=False).headers["location"].startswith(
        "/dang-nhap")
    r = remote_client.post("/tai-len/ke-hoach", files={"file": ("a.txt", PLAN, "text/plain")})
    assert r.status_code == 401 and "đăng nhập" in r.text


def test_no_file_and_too_large_file(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "chưa chọn tệp" in client.post("/tai-len/ke-hoach", data={}).text
    monkeypatch.setattr("muctieu.web.uploads.MAX_BYTES", 100)
    r = client.post("/tai-len/ke-hoach?lang=en", files={"file": ("big.txt", PLAN * 10)})
    assert r.status_code == 413 and "too large" in r.text


def _figures(bad_row: bool) -> bytes:
    text = (EXAMPLES / "so-lieu-xa-2026.csv").read_text(encoding="utf-8-sig").splitlines()
    rows = text[:4]
    if bad_row:
        cells = rows[2].split(",")
        rows[2] = ",".join(["khong.co.chi.tieu" if c.startswith(("egov.", "econ.", "soc.", "dx.")) else c
                            for c in cells])
    return ("\n".join(rows) + "\n").encode()


def test_figures_with_a_bad_row_write_nothing_and_list_the_row(client: TestClient) -> None:
    r = client.post("/tai-len/so-lieu", files={"file": ("so-lieu.csv", _figures(True))})
    assert r.status_code == 422
    assert "Không ghi gì" in r.text and re.search(r'<td class="num">3</td>', r.text)
    kept = client.post("/tai-len/so-lieu", data={"partial": "1"},
                       files={"file": ("so-lieu.csv", _figures(True))})
    assert kept.status_code == 200 and "Đã nhập so-lieu.csv" in kept.text and "1 dòng bị loại" in kept.text
