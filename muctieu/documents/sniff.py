"""Which loader a file needs: by extension, else by its first bytes."""

from __future__ import annotations

import io
import re
import zipfile

# Old binary Office files (.doc, .xls) are OLE2 compound files.
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

BY_SUFFIX = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".doc": "doc",
}
# A leading tag, doctype or comment, after an optional UTF-8 BOM and blank space.
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<[!a-zA-Z]")


def sniff(data: bytes) -> str:
    """The format a file's content shows: "pdf", "docx", "doc" (old Word,
    refused by the loader), "html"; "txt" when nothing else fits."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(OLE2_MAGIC):
        return "doc"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if "word/document.xml" in z.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
        return "txt"  # some other zip: the text loader reports it as binary
    if _HTML_START.match(data[:1024]):
        return "html"
    return "txt"


def detect_format(suffix: str, data: bytes) -> str:
    """The extension decides when it is known; otherwise the content does."""
    return BY_SUFFIX.get(suffix.lower()) or sniff(data)
