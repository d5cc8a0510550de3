"""The `Document` record: a source's clean text and what it says about itself."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """Facts a document states about itself; None where the text does not say."""

    province: str | None = None  # as named in the text, e.g. "Bình Định"
    plan_number: str | None = None  # e.g. "33/KH-UBND"
    issued: date | None = None
    plan_year: int | None = None
    title: str | None = None


@dataclass(slots=True)
class Document:
    """A loaded document.

    `text` is what extraction reads and what every span indexes into: the
    file's own characters for .txt, the text `muctieu text FILE` prints for
    the other formats.
    """

    source: str
    text: str
    format: str  # "txt", "html", "docx", "pdf"
    meta: DocumentMeta = field(default_factory=DocumentMeta)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()
