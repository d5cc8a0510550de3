"""Load any supported file into a `Document`, with clear errors for bad input."""

from __future__ import annotations

from pathlib import Path

from muctieu.documents.metadata import find_metadata
from muctieu.documents.model import Document
from muctieu.documents.text import decode_text
from muctieu.errors import InputError

MAX_BYTES = 50 * 1024 * 1024  # larger files are refused, not read into memory

LOADERS = {".txt": "txt", ".text": "txt", ".md": "txt"}


def load(path: str | Path) -> Document:
    """Read `path` and return its Document; raise InputError naming the problem."""
    p = Path(path)
    where = str(path)
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
    fmt = LOADERS.get(p.suffix.lower(), "txt")
    data = p.read_bytes()
    text = decode_text(data, where)
    if not text.strip():
        raise InputError("tệp không có nội dung văn bản", "file has no text", where=where)
    return Document(source=where, text=text, format=fmt, meta=find_metadata(text))
