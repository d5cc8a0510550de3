"""Build .txt, .html, .docx and .pdf files for tests and benchmarks from Vietnamese blocks.

A block is ("h", text) for a heading, ("p", text) for a paragraph, ("li", text)
for a list item, or ("table", [[cell, ...], ...]) for a table.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Sequence, Union

import docx
import font_source_sans_pro
from fpdf import FPDF

Block = tuple[str, Union[str, Sequence[Sequence[str]]]]

# Source Sans Pro covers every Vietnamese letter and ships as a PyPI wheel,
# so PDFs can be built on a clean machine without system fonts.
FONTS = Path(font_source_sans_pro.__file__).parent / "files"

# One short plan, written for these tests, rendered into every format.
PLAN_TITLE = "Kế hoạch chuyển đổi số tỉnh Quảng Trị năm 2024"
PLAN_LEAD = (
    "Ngày 12/3/2024, Ủy ban nhân dân tỉnh Quảng Trị ban hành Kế hoạch số 57/KH-UBND "
    "về chuyển đổi số năm 2024 với các chỉ tiêu cụ thể sau đây."
)
PLAN_BLOCKS = [
    ("h", PLAN_TITLE),
    ("p", PLAN_LEAD),
    ("h", "1. Phát triển chính quyền số"),
    ("li", "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80%."),
    ("li", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt tối thiểu 50%."),
    ("h", "2. Phát triển xã hội số"),
    ("p", "Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt 85%; "
          "người dân trưởng thành có điện thoại thông minh đạt 90%."),
    ("table", [["Chỉ tiêu", "Năm 2023", "Năm 2024"], ["Hộ có cáp quang", "78%", "85%"]]),
]


def make_txt(path: Path, blocks: Sequence[Block]) -> Path:
    """One block a line, table rows as "cell | cell"."""
    lines = []
    for _, content in blocks:
        if isinstance(content, str):
            lines.append(content)
        else:
            lines.extend(" | ".join(row) for row in content)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_html(path: Path, blocks: Sequence[Block]) -> Path:
    """A portal page: the first block as <h1>, the rest as the article, with a
    menu, posting stamp, rating widget, related list and footer around it."""
    parts = []
    for kind, content in blocks:
        if kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in content
            )
            parts.append(f"<table>{rows}</table>")
        else:
            tag = {"h": "h2", "li": "li", "p": "p"}[kind]
            parts.append(f"<{tag}>{html.escape(str(content))}</{tag}>")
    first = html.escape(str(blocks[0][1]))
    path.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{first}</title></head><body>"
        "<nav><ul><li>Trang chủ</li><li>Tin tức</li></ul></nav>"
        f"<div class='detail'><h1>{first}</h1><div class='meta'>Thứ hai - 18/03/2024 09:15</div>"
        f"<div class='content'>{''.join(parts[1:])}</div>"
        "<div class='rating'>Xếp hạng: 4 - 3 phiếu bầu. Click để đánh giá bài viết</div>"
        "<div class='related'><h3>Tin liên quan</h3><ul><li>Hội nghị trực tuyến</li></ul></div></div>"
        "<footer>Cơ quan chủ quản: Ủy ban nhân dân tỉnh</footer></body></html>",
        encoding="utf-8",
    )
    return path


def make_docx(path: Path, blocks: Sequence[Block]) -> Path:
    document = docx.Document()
    for kind, content in blocks:
        if kind == "h":
            document.add_heading(str(content), level=2)
        elif kind == "li":
            document.add_paragraph(str(content), style="List Bullet")
        elif kind == "table":
            rows = list(content)
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            document.add_paragraph(str(content))
    document.save(str(path))
    return path


def make_pdf(
    path: Path,
    blocks: Sequence[Block],
    *,
    page_numbers: str | None = "bottom",
    align: str = "L",
    password: str | None = None,
) -> Path:
    """A text-layer PDF: wrapped paragraphs (left-aligned or "J"ustified), a gap
    between blocks, page numbers at the "bottom", the "top" (the Vietnamese
    administrative style) or None; encrypted when a password is given."""
    pdf = _NumberedPdf(page_numbers, format="A4") if page_numbers else FPDF(format="A4")
    pdf.add_font("SourceSans", fname=str(FONTS / "SourceSansPro-Regular.ttf"))
    pdf.add_font("SourceSans", style="B", fname=str(FONTS / "SourceSansPro-Bold.ttf"))
    if password:
        pdf.set_encryption(owner_password=password, user_password=password)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for kind, content in blocks:
        if kind == "table":
            pdf.set_font("SourceSans", size=11)
            with pdf.table() as table:
                for row in content:
                    table.row([str(c) for c in row])
            pdf.ln(3)
            continue
        pdf.set_font("SourceSans", style="B" if kind == "h" else "", size=14 if kind == "h" else 12)
        text = f"- {content}" if kind == "li" else str(content)
        pdf.multi_cell(0, 7, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0 if kind == "li" else 4)
    pdf.output(str(path))
    return path


class _NumberedPdf(FPDF):
    """Prints the page number at the top or the foot of each page."""

    def __init__(self, where: str, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.number_at = where

    def _number(self, y: float) -> None:
        self.set_y(y)
        self.set_font("SourceSans", size=9)
        self.cell(0, 8, str(self.page_no()), align="C")
        self.ln(10)

    def header(self) -> None:
        if self.number_at == "top":
            self._number(8)

    def footer(self) -> None:
        if self.number_at == "bottom":
            self._number(-15)


def make_scanned_pdf(path: Path) -> Path:
    """A PDF with drawings but no text layer, like a scan without OCR."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    for i in range(10):
        pdf.rect(20, 20 + 12 * i, 170, 8, style="F")
    pdf.output(str(path))
    return path
