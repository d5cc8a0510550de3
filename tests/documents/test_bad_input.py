"""Every unreadable input: one bilingual line naming the file, exit code 2, no traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
from typer.testing import CliRunner

from muctieu import cli
from tests.documents.builders import PLAN_BLOCKS, make_docx, make_pdf, make_scanned_pdf


def _empty(d: Path) -> Path:
    (d / "rong.txt").write_bytes(b"")
    return d / "rong.txt"


def _nul_bytes(d: Path) -> Path:
    (d / "anh.txt").write_bytes(b"Chuy\xe1\xbb\x83n \x00\x00\x01\x02 binary")
    return d / "anh.txt"


def _unknown_binary(d: Path) -> Path:
    (d / "du-lieu.bin").write_bytes(bytes(range(256)) * 4)
    return d / "du-lieu.bin"


def _windows_1258(d: Path) -> Path:
    # Old Windows-1258 bytes ("tỉnh" as t + ì-like byte + combining hook): not UTF-8, no BOM.
    (d / "cu.txt").write_bytes(b"T\xecnh Qu\xe3ng Tr\xec chuy\xeaDn \xf0\xf4\xecDi s\xf4\xec")
    return d / "cu.txt"


def _truncated_docx(d: Path) -> Path:
    data = make_docx(d / "full.docx", PLAN_BLOCKS).read_bytes()
    (d / "ke-hoach.docx").write_bytes(data[: len(data) // 2])
    return d / "ke-hoach.docx"


def _not_a_zip_docx(d: Path) -> Path:
    (d / "gia.docx").write_text("không phải tệp Word", encoding="utf-8")
    return d / "gia.docx"


def _truncated_pdf(d: Path) -> Path:
    data = make_pdf(d / "full.pdf", PLAN_BLOCKS).read_bytes()
    (d / "ke-hoach.pdf").write_bytes(data[: len(data) * 2 // 3])
    return d / "ke-hoach.pdf"


def _corrupt_pdf(d: Path) -> Path:
    (d / "hong.pdf").write_bytes(b"%PDF-1.7\n" + b"\x8f\x00" * 300 + b"\n%%EOF\n")
    return d / "hong.pdf"


def _password_pdf(d: Path) -> Path:
    return make_pdf(d / "mat-khau.pdf", PLAN_BLOCKS, password="bi-mat")


def _old_word(d: Path) -> Path:
    # An OLE2 header is all it takes to be recognised as a .doc, whatever the name.
    (d / "ke-hoach-cu.bin").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    return d / "ke-hoach-cu.bin"


def _scan(d: Path) -> Path:
    return make_scanned_pdf(d / "ban-scan.pdf")


def _directory(d: Path) -> Path:
    (d / "thu-muc").mkdir()
    return d / "thu-muc"


def _missing(d: Path) -> Path:
    return d / "khong-co.txt"


def _huge(d: Path) -> Path:
    path = d / "lon.txt"
    with path.open("wb") as f:
        f.truncate(51 * 1024 * 1024)  # sparse: no 51 MB written to disk
    return path


# (case, make file, Vietnamese words expected, English words expected)
CASES: list[tuple[str, Callable[[Path], Path], str, str]] = [
    ("empty", _empty, "tệp rỗng", "file is empty"),
    ("nul-bytes", _nul_bytes, "nhị phân", "binary"),
    ("unknown-binary", _unknown_binary, "không đọc được văn bản", "cannot decode"),
    ("undecodable", _windows_1258, "không phải UTF-8", "not UTF-8"),
    ("truncated-docx", _truncated_docx, "DOCX bị hỏng", "corrupt or truncated"),
    ("not-a-zip-docx", _not_a_zip_docx, "không phải DOCX", "not DOCX"),
    ("truncated-pdf", _truncated_pdf, "không đầy đủ", "truncated"),
    ("corrupt-pdf", _corrupt_pdf, "PDF bị hỏng", "corrupt"),
    ("scan", _scan, "bản scan", "OCR is not supported"),
    ("password-pdf", _password_pdf, "có mật khẩu", "password-protected"),
    ("old-word-doc", _old_word, "Word cũ (.doc)", "save it as .docx"),
    ("directory", _directory, "thư mục", "directory"),
    ("missing", _missing, "không tìm thấy", "not found"),
    ("over-50-mb", _huge, "quá lớn", "too large"),
]


def _assert_one_bilingual_line(output: str, path: Path, vi: str, en: str) -> None:
    assert "Traceback" not in output
    lines = output.strip().splitlines()
    assert len(lines) == 1, output
    line = lines[0]
    assert str(path) in line
    vi_part, _, en_part = line.partition(" / Error ")[2].partition(" / ")
    assert vi in vi_part and en in en_part, line


def _assert_text_command_fails(path: Path, vi: str, en: str) -> None:
    result = CliRunner().invoke(cli.app, ["text", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    _assert_one_bilingual_line(result.stderr, path, vi, en)


def _fail_reads(monkeypatch: pytest.MonkeyPatch, exc: Exception) -> None:
    def read_bytes(self: Path) -> bytes:
        raise exc

    monkeypatch.setattr(Path, "read_bytes", read_bytes)


@pytest.mark.parametrize("case, make, vi, en", CASES, ids=[c[0] for c in CASES])
def test_text_command_reports_bad_input(tmp_path: Path, case: str, make, vi: str, en: str) -> None:
    _assert_text_command_fails(make(tmp_path), vi, en)


@pytest.mark.parametrize("name", ["ke-hoach[1].txt", "a[/]b.txt", "[bold]x.txt"])
def test_file_names_with_brackets_are_printed_as_they_are(tmp_path: Path, name: str) -> None:
    _assert_text_command_fails(tmp_path / name, "không tìm thấy", "not found")


def test_large_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _huge(tmp_path)
    _fail_reads(monkeypatch, AssertionError("file was read"))
    _assert_text_command_fails(path, "quá lớn", "too large")


def test_permission_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bi-khoa.txt"
    path.write_text("Kế hoạch", encoding="utf-8")
    # Tests may run as root, who reads any file: make the read fail as a locked file's does.
    _fail_reads(monkeypatch, PermissionError(13, "Permission denied", str(path)))
    _assert_text_command_fails(path, "không có quyền đọc", "permission denied")


def test_extract_goes_on_after_a_bad_file_and_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good_a = tmp_path / "a.txt"
    good_b = tmp_path / "b.txt"
    good_a.write_text("Tỉnh Quảng Trị: tỷ lệ hồ sơ trực tuyến đạt 50%.\n", encoding="utf-8")
    good_b.write_text("Tỉnh Hậu Giang: 90% hồ sơ xử lý trên môi trường mạng.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    seen: list[str] = []

    # Only the loop over files is under test here, not the grammar.
    def record_texts(text: str, *, plan_year: int | None = None, decide: bool = False) -> list:
        seen.append(text)
        return []

    monkeypatch.setattr(cli, "extract_records", record_texts)
    result = CliRunner().invoke(cli.app, ["extract", str(good_a), str(missing), str(good_b)])
    assert result.exit_code == 2
    assert seen == [good_a.read_text(encoding="utf-8"), good_b.read_text(encoding="utf-8")]
    _assert_one_bilingual_line(result.stderr, missing, "không tìm thấy", "not found")
    assert "Traceback" not in result.stdout

