"""`muctieu text FILE` prints exactly the text that spans index into."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from muctieu import cli
from muctieu.documents.load import load
from tests.documents.builders import PLAN_BLOCKS, make_docx, make_pdf

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    "make",
    [
        lambda d: FIXTURES / "cong-thong-tin-tinh.html",
        lambda d: make_docx(d / "plan.docx", PLAN_BLOCKS),
        lambda d: make_pdf(d / "plan.pdf", PLAN_BLOCKS),
        lambda d: cli.EXAMPLE,
    ],
    ids=["html", "docx", "pdf", "txt"],
)
def test_text_command_prints_document_text(tmp_path: Path, make) -> None:
    path = make(tmp_path)
    result = CliRunner().invoke(cli.app, ["text", str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == load(path).text
    assert "80%" in result.stdout  # the real content, not an empty success
