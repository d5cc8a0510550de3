"""Load any supported file into a `Document`, with clear errors for bad input."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from muctieu.documents.docx_file import docx_text
from muctieu.documents.extracted import Extracted
from muctieu.documents.html_page import decode_html, html_text
from muctieu.documents.metadata import find_metadata
from muctieu.documents.model import Document
from muctieu.documents.normalise import normalise
from muctieu.documents.pdf_file import pdf_text
from muctieu.documents.sniff import detect_format
from muctieu.documents.text import decode_text
from muctieu.errors import InputError

MAX_BYTES = 50 * 1024 * 1024  # larger files are refused, not read into memory


def _read_bytes(p: Path, where: str) -> bytes:
    """The file's bytes, after the checks that need no reading."""
    try:
        if not p.exists():
            raise InputError("không tìm thấy tệp", "file not found", where=where)
        if p.is_dir():
            raise InputError("là thư mục, không phải tệp", "is a directory, not a file", where=where)
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"tệp quá lớn ({size // (1024 * 1024)} MB, tối đa 50 MB)",
                f"file too large ({size // (1024 * 1024)} MB, limit 50 MB)",
                where=where,
            )
        if size == 0:
            raise InputError("tệp rỗng", "file is empty", where=where)
        return p.read_bytes()
    except PermissionError:
        raise InputError("không có quyền đọc tệp", "permission denied reading the file", where=where) from None
    except OSError as exc:
        raise InputError(
            f"không đọc được tệp ({exc.strerror})", f"cannot read the file ({exc.strerror})", where=where
        ) from None


def _extract(fmt: str, data: bytes, where: str) -> Extracted:
    if fmt == "doc":
        raise InputError(
            "định dạng Word cũ (.doc) chưa được hỗ trợ; hãy lưu lại thành .docx hoặc .pdf",
            "old Word format (.doc) is not supported; save it as .docx or .pdf",
            where=where,
        )
    if fmt == "txt":
        return Extracted(decode_text(data, where))
    if fmt == "html":
        return html_text(decode_html(data, where))
    if fmt == "docx":
        return docx_text(data, where)
    return Extracted(pdf_text(data, where))


def load(path: str | Path) -> Document:
    """Read `path` and return its Document; raise InputError naming the problem.

    .txt text is the decoded file as it is (spans index the file's own
    characters); other formats are extracted, then lightly normalised.
    """
    where = str(path)
    p = Path(path)
    data = _read_bytes(p, where)
    fmt = detect_format(p.suffix, data, where)
    got = _extract(fmt, data, where)
    text = got.text if fmt == "txt" else normalise(got.text)
    if not text.strip():
        raise InputError("tệp không có nội dung văn bản", "file has no text", where=where)
    meta = find_metadata(text)
    if got.title:
        # The format's own title mark (h1, Word Title style) beats the first-line guess.
        meta = dataclasses.replace(meta, title=normalise(got.title).strip())
    return Document(source=where, text=text, format=fmt, meta=meta)
