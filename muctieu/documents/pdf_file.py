"""PDF files: the text layer only (no OCR), wrapped lines joined back into paragraphs.

pypdfium2 was kept over pdfplumber: the same characters, diacritics and line
order on generated Vietnamese PDFs, and 30-100x faster per page
(benchmarks/document_formats.py).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

import pypdfium2 as pdfium

from muctieu.errors import InputError

# A line that starts a new item even when the previous line is full.
_ITEM_START = re.compile(r"^(?:[-+•*–]\s|\(?[0-9a-zđ]{1,3}[.)]\s|[IVX]+\.\s|Điều\s+\d)")
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?$", re.I)


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    left: float
    right: float
    bottom: float
    height: float


def _page_lines(textpage: pdfium.PdfTextPage) -> list[_Line]:
    text = textpage.get_text_range()
    if len(text) != textpage.count_chars():
        # Characters outside the BMP shift indices: keep the lines, skip geometry.
        return [_Line(t, 0.0, 0.0, 0.0, 0.0) for t in text.split("\r\n") if t.strip()]
    lines, pos = [], 0
    for raw in text.split("\r\n"):
        start, pos = pos, pos + len(raw) + 2
        stripped = raw.strip()
        if not stripped:
            continue
        first = start + (len(raw) - len(raw.lstrip()))
        last = start + len(raw.rstrip()) - 1
        left, bottom, _, _ = textpage.get_charbox(first)
        _, _, right, _ = textpage.get_charbox(last)
        # The loose box spans the font's ascent to descent: a font-size measure.
        _, low, _, high = textpage.get_charbox(first, loose=True)
        lines.append(_Line(stripped, left, right, bottom, high - low))
    return lines


def _drop_page_number(lines: list[_Line]) -> list[_Line]:
    # Page numbers sit alone on the first or last line of a page.
    if lines and _PAGE_NUMBER.match(lines[-1].text):
        lines = lines[:-1]
    if lines and _PAGE_NUMBER.match(lines[0].text):
        lines = lines[1:]
    return lines


def _room(line: _Line, margin: float) -> float:
    """Free space left of the right margin at the end of a line, in characters."""
    char_w = (line.right - line.left) / max(len(line.text), 1)
    return (margin - line.right) / char_w if char_w > 0 else float("inf")


def _continues(room: float, next_text: str) -> bool:
    """Whether `next_text` carries on the paragraph of a line with `room` left.

    Text wraps when the next word does not fit, so a wrapped line is one
    whose room is smaller than the next line's first word (with some slack
    for the average-width estimate). Works for ragged and justified text.
    """
    if _ITEM_START.match(next_text):
        return False
    first_word = next_text.split(maxsplit=1)[0]
    return len(first_word) + 1 >= 0.8 * room


def _line_pitch(lines: list[_Line]) -> float:
    """The usual distance between two lines of one paragraph.

    A low percentile of the gaps, not the median: in a plan made of short
    one-line items most gaps are paragraph gaps. Gaps far below the font's
    height (superscripts, table cells) do not count.
    """
    height = statistics.median(ln.height for ln in lines)
    gaps = sorted(
        a.bottom - b.bottom for a, b in zip(lines, lines[1:]) if a.bottom - b.bottom >= 0.8 * height
    )
    return gaps[len(gaps) // 5] if gaps else 0.0


def _reflow(lines: list[_Line]) -> tuple[list[str], float]:
    """Join a wrapped line to the next, keep a line break otherwise, and a
    blank line where the gap is paragraph-sized.

    Also returns the room left on the page's last line, so that a paragraph
    running onto the next page is joined too.
    """
    if not lines:
        return [], float("inf")
    margin = max(ln.right for ln in lines)
    pitch = _line_pitch(lines)
    out = [lines[0].text]
    for prev, line in zip(lines, lines[1:]):
        gap = prev.bottom - line.bottom
        if pitch and gap > 1.3 * pitch:
            out += ["", line.text]
        elif gap > 0 and _continues(_room(prev, margin), line.text):
            out[-1] = f"{out[-1]} {line.text}"
        else:
            out.append(line.text)
    return out, _room(lines[-1], margin) if pitch else float("inf")


def _join_pages(pages: list[tuple[list[str], float]]) -> str:
    """Pages one after the other; a paragraph cut by a page break is joined.

    No gap tells a paragraph break across pages, so a sentence that ends
    the page followed by a capital starts a new line (at worst a paragraph
    is split at a sentence end, never two paragraphs merged).
    """
    out: list[str] = []
    room = float("inf")
    for lines, last_room in pages:
        if not lines:
            continue
        sentence_ends = bool(out) and out[-1].endswith((".", ":", ";", "!", "?")) and lines[0][:1].isupper()
        if out and not sentence_ends and _continues(room, lines[0]):
            out[-1] = f"{out[-1]} {lines[0]}"
            lines = lines[1:]
        out.extend(lines)
        room = last_room
    return "\n".join(out)


def _read_pages(pdf: pdfium.PdfDocument) -> list[tuple[list[str], float]]:
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(_reflow(_drop_page_number(_page_lines(textpage))))
            textpage.close()
            page.close()
        return pages
    finally:
        pdf.close()


def pdf_text(data: bytes, where: str) -> str:
    """The text layer of a PDF, page after page, a blank line between paragraphs."""
    # pdfium rebuilds a cut-off file from what is left, which would silently
    # lose the end of the plan: a complete PDF ends with %%EOF.
    if b"%%EOF" not in data[-2048:]:
        raise InputError(
            "tệp PDF không đầy đủ (thiếu %%EOF ở cuối), có lẽ tải về chưa hết",
            "PDF file is truncated (no %%EOF at the end), probably an incomplete download",
            where=where,
        )
    # pdfium repairs what it can; what it cannot open or read is damaged.
    try:
        pages = _read_pages(pdfium.PdfDocument(data))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(
                "tệp PDF có mật khẩu, không đọc được",
                "PDF file is password-protected and cannot be read",
                where=where,
            ) from None
        raise InputError(
            "tệp PDF bị hỏng hoặc không đầy đủ, không đọc được",
            f"PDF file is corrupt or truncated and cannot be read ({exc})",
            where=where,
        ) from None
    text = _join_pages(pages)
    if not text.strip():
        raise InputError(
            "PDF không có lớp văn bản (có lẽ là bản scan); chưa hỗ trợ nhận dạng chữ (OCR)",
            "PDF has no text layer (probably a scan); OCR is not supported",
            where=where,
        )
    return text
