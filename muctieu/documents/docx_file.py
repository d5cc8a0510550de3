"""Word files (.docx): paragraphs and tables in document order."""

from __future__ import annotations

import io

import docx
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from muctieu.documents.extracted import Extracted
from muctieu.errors import InputError

# Styles that mark the document's own title, as <h1> does in HTML.
TITLE_STYLES = ("Title", "Heading 1")


def _unique(cells: list[_Cell]) -> list[_Cell]:
    """A merged cell is repeated once per grid column it spans: keep it once."""
    seen: list[_Cell] = []
    for cell in cells:
        if not seen or cell._tc is not seen[-1]._tc:
            seen.append(cell)
    return seen


def _cell_lines(cell: _Cell) -> list[str]:
    # Lines are paragraphs or soft line breaks (Shift+Enter), both common.
    return [line for line in cell.text.split("\n") if line.strip()]


def _is_layout(table: Table) -> bool:
    """A borderless header table (issuer and number left, national motto and
    place-date right) rather than data: one or two rows of stacked lines."""
    return len(table.rows) <= 2 and any(
        len(_cell_lines(cell)) > 1 for row in table.rows for cell in row.cells
    )


def _table_lines(table: Table) -> list[str]:
    if _is_layout(table):
        # Cell by cell, each of its lines on its own: "TỈNH BÌNH ĐỊNH" and
        # "Số: 33/KH-UBND" must not run together into one name.
        return [line for row in table.rows for cell in _unique(row.cells) for line in _cell_lines(cell)]
    lines = [" | ".join(" ".join(c.text.split()) for c in _unique(row.cells)) for row in table.rows]
    return [line for line in lines if line.replace("|", "").strip()]


def docx_text(data: bytes, where: str) -> Extracted:
    """The text of a .docx: one line per paragraph, one "cell | cell" line per table row.

    Headings and list items are paragraphs, so each keeps its own line;
    automatic numbering is not part of the text and is not invented.
    """
    # Bad zip, missing part, broken XML, bad CRC: all mean the file is damaged.
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001
        raise InputError(
            "tệp DOCX bị hỏng hoặc không đầy đủ, không mở được",
            f"DOCX file is corrupt or truncated and cannot be opened ({type(exc).__name__})",
            where=where,
        ) from None
    lines: list[str] = []
    title = None
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
            if title is None and block.text.strip() and block.style is not None \
                    and block.style.name in TITLE_STYLES:
                title = block.text
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return Extracted("\n".join(lines), title)
