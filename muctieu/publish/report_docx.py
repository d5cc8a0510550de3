"""The report as a Word document in the form of Decree 30/2020/NĐ-CP.

Times New Roman 13 pt, A4, margins top/bottom 20 mm, left 30 mm, right
15 mm; the issuing body and national motto side by side at the top, number
and date left for the office to fill in; editable like any Word report.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from muctieu.publish import charts
from muctieu.publish.report_content import ReportContent
from muctieu.publish.report_text import (
    PILLAR_HEADERS, SECTION_HEADERS, SOURCE_HEADERS, closing, heading_block, intro,
    pillar_cells, section_titles, source_cells, summary_rows,
)

FONT = "Times New Roman"
BODY_PT = 13
TABLE_PT = 11

def _font(run_or_style, size: float, bold: bool = False, italic: bool = False) -> None:
    run_or_style.font.name = FONT
    run_or_style.font.size = Pt(size)
    run_or_style.font.bold = bold
    run_or_style.font.italic = italic

def _setup(doc: DocxDocument) -> None:
    style = doc.styles["Normal"]
    _font(style, BODY_PT)
    # East-Asian font slot too, or Word substitutes another face for some letters.
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    style.paragraph_format.space_after = Pt(6)
    for sec in doc.sections:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
        sec.left_margin, sec.right_margin = Mm(30), Mm(15)

def _para(doc_or_cell, text: str, *, size: float = BODY_PT, bold: bool = False,
          italic: bool = False, align: WD_ALIGN_PARAGRAPH | None = None) -> Paragraph:
    p = doc_or_cell.add_paragraph()
    _font(p.add_run(text), size, bold, italic)
    if align is not None:
        p.alignment = align
    return p

def _no_borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)

def _header_block(doc: DocxDocument, content: ReportContent) -> None:
    left, right = heading_block(content)
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, (62, 103))
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = ""
        first = True
        for text, size, bold, italic in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            _font(p.add_run(text), size, bold, italic)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)

def _grid(doc: DocxDocument, headers: tuple[str, ...], rows: list[list[str]],
          widths_mm: tuple[float, ...]) -> Table:
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].text = ""
        _font(cell.paragraphs[0].add_run(text), TABLE_PT, bold=True)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    # Header row repeats on every page of a long table.
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.paragraphs[0].text = ""
            _font(cell.paragraphs[0].add_run(text), TABLE_PT)
            cell.paragraphs[0].paragraph_format.space_after = Pt(0)
    _widths(table, widths_mm)
    return table


def _widths(table: Table, widths_mm: tuple[float, ...]) -> None:
    """Fixed column widths: Word reads the cells', LibreOffice the grid's."""
    table.autofit = False
    for col, w in zip(table.columns, widths_mm, strict=True):
        col.width = Mm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(w)

def _heading(doc: DocxDocument, text: str) -> None:
    p = _para(doc, text, bold=True)
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True

def _picture(doc: DocxDocument, png: bytes, caption: str) -> None:
    doc.add_picture(io.BytesIO(png), width=Mm(160))
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, caption, size=11, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

def write_docx(content: ReportContent, out: Path) -> Path:
    doc = Document()
    _setup(doc)
    _header_block(doc, content)
    _para(doc, "BÁO CÁO", size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER).paragraph_format.space_before = Pt(18)
    subject = content.title[len("Báo cáo "):]
    _para(doc, subject[0].upper() + subject[1:], size=14, bold=True,
          align=WD_ALIGN_PARAGRAPH.CENTER)
    for text in intro(content):
        _para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY).paragraph_format.first_line_indent = Mm(10)

    titles = section_titles()
    _heading(doc, titles["summary"])
    _grid(doc, SECTION_HEADERS, summary_rows(content), (38, 16, 16, 16, 16, 16, 16, 16, 15))
    _heading(doc, titles["pillars"])
    for i, section in enumerate(content.sections, 1):
        p = _para(doc, f"{i}. {section.name}", bold=True, italic=True)
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(6)
        _grid(doc, PILLAR_HEADERS, [pillar_cells(line) for line in section.lines],
              (10, 50, 24, 22, 22, 22, 15))
    _heading(doc, titles["charts"])
    _picture(doc, charts.status_by_pillar(content.summary), "Hình 1. Chỉ tiêu theo trạng thái và trụ cột")
    if content.series:
        _picture(doc, charts.key_indicators(content.series), "Hình 2. Chỉ tiêu chính theo năm")
    _heading(doc, titles["risk"])
    if content.at_risk:
        for line in content.at_risk:
            p = _para(doc, "", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            _font(p.add_run(f"[{line.ref}] {line.cells.indicator} — {line.status.status.vi}: "), BODY_PT, bold=True)
            _font(p.add_run(line.inputs + "."), BODY_PT)
    else:
        _para(doc, "Không có chỉ tiêu nào cần tăng tốc, tiến triển hạn chế, đi lùi hoặc không đạt.")
    for text in closing(content):
        _para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _signature(doc)

    doc.add_page_break()
    _para(doc, "PHỤ LỤC", size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "Nguồn của từng số liệu trong báo cáo", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _grid(doc, SOURCE_HEADERS, [source_cells(n) for n in content.sources], (12, 28, 125))
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out

def _signature(doc: DocxDocument) -> None:
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, (80, 85))
    left, right = table.rows[0].cells
    left.paragraphs[0].text = ""
    _font(left.paragraphs[0].add_run("Nơi nhận:"), 12, bold=True, italic=True)
    for text in ("- Bộ Khoa học và Công nghệ;", "- Thường trực Tỉnh ủy, HĐND tỉnh;",
                 "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT."):
        _font(left.add_paragraph().add_run(text), 11)
    right.paragraphs[0].text = ""
    for i, (text, bold) in enumerate((("TM. ỦY BAN NHÂN DÂN", True), ("CHỦ TỊCH", True), ("", False),
                                      ("", False), ("", False))):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        _font(p.add_run(text), BODY_PT, bold=bold)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

