"""The store's commands as a user runs them (catalogue and extractor stood in)."""

import json
import re

import pytest
from typer.testing import CliRunner

from muctieu import cli_store
from muctieu.cli import EXAMPLE, app
from muctieu.store.db import open_store
from muctieu.store.read import read_observations, read_targets
from tests.store_doubles import match, plan_records, references, write_csv
from muctieu.store.actors import system

runner = CliRunner()


@pytest.fixture
def catalogue(monkeypatch):
    monkeypatch.setattr(cli_store, "references", references)
    monkeypatch.setattr(cli_store, "match_wording", match)


@pytest.fixture
def plan_file(tmp_path):
    from tests.store_doubles import PLAN_TEXT

    f = tmp_path / "ke-hoach.txt"
    f.write_text(PLAN_TEXT, encoding="utf-8")
    return f


def _table_numbers(output: str) -> list[int]:
    """The numbers of a Rich table's one data row."""
    (row,) = [line for line in output.splitlines()
              if re.fullmatch(r"[│\s\d]+", line) and re.search(r"\d", line)]
    return [int(n) for n in row.split("│") if n.strip()]


def _run(*args: str):
    return runner.invoke(app, list(args))


def test_ingest_twice_stores_once(catalogue, monkeypatch, plan_file, db_url):
    monkeypatch.setattr(cli_store, "extract_records",
                        lambda text, plan_year=None: plan_records(text))
    first = _run("ingest", str(plan_file), "--db", db_url, "--user", "lan")
    assert first.exit_code == 0, first.output
    again = _run("ingest", str(plan_file), "--db", db_url)
    assert again.exit_code == 0
    engine = open_store(db_url)
    assert len(read_targets(engine)) == 3 and len(read_observations(engine)) == 1
    engine.dispose()
    # new documents, unchanged, failed, targets, observations
    assert _table_numbers(first.output) == [1, 0, 0, 3, 1]
    assert _table_numbers(again.output) == [0, 1, 0, 0, 0]


def test_ingest_reports_an_unreadable_file_and_exits_2(catalogue, monkeypatch, tmp_path):
    monkeypatch.setattr(cli_store, "extract_records", lambda text, plan_year=None: [])
    result = _run("ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "s.sqlite"))
    assert result.exit_code == 2
    assert "không tìm thấy tệp / file not found" in result.output


def test_ingest_the_bundled_example_with_the_real_extractor(catalogue, tmp_path):
    db = str(tmp_path / "s.sqlite")
    result = _run("ingest", str(EXAMPLE), "--db", db)
    assert result.exit_code == 0, result.output
    engine = open_store(db)
    targets = read_targets(engine)
    assert targets and all(t.province_current == "Gia Lai" for t in targets)
    assert any(o.value == 57877 for o in read_observations(engine))


def _planned_db(db_url: str) -> str:
    from muctieu.store.ingest import ingest_document
    from tests.store_doubles import plan

    engine = open_store(db_url)
    ingest_document(engine, plan(), plan_records(), match=match, units=references().units,
                    who=system("lan"))
    engine.dispose()
    return db_url


def test_observe_import_rejects_the_whole_file_listing_every_problem(catalogue, db_url, tmp_path):
    db = _planned_db(db_url)
    f = write_csv(tmp_path / "u.csv", [
        ["dvc_toan_trinh", "Gia Lai", "21550", 2024, "250%", "", ""],
        ["dvc_toan_trinh", "Gia Lai", "21583", 2024, "61,5", "", ""],
        ["dvc_toan_trinh", "Gia Lai", "52", 2024, "", "9", "4"],
    ])
    report = tmp_path / "report.json"
    result = _run("observe", "import", str(f), "--db", db, "--report", str(report))
    assert result.exit_code == 2
    assert "dòng 2, cột 'Giá trị' ('250%')" in result.output
    assert "row 4, column 'Numerator': numerator above denominator" in result.output
    assert "Nothing written" in result.output
    problems = json.loads(report.read_text(encoding="utf-8"))["problems"]
    assert [(p["row"], p["column"]) for p in problems] == [(2, "value"), (4, "numerator")]
    engine = open_store(db)
    assert [o.source_kind for o in read_observations(engine)] == ["document"]
    engine.dispose()

    partial = _run("observe", "import", str(f), "--db", db, "--partial")
    assert partial.exit_code == 1
    engine = open_store(db)
    assert [o.value for o in read_observations(engine, indicator_id="dvc_toan_trinh")] == [61.5]
    engine.dispose()


def test_observe_template_then_import(catalogue, db_url, tmp_path):
    from openpyxl import load_workbook

    db = _planned_db(db_url)
    out = tmp_path / "mau.xlsx"
    result = _run("observe", "template", "--province", "Gia Lai", "--year", "2024",
                  "-o", str(out), "--db", db)
    assert result.exit_code == 0, result.output
    wb = load_workbook(out)
    wb["Số liệu"]["G3"], wb["Số liệu"]["K3"] = "21583", 88
    wb.save(out)
    imported = _run("observe", "import", str(out), "--db", db)
    assert imported.exit_code == 0, imported.output


def test_unknown_province_for_a_template_is_one_bilingual_line(catalogue, tmp_path):
    result = _run("observe", "template", "--province", "Atlantis", "--year", "2024",
                  "-o", str(tmp_path / "x.xlsx"), "--db", str(tmp_path / "s.sqlite"))
    assert result.exit_code == 2
    assert "không tìm thấy tỉnh/thành phố 'Atlantis' / province 'Atlantis' not found" in (
        result.output.replace("\n", " "))
    assert "Traceback" not in result.output


def test_db_upgrade_and_backup(tmp_path):
    db = str(tmp_path / "s.sqlite")
    assert _run("db", "upgrade", "--db", db).exit_code == 0
    assert _run("db", "backup", str(tmp_path / "copy.sqlite"), "--db", db).exit_code == 0
    assert (tmp_path / "copy.sqlite").stat().st_size > 0


def test_db_backup_points_postgresql_users_to_pg_dump(pg_url, tmp_path):
    result = _run("db", "backup", str(tmp_path / "copy"), "--db", pg_url)
    assert result.exit_code == 2 and "pg_dump" in result.output
