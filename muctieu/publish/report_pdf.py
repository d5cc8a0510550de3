"""The report as PDF, with fpdf2 and an embedded DejaVu Serif.

fpdf2 was chosen after measuring it against LibreOffice converting the DOCX
and reportlab (`benchmarks/pdf_options.py`, figures in the README): pure
Python, no system package, fastest, and `pdftotext` gets every diacritic
back. DejaVu Serif comes inside matplotlib's wheel (already a dependency for
the charts) and has every Vietnamese letter as a precomposed glyph.
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from muctieu.publish import charts
from muctieu.publish.report_content import ReportContent
from muctieu.publish.report_text import (
    PILLAR_HEADERS, SECTION_HEADERS, SOURCE_HEADERS, closing, heading_block, intro,
    pillar_cells, section_titles, source_cells, summary_rows,
)

FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FAMILY = "DejaVuSerif"
# DejaVu Serif is wider than Times New Roman: 12 pt here sets about as many
# words per line as the decree's Times New Roman 13 pt.
BODY_PT = 12
TABLE_PT = 8.5
LEFT, RIGHT, TOP, BOTTOM = 30, 15, 20, 20  # mm, Decree 30/2020/NĐ-CP
WIDTH = 210 - LEFT - RIGHT


class _Pdf(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")


def _new() -> _Pdf:
    pdf = _Pdf(format="A4", unit="mm")
    for style, name in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"),
                        ("I", "DejaVuSerif-Italic.ttf"), ("BI", "DejaVuSerif-BoldItalic.ttf")):
        pdf.add_font(FAMILY, style, str(FONT_DIR / name))
    pdf.set_margins(LEFT, TOP, RIGHT)
    pdf.set_auto_page_break(True, margin=BOTTOM)
    pdf.set_creator("muctieu")
    pdf.add_page()
    return pdf


def _text(pdf: FPDF, text: str, *, style: str = "", size: float = BODY_PT, align: str = "J",
          indent: float = 0, space: float = 2) -> None:
    pdf.set_font(FAMILY, style, size)
    pdf.set_x(LEFT + indent)
    pdf.multi_cell(WIDTH - indent, size * 0.5, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(space)


def _header(pdf: FPDF, content: ReportContent) -> None:
    left, right = heading_block(content)
    top = pdf.get_y()
    for lines, x, w in ((left, LEFT, 62), (right, LEFT + 62, WIDTH - 62)):
        pdf.set_xy(x, top)
        for text, size, bold, italic in lines:
            pdf.set_font(FAMILY, ("B" if bold else "") + ("I" if italic else ""), size - 1)
            pdf.set_x(x)
            pdf.multi_cell(w, size * 0.45, text, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_y(max(pdf.get_y(), top + 30))


def _table(pdf: FPDF, headers: tuple[str, ...], rows: list[list[str]], widths: tuple[float, ...],
           size: float = TABLE_PT) -> None:
    pdf.set_font(FAMILY, "", size)
    with pdf.table(col_widths=widths, width=WIDTH, align="LEFT", text_align="LEFT", line_height=size * 0.45,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
                   padding=0.8) as table:
        table.row(headers)
        for r in rows:
            table.row(r)
    pdf.ln(3)


def _heading(pdf: FPDF, text: str) -> None:
    if pdf.get_y() > 297 - BOTTOM - 30:  # a heading never ends a page
        pdf.add_page()
    pdf.ln(2)
    _text(pdf, text, style="B", align="L")


def _picture(pdf: FPDF, png: bytes, caption: str, width: float = 150) -> None:
    pdf.image(io.BytesIO(png), x=LEFT + (WIDTH - width) / 2, w=width)
    _text(pdf, caption, style="I", size=10, align="C")


def write_pdf(content: ReportContent, out: Path) -> Path:
    pdf = _new()
    pdf.set_title(content.title)
    pdf.set_author(f"Ủy ban nhân dân {content.province.full_name}")
    pdf.set_lang("vi")
    _header(pdf, content)
    _text(pdf, "BÁO CÁO", style="B", size=13, align="C", space=0)
    subject = content.title[len("Báo cáo "):]
    _text(pdf, subject[0].upper() + subject[1:], style="B", size=13, align="C", space=4)
    for text in intro(content):
        _text(pdf, text, indent=0)
    titles = section_titles()
    _heading(pdf, titles["summary"])
    _table(pdf, SECTION_HEADERS, summary_rows(content), (30, 15, 15, 15, 17, 14, 14, 16, 11))
    _heading(pdf, titles["pillars"])
    for i, section in enumerate(content.sections, 1):
        if pdf.get_y() > 297 - BOTTOM - 40:
            pdf.add_page()
        _text(pdf, f"{i}. {section.name}", style="BI", align="L", space=1)
        _table(pdf, PILLAR_HEADERS, [pillar_cells(line) for line in section.lines],
               (8, 52, 23, 22, 22, 22, 16))
    _heading(pdf, titles["charts"])
    _picture(pdf, charts.status_by_pillar(content.summary), "Hình 1. Chỉ tiêu theo trạng thái và trụ cột")
    if content.series:
        pdf.add_page()
        _picture(pdf, charts.key_indicators(content.series), "Hình 2. Chỉ tiêu chính theo năm")
    _heading(pdf, titles["risk"])
    if content.at_risk:
        for line in content.at_risk:
            pdf.set_font(FAMILY, "", BODY_PT)
            pdf.multi_cell(WIDTH, BODY_PT * 0.5,
                           f"**[{line.ref}] {line.cells.indicator} — {line.status.status.vi}:** {line.inputs}.",
                           markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
    else:
        _text(pdf, "Không có chỉ tiêu nào cần tăng tốc, tiến triển hạn chế, đi lùi hoặc không đạt.")
    heading, *rest = closing(content)
    _heading(pdf, heading)
    for text in rest:
        _text(pdf, text)
    _signature(pdf)
    pdf.add_page()
    _text(pdf, "PHỤ LỤC", style="B", size=13, align="C", space=0)
    _text(pdf, "Nguồn của từng số liệu trong báo cáo", style="B", align="C", space=3)
    _table(pdf, SOURCE_HEADERS, [source_cells(n) for n in content.sources], (9, 22, 134))
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


def _signature(pdf: FPDF) -> None:
    if pdf.get_y() > 297 - BOTTOM - 45:
        pdf.add_page()
    top = pdf.get_y() + 4
    pdf.set_xy(LEFT, top)
    pdf.set_font(FAMILY, "BI", 11)
    pdf.cell(80, 5, "Nơi nhận:", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font(FAMILY, "", 9.5)
    for text in ("- Bộ Khoa học và Công nghệ;", "- Thường trực Tỉnh ủy, HĐND tỉnh;",
                 "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT."):
        pdf.cell(80, 4.5, text, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_xy(LEFT + 80, top)
    pdf.set_font(FAMILY, "B", BODY_PT)
    pdf.multi_cell(WIDTH - 80, 6, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(25)
