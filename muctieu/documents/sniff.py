"""Which loader a file needs: by extension, else by its first bytes."""

from __future__ import annotations

import io
import re
import zipfile

from muctieu.errors import InputError

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
    refused by the loader), "zip" (another or a broken zip), "html"; "txt"
    when nothing else fits."""
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
        return "zip"  # broken, or not a Word file
    if _HTML_START.match(data[:1024]):
        return "html"
    return "txt"


# Formats with magic bytes: their content is proof, whatever the file is called.
BINARY = ("pdf", "docx", "doc")
# (Vietnamese, English) names of each format for messages.
NAMES = {
    "pdf": ("PDF", "PDF"), "docx": ("DOCX", "DOCX"), "doc": ("Word .doc", "Word .doc"),
    "html": ("HTML", "HTML"), "txt": ("văn bản thường", "plain text"),
}


def detect_format(suffix: str, data: bytes, where: str) -> str:
    """Magic bytes win (a renamed .doc, a PDF saved as .txt); otherwise a known
    extension decides between text and HTML, and the content decides for the rest.

    A .pdf or .docx whose content is not one (often an HTML error page saved
    by a failed download) is refused rather than read as a plan.
    """
    found = sniff(data)
    declared = BY_SUFFIX.get(suffix.lower())
    if found in BINARY:
        return found
    if found == "zip":
        # A cut-off .docx is still a zip: let the DOCX loader say it is damaged.
        return "docx" if declared == "docx" else "txt"
    if declared in BINARY:
        (want_vi, want_en), (got_vi, got_en) = NAMES[declared], NAMES[found]
        raise InputError(
            f"tên tệp là {suffix} nhưng nội dung không phải {want_vi} "
            f"(có vẻ là {got_vi}; có thể tải về bị lỗi)",
            f"named {suffix} but the content is not {want_en} "
            f"(looks like {got_en}; perhaps a failed download)",
            where=where,
        )
    return declared or found
