"""Files with an unknown or missing extension are read by what they contain."""

from __future__ import annotations

from pathlib import Path

import pytest

from muctieu.documents.load import load
from muctieu.errors import InputError
from tests.documents.builders import PLAN_BLOCKS, PLAN_TITLE, make_docx, make_pdf

HTML = "<!DOCTYPE html><html><body><div class='content'><h1>Chuyển đổi số</h1><p>Đạt 80% hồ sơ trực tuyến trong năm nay.</p></div></body></html>"


def _as(path: Path, name: str) -> Path:
    target = path.with_name(name)
    path.rename(target)
    return target


@pytest.mark.parametrize(
    "make, fmt",
    [
        (lambda d: _as(make_pdf(d / "x.pdf", PLAN_BLOCKS), "tai-ve"), "pdf"),
        (lambda d: _as(make_docx(d / "x.docx", PLAN_BLOCKS), "tai-ve.dat"), "docx"),
    ],
    ids=["pdf", "docx"],
)
def test_binary_formats_are_recognised_by_content(tmp_path: Path, make, fmt: str) -> None:
    doc = load(make(tmp_path))
    assert doc.format == fmt
    assert doc.text.startswith(PLAN_TITLE + "\n")


@pytest.mark.parametrize("prefix", ["", "\ufeff", "\n  "])
def test_html_is_recognised_by_a_leading_tag(tmp_path: Path, prefix: str) -> None:
    path = tmp_path / "trang.aspx"
    path.write_text(prefix + HTML, encoding="utf-8")
    doc = load(path)
    assert doc.format == "html"
    assert doc.text == "Chuyển đổi số\nĐạt 80% hồ sơ trực tuyến trong năm nay.\n"


def test_anything_else_is_text(tmp_path: Path) -> None:
    path = tmp_path / "ghi-chu.log"
    path.write_text("Tỷ lệ <80% là chưa đạt", encoding="utf-8")
    doc = load(path)
    assert (doc.format, doc.text) == ("txt", "Tỷ lệ <80% là chưa đạt")


def test_known_extension_decides_between_text_and_html(tmp_path: Path) -> None:
    # A .txt that starts with a tag is still plain text: its offsets are the file's.
    path = tmp_path / "mau.txt"
    path.write_text(HTML, encoding="utf-8")
    assert load(path).text == HTML


def test_magic_bytes_win_over_a_wrong_extension(tmp_path: Path) -> None:
    doc = load(_as(make_pdf(tmp_path / "x.pdf", PLAN_BLOCKS), "ke-hoach.docx"))
    assert doc.format == "pdf"
    assert doc.text.startswith(PLAN_TITLE + "\n")


@pytest.mark.parametrize("name", ["ke-hoach.pdf", "ke-hoach.docx"])
def test_binary_extension_with_an_html_error_page_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("<html><body><h1>404 Không tìm thấy trang</h1></body></html>", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load(path)
    assert "có vẻ là HTML" in info.value.vi and "looks like HTML" in info.value.en
    assert info.value.where == str(path)
