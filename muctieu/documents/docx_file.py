"""Word files (.docx): paragraphs and tables in document order."""

from __future__ import annotations

import io

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from muctieu.errors import InputError


def _row_line(row_cells: list) -> str:
    # A merged cell is repeated once per grid column it spans: keep it once.
    seen: list = []
    for cell in row_cells:
        if not seen or cell._tc is not seen[-1]._tc:
            seen.append(cell)
    return " | ".join(" ".join(c.text.split()) for c in seen)


def _table_lines(table: Table) -> list[str]:
    lines = [_row_line(list(row.cells)) for row in table.rows]
    return [line for line in lines if line.replace("|", "").strip()]


def docx_text(data: bytes, where: str) -> str:
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
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return "\n".join(lines)
