"""`muctieu report` and `muctieu publish` as a user runs them."""

from __future__ import annotations

from docx import Document
from typer.testing import CliRunner

from muctieu.cli import app

runner = CliRunner()


def _db(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def test_report_takes_its_format_from_the_file_name(demo_sqlite, tmp_path):
    out = tmp_path / "bao-cao.docx"
    result = runner.invoke(app, ["report", "--province", "Bình Định", "--year", "2026", "-o", str(out),
                                 "--db", _db(demo_sqlite)])
    assert result.exit_code == 0, result.output
    assert "Kết quả thực hiện Kế hoạch chuyển đổi số năm 2026" in [p.text for p in Document(str(out)).paragraphs]


def test_report_bad_period_is_one_line_exit_2(demo_sqlite, tmp_path):
    result = runner.invoke(app, ["report", "--province", "Gia Lai", "--year", "2026", "--period", "Q3",
                                 "-o", str(tmp_path / "x.pdf"), "--db", _db(demo_sqlite)])
    assert result.exit_code == 2 and "--period" in result.output and "H1" in result.output
    assert not (tmp_path / "x.pdf").exists()


def test_publish_package_and_site(demo_sqlite, tmp_path):
    result = runner.invoke(app, ["publish", str(tmp_path / "od"), "--db", _db(demo_sqlite)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "od" / "datapackage.json").is_file() and "Gia Lai" in result.output
    result = runner.invoke(app, ["publish", "--site", str(tmp_path / "web"), "--db", _db(demo_sqlite)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "web" / "index.html").is_file() and (tmp_path / "web" / "du-lieu" / "datapackage.json").is_file()


def test_publish_an_unpublished_province_is_refused(demo_sqlite, tmp_path):
    result = runner.invoke(app, ["publish", str(tmp_path / "od"), "--province", "Hà Nội", "--db", _db(demo_sqlite)])
    assert result.exit_code == 2 and "chưa được công bố" in result.output
    assert not (tmp_path / "od").exists()
