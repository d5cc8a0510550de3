"""Which loader a file needs: by extension, else by its first bytes."""

from __future__ import annotations

import io
import re
import zipfile

BY_SUFFIX = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
# A leading tag, doctype or comment, after an optional UTF-8 BOM and blank space.
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<[!a-zA-Z]")


def sniff(data: bytes) -> str:
    """The format a file's content shows; "txt" when nothing else fits."""
    if data.startswith(b"%PDF"):
        return "pdf"
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
