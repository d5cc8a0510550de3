"""`/du-lieu-mo` serves what `muctieu publish` writes (published provinces only);
the province page offers its report in each format."""

from __future__ import annotations

import csv
import io
import zipfile

import docx
import openpyxl
from fastapi.testclient import TestClient

from muctieu.store.actors import system
from muctieu.store.db import open_store
from muctieu.store.publication import release


def _publish_gia_lai(url: str) -> None:
    engine = open_store(url)
    release(engine, "52", system("tester"))
    engine.dispose()


def test_open_data_lists_nothing_of_an_unpublished_province(client: TestClient) -> None:
    page = client.get("/du-lieu-mo")
    assert page.status_code == 200 and "Dữ liệu mở" in page.text
    targets = list(csv.DictReader(io.StringIO(client.get("/du-lieu-mo/bang/targets.csv").text)))
    assert targets == []  # Gia Lai is stored but not published


def test_open_data_carries_a_published_province_as_table_json_and_package(example_db: str, client: TestClient) -> None:
    _publish_gia_lai(example_db)
    targets = list(csv.DictReader(io.StringIO(client.get("/du-lieu-mo/bang/targets.csv").text)))
    assert targets and {t["kind"] for t in targets} <= {"target", "result"}
    assert client.get("/du-lieu-mo/bang/observations.json").json()
    z = zipfile.ZipFile(io.BytesIO(client.get("/du-lieu-mo/goi-du-lieu.zip").content))
    assert "datapackage.json" in z.namelist() and "tables/targets.csv" in z.namelist()
    assert client.get("/du-lieu-mo/bang/khong-co.csv").status_code == 404


def test_the_province_report_downloads_in_each_format(client: TestClient) -> None:
    page = client.get("/tinh/gia-lai")
    assert 'action="/tinh/gia-lai/bao-cao.docx"' in page.text
    word = client.get("/tinh/gia-lai/bao-cao.docx?nam=2026")
    assert word.status_code == 200
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs)
    assert "Gia Lai" in text and "2026" in text
    book = openpyxl.load_workbook(io.BytesIO(client.get("/tinh/gia-lai/bao-cao.xlsx?nam=2026").content))
    assert book.sheetnames
    assert client.get("/tinh/gia-lai/bao-cao.pdf?nam=2026").content.startswith(b"%PDF")
    assert client.get("/tinh/gia-lai/bao-cao.docx").status_code == 400  # no year chosen
    assert client.get("/tinh/gia-lai/bao-cao.odt?nam=2026").status_code == 404


def test_a_remote_reader_gets_no_report_of_an_unpublished_province(remote_client: TestClient) -> None:
    assert remote_client.get("/tinh/gia-lai/bao-cao.docx?nam=2026").status_code == 404


def test_the_api_serves_the_same_open_data_tables(example_db: str, client: TestClient) -> None:
    assert client.get("/api/v1/open-data/targets").json() == []  # not published yet
    _publish_gia_lai(example_db)
    api = client.get("/api/v1/open-data/targets").json()
    page = list(csv.DictReader(io.StringIO(client.get("/du-lieu-mo/bang/targets.csv").text)))
    assert api and [str(r["id"]) for r in api] == [r["id"] for r in page]
    assert client.get("/api/v1/open-data/khong-co").status_code == 404
