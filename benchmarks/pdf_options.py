"""Benchmark: three ways to make the PDF report, on the demo store's report.

    .venv/bin/pip install -e '.[bench]'       # reportlab, for the third option
    .venv/bin/python benchmarks/pdf_options.py [--repeat 3]

1. fpdf2 with DejaVu Serif embedded (what `muctieu report --format pdf` uses);
2. LibreOffice converting the DOCX report (`soffice --headless`; Debian's
   libreoffice-writer-nogui, measured only when `soffice` is installed);
3. reportlab with the same font.

For each: median wall time (content gathered once beforehand, charts drawn
each time), file size, and how much of the report's own text `pdftotext`
gives back: the share of its words found, and any Vietnamese letter missing.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from muctieu.publish import charts
from muctieu.publish.report_content import ReportContent, build_content
from muctieu.publish.report_docx import write_docx
from muctieu.publish.report_pdf import FONT_DIR, write_pdf
from muctieu.publish.report_text import (
    PILLAR_HEADERS, SOURCE_HEADERS, intro, pillar_cells, source_cells,
)
from muctieu.store.db import open_store


def demo_store(folder: Path) -> str:
    db = f"sqlite:///{folder / 'demo.sqlite'}"
    subprocess.run([sys.executable, "-m", "muctieu", "demo", "--db", db], check=True,
                   capture_output=True)
    return db


def libreoffice(content: ReportContent, out: Path) -> Path:
    docx = write_docx(content, out.with_suffix(".docx"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out.parent), str(docx)],
                   check=True, capture_output=True)
    return out.with_suffix(".pdf")


def reportlab(content: ReportContent, out: Path) -> Path:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Table, TableStyle

    for name, file in (("DV", "DejaVuSerif.ttf"), ("DV-B", "DejaVuSerif-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    body = ParagraphStyle("b", fontName="DV", fontSize=12, leading=15)
    small = ParagraphStyle("s", fontName="DV", fontSize=8.5, leading=10)
    head = ParagraphStyle("h", fontName="DV-B", fontSize=12, leading=15, alignment=1)
    story = [Paragraph("BÁO CÁO", head), Paragraph(content.title, head)]
    story += [Paragraph(t, body) for t in intro(content)]

    def table(headers: tuple[str, ...], rows: list[list[str]], widths: list[float]) -> Table:
        t = Table([[Paragraph(c, small) for c in r] for r in [list(headers), *rows]],
                  colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#000000")]))
        return t

    for s in content.sections:
        story += [Paragraph(s.name, body), table(PILLAR_HEADERS, [pillar_cells(x) for x in s.lines],
                                                 [8, 52, 23, 22, 22, 22, 16])]
    for png in (charts.status_by_pillar(content.summary), charts.key_indicators(content.series)):
        story.append(Image(io.BytesIO(png), width=150 * mm, height=150 * mm, kind="proportional"))
    story.append(table(SOURCE_HEADERS, [source_cells(n) for n in content.sources], [9, 22, 134]))
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm).build(story)
    return out


def extractable(content: ReportContent, pdf: Path) -> tuple[float, str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    words = set(re.findall(r"\w+", " ".join(
        [*intro(content), *(c for line in content.lines for c in pillar_cells(line)),
         *(n.where for n in content.sources)])))
    found = set(re.findall(r"\w+", text))
    letters = {ch for w in words for ch in w if ord(ch) > 127}
    missing = "".join(sorted(letters - set(text)))
    return len(words & found) / len(words), missing or "—"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("pdftotext") is None:
        sys.exit("pdftotext missing: run scripts/system-packages.sh")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        content = build_content(open_store(demo_store(folder)), "Gia Lai", 2026)
        options: list[tuple[str, Callable[[ReportContent, Path], Path]]] = [("fpdf2 + DejaVu Serif", write_pdf)]
        if shutil.which("soffice"):
            options.append(("LibreOffice DOCX → PDF", libreoffice))
        try:
            import reportlab as _  # noqa: F401
            options.append(("reportlab + DejaVu Serif", reportlab))
        except ImportError:
            print("reportlab not installed (pip install -e '.[bench]'): skipped")
        print(f"{'option':28} {'median s':>9} {'size KB':>8} {'words back':>11}  missing letters")
        for name, make in options:
            times = []
            for i in range(args.repeat):
                out = folder / f"{i}-{name.split()[0].lower()}" / "report.pdf"
                out.parent.mkdir()
                start = time.perf_counter()
                pdf = make(content, out)
                times.append(time.perf_counter() - start)
            share, missing = extractable(content, pdf)
            print(f"{name:28} {statistics.median(times):9.2f} {pdf.stat().st_size / 1024:8.0f} "
                  f"{share:11.1%}  {missing}")


if __name__ == "__main__":
    main()
