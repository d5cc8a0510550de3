"""Uploaded files are judged by their content, never by their name.

A DOCX or XLSX is a zip: it is opened and every member decompressed in
pieces, counting bytes, so a small file that expands past the limit (a
"zip bomb") is refused before it fills memory or disk. The client's file
name is only shown, never used as a path.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from pathlib import PurePosixPath, PureWindowsPath
from typing import Literal

from muctieu.documents.sniff import OLE2_MAGIC, sniff
from muctieu.errors import InputError
from muctieu.web.security.settings import SecuritySettings

Purpose = Literal["figures", "plan"]
# What each upload may be, by content: figures are spreadsheets or CSV text,
# plans are the formats the document loaders read.
ACCEPTED: dict[Purpose, tuple[str, ...]] = {
    "figures": ("xlsx", "csv"), "plan": ("pdf", "docx", "html", "txt"),
}
SUFFIX = {"xlsx": ".xlsx", "csv": ".csv", "pdf": ".pdf", "docx": ".docx", "html": ".html",
          "txt": ".txt"}
NAMED = {".xlsx": "xlsx", ".xlsm": "xlsx", ".csv": "csv", ".pdf": "pdf", ".docx": "docx",
         ".html": "html", ".htm": "html", ".txt": "txt"}
_UNSAFE = re.compile(r"[^\w.\- ()]+")


def safe_filename(name: str | None) -> str:
    """The last part of a client's file name, without paths or control characters."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name  # both separators
    base = unicodedata.normalize("NFC", base)
    base = _UNSAFE.sub("_", base).strip(" .")
    return base[:150] or "tep-tai-len"


def _refuse(vi: str, en: str, name: str) -> InputError:
    return InputError(vi, en, where=name)


def _check_zip(data: bytes, name: str, settings: SecuritySettings) -> str:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise _refuse("tệp nén bị hỏng", "damaged zip file", name) from None
    with z:
        members = z.infolist()
        if len(members) > settings.max_zip_members:
            raise _refuse("tệp có quá nhiều thành phần", "too many parts in the file", name)
        names = {m.filename for m in members}
        kind = ("docx" if "word/document.xml" in names else
                "xlsx" if "xl/workbook.xml" in names else None)
        if kind is None:
            raise _refuse("tệp nén không phải DOCX hay XLSX", "a zip that is not DOCX or XLSX",
                          name)
        total = 0
        limit_mb = settings.max_unzipped // (1024 * 1024)
        for m in members:
            if m.filename.startswith(("/", "\\")) or ".." in PurePosixPath(m.filename).parts:
                raise _refuse("tệp chứa đường dẫn không hợp lệ", "the file holds an unsafe path",
                              name)
            try:
                with z.open(m) as part:
                    while chunk := part.read(1 << 20):
                        total += len(chunk)
                        if total > settings.max_unzipped:
                            raise _refuse(f"giải nén vượt quá {limit_mb} MB",
                                          f"decompresses to more than {limit_mb} MB", name)
            except (zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError) as exc:
                raise _refuse(f"tệp nén bị hỏng ({exc})", f"damaged zip file ({exc})",
                              name) from None
        return kind


def _content_kind(data: bytes, name: str, settings: SecuritySettings) -> str:
    if data.startswith(b"PK\x03\x04"):
        return _check_zip(data, name, settings)
    if data.startswith(OLE2_MAGIC):
        raise _refuse("tệp Office cũ (.doc/.xls) không được hỗ trợ",
                      "old Office files (.doc/.xls) are not supported", name)
    found = sniff(data)
    if found == "pdf":
        return "pdf"
    if b"\x00" in data[:65536]:
        raise _refuse("tệp nhị phân không được hỗ trợ", "binary files are not supported", name)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refuse(f"văn bản không phải UTF-8 (byte {exc.start})",
                      f"text is not UTF-8 (byte {exc.start})", name) from None
    return found  # "html" or "txt"


def check_upload(data: bytes, filename: str | None, purpose: Purpose,
                 settings: SecuritySettings) -> str:
    """The suffix to store an upload under (".xlsx", ".csv", ".pdf"...), or InputError.

    The content decides; a name that claims another format is refused (a
    PDF renamed .xlsx, an HTML error page saved as .docx).
    """
    name = safe_filename(filename)
    if not data:
        raise _refuse("tệp rỗng", "empty file", name)
    if len(data) > settings.max_body:
        mb = settings.max_body // (1024 * 1024)
        raise _refuse(f"tệp vượt quá {mb} MB", f"file exceeds {mb} MB", name)
    kind = _content_kind(data, name, settings)
    if purpose == "figures" and kind in ("txt", "html"):
        kind = "csv" if kind == "txt" else kind
    accepted = ACCEPTED[purpose]
    if kind not in accepted:
        raise _refuse(f"nội dung là {kind.upper()}, cần {' hoặc '.join(accepted).upper()}",
                      f"the content is {kind.upper()}, expected {' or '.join(accepted).upper()}",
                      name)
    claimed = NAMED.get(PurePosixPath(name).suffix.lower())
    if claimed is not None and claimed != kind and {claimed, kind} != {"txt", "html"}:
        raise _refuse(f"tên tệp là {claimed.upper()} nhưng nội dung là {kind.upper()}",
                      f"named {claimed.upper()} but the content is {kind.upper()}", name)
    return SUFFIX[kind]
