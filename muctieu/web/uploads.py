"""An uploaded file, checked and written to a private temporary folder under
its own (sanitised) name, so that the store's readers see a real file."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from starlette.datastructures import UploadFile

from muctieu.documents.load import MAX_BYTES
from muctieu.errors import MuctieuError
from muctieu.web.errors import PageError

_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


def safe_name(filename: str | None) -> str:
    """The file's base name without path or odd characters ('tep' if none)."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    return _UNSAFE.sub("_", base).strip(" .") or "tep"


async def read_upload(upload: UploadFile | str | None) -> tuple[str, bytes]:
    """(name, bytes) of an uploaded file; a clear 400/413 page when there is
    none, it is empty, or it is larger than the documents' limit."""
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise PageError(400, "chưa chọn tệp nào", "no file was chosen")
    name = safe_name(upload.filename)
    data = await upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise PageError(413, f"{name}: tệp quá lớn (tối đa {MAX_BYTES // 2**20} MB)",
                        f"{name}: file too large (limit {MAX_BYTES // 2**20} MB)")
    if not data:
        raise PageError(400, f"{name}: tệp rỗng", f"{name}: file is empty")
    return name, data


@contextmanager
def saved(name: str, data: bytes) -> Iterator[Path]:
    """The bytes as a file named `name` in a temporary folder, removed afterwards;
    a MuctieuError about the temporary path is re-raised naming `name`."""
    with tempfile.TemporaryDirectory(prefix="muctieu-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            yield path
        except MuctieuError as exc:
            if exc.where and str(path) in exc.where:
                exc.where = exc.where.replace(str(path), name)
            raise
