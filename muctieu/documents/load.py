"""Load any supported file into a `Document`, with clear errors for bad input."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from muctieu.documents.docx_file import docx_text
from muctieu.documents.html_page import html_text
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


def load(path: str | Path) -> Document:
    """Read `path` and return its Document; raise InputError naming the problem.

    .txt text is the decoded file as it is (spans index the file's own
    characters); other formats are extracted, then lightly normalised.
    """
    p = Path(path)
    where = str(path)
    data = _read_bytes(p, where)
    fmt = detect_format(p.suffix, data)
    title = None
    if fmt == "txt":
        text = decode_text(data, where)
    elif fmt == "html":
        page = html_text(decode_text(data, where))
        text, title = normalise(page.text), page.title and normalise(page.title).strip()
    elif fmt == "docx":
        text = normalise(docx_text(data, where))
    else:
        text = normalise(pdf_text(data, where))
    if not text.strip():
        raise InputError("tệp không có nội dung văn bản", "file has no text", where=where)
    meta = find_metadata(text)
    if title:
        meta = dataclasses.replace(meta, title=title)
    return Document(source=where, text=text, format=fmt, meta=meta)
