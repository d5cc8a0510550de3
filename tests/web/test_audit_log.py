"""`/nhat-ky`: a province's officers read its audit log; admins read all of it."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from muctieu.store.models import Target
from muctieu.web.audit_log import changed_fields
from tests.web.conftest import ACCOUNTS, Site, login


def _review_something(site: Site) -> int:
    with Session(site.engine) as s:
        tid = s.scalars(select(Target.id)).first()
    r = site.token_client("officer").post(f"/api/v1/targets/{tid}/review",
                                          json={"state": "rejected"})
    assert r.status_code == 200
    return tid


def test_an_officer_reads_their_provinces_changes_and_no_others(lite: Site) -> None:
    tid = _review_something(lite)
    own = lite.session_client("officer").get("/nhat-ky", params={"table": "targets"})
    assert own.status_code == 200 and "<td>canbo@gialai.gov.vn</td>" in own.text
    assert "đã loại" in own.text and str(tid) in own.text
    other = lite.session_client("officer_other").get("/nhat-ky", params={"table": "targets"})
    assert other.status_code == 200 and "<td>canbo@gialai.gov.vn</td>" not in other.text
    assert "0 mục" in other.text


def test_filters_narrow_the_log(lite: Site) -> None:
    _review_something(lite)
    admin = lite.session_client("admin")
    by_tester = admin.get("/nhat-ky", params={"who": "tester"}).text
    assert "<td>tester</td>" in by_tester and "<td>canbo@gialai.gov.vn</td>" not in by_tester
    later = admin.get("/nhat-ky", params={"since": "2999-01-01"}).text
    assert "0 mục" in later


def test_the_log_downloads_as_csv_with_the_same_filters(lite: Site) -> None:
    _review_something(lite)
    r = lite.session_client("officer").get("/nhat-ky.csv", params={"table": "targets"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert rows and {row["table_name"] for row in rows} == {"targets"}
    assert {row["who"] for row in rows} == {"canbo@gialai.gov.vn"}
    assert any(row["new"] == '{"review_state": "rejected"}' for row in rows)


def test_others_may_not_read_the_log(lite: Site) -> None:
    for role in ("reporter", "viewer"):
        assert lite.session_client(role).get("/nhat-ky").status_code == 403
    r = lite.client().get("/nhat-ky", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/dang-nhap")


def test_the_log_says_what_happened_in_words_of_the_readers_language(lite: Site) -> None:
    _review_something(lite)
    officer = lite.session_client("officer")
    vi = officer.get("/nhat-ky", params={"table": "targets"}).text
    assert ">chỉ tiêu trích xuất</td>" in vi and ">duyệt</td>" in vi  # not the codes "targets", "review_state"
    en = officer.get("/nhat-ky", params={"table": "targets", "lang": "en"}).text
    assert ">extracted records</td>" in en and ">review</td>" in en
    assert ">Gia Lai (52)</td>" in vi  # the province by name, its code beside it
    # the table filter offers the tables by name and keeps the chosen one
    assert '<option value="targets" selected>' in vi


def test_before_and_after_read_as_fields_not_json(lite: Site) -> None:
    _review_something(lite)
    page = lite.session_client("officer").get("/nhat-ky", params={"table": "targets"}).text
    table = page[page.index('<table class="audit'):page.index("</table>")]
    assert '<dl class="changed">' in table and "{&#34;" not in table and '{"' not in table
    # the field by its name and the state in words, in the reader's language
    assert "<dt>trạng thái duyệt</dt>" in table and "<dd>đã loại</dd>" in table
    assert "<dt>review_state</dt>" not in table and "<dd>rejected</dd>" not in table
    en = lite.session_client("officer").get("/nhat-ky", params={"table": "targets", "lang": "en"}).text
    assert "<dt>review state</dt>" in en and "<dd>rejected</dd>" in en


def test_a_file_reads_by_its_name_and_numbers_as_the_reader_writes_them() -> None:
    entry = {"file": "/srv/muctieu/uploads/2024/so-lieu-quy-3.xlsx", "rows": 12, "value": 61.5,
             "province_code": "52", "disabled": True}
    assert changed_fields(entry, "vi") == [
        ("tệp", "so-lieu-quy-3.xlsx"), ("số dòng", "12"), ("giá trị", "61,5"),
        ("tỉnh", "Gia Lai (52)"), ("bị khóa", "có")]
    assert changed_fields(entry, "en")[2:] == [("value", "61.5"), ("province", "Gia Lai (52)"),
                                               ("disabled", "yes")]
    # empty fields are left out, codes read in words
    assert changed_fields({"value": 12.0, "numerator": None, "units": [], "source_kind": "upload"}, "vi") \
        == [("giá trị", "12"), ("loại nguồn", "tệp số liệu")]
    # a key the log has no words for is shown as it is; a single value on its own line
    assert changed_fields({"new_field": "x"}, "vi") == [("new_field", "x")]
    assert changed_fields("rejected", "vi") == [("", "rejected")]


def test_a_refused_log_in_says_why_in_words(lite: Site) -> None:
    login(lite.client(), ACCOUNTS["officer"][0], "not the password")
    officer = lite.session_client("officer")
    vi = officer.get("/nhat-ky").text
    assert "<dd>sai mật khẩu</dd>" in vi and "wrong_password" not in vi
    en = officer.get("/nhat-ky", params={"lang": "en"}).text
    assert "<dd>wrong password</dd>" in en
    # the CSV keeps the code a script can filter on
    assert "wrong_password" in officer.get("/nhat-ky.csv").text
