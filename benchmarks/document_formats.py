"""Compare the kept HTML and PDF loaders with the alternatives, and print figures.

    .venv/bin/pip install -e '.[dev,bench]'
    .venv/bin/python benchmarks/document_formats.py

HTML: muctieu's selectolax rules vs trafilatura (default and favor_precision)
on the two hand-written Vietnamese news pages in tests/documents/fixtures:
share of expected main-text lines kept (exact line match), whether they stay
in order, boilerplate strings leaked, ms per page.

PDF: pypdfium2 vs pdfplumber raw text layers on a generated multi-page
Vietnamese PDF (left-aligned and justified): ms per page, word accuracy
against the source, Vietnamese letters with diacritics kept, paragraphs in
order; then how many source paragraphs muctieu's reflow gives back whole.
"""

from __future__ import annotations

import difflib
import json
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

try:
    import pdfplumber
    import pypdfium2 as pdfium
    import trafilatura
except ImportError as exc:  # the comparison baselines live in the "bench" extra
    sys.exit(f"thiếu gói / missing package: {exc.name} — pip install -e '.[dev,bench]'")

from muctieu.documents.html_page import html_text  # noqa: E402
from muctieu.documents.normalise import normalise  # noqa: E402
from muctieu.documents.pdf_file import pdf_text  # noqa: E402
from tests.documents.builders import make_pdf  # noqa: E402

FIXTURES = ROOT / "tests" / "documents" / "fixtures"
VI_MARKED = set("àáâãèéêìíòóôõùúăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def _ms_per_call(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def _table_row(line: str) -> str:
    """trafilatura writes rows as "| a | b |": compare them as "a | b"."""
    return line.strip().strip("|").strip() if line.startswith("|") else line


def _html_row(name: str, label: str, text: str, ms: float, expected: dict) -> str:
    # Matched after the same light clean-up, so spacing alone never counts as a loss.
    lines = [_table_row(ln) for ln in normalise(text).splitlines()]
    body = [ln for ln in expected["main"] if ln != expected["title"]]
    kept = [ln for ln in body if ln in lines]
    positions = [lines.index(ln) for ln in kept]
    in_order = positions == sorted(positions)
    leaked = [b for b in expected["boilerplate"] if b.lower() in text.lower()]
    return (
        f"{name:20} {label:26} body {len(kept):2}/{len(body):2}  "
        f"title {'yes' if expected['title'] in lines else 'no ':3}  order {'ok' if in_order else 'NO'}  "
        f"leaked {len(leaked)} {leaked[:3]}  NFC {'yes' if unicodedata.is_normalized('NFC', text) else 'no'}  "
        f"{ms:5.2f} ms"
    )


def compare_html() -> None:
    print("HTML main text: expected body lines kept, h1 title line, boilerplate leaked, ms per page")
    for page in sorted(FIXTURES.glob("*.html")):
        html = page.read_text(encoding="utf-8")
        expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
        runs: dict[str, Callable[[], str]] = {
            "selectolax + rules (kept)": lambda: normalise(html_text(html).text),
            "trafilatura": lambda: trafilatura.extract(html, include_tables=True) or "",
            "trafilatura precision": lambda: trafilatura.extract(
                html, include_tables=True, favor_precision=True) or "",
        }
        for label, run in runs.items():
            print(_html_row(page.stem, label, run(), _ms_per_call(run, 30), expected))


def _plan_blocks(sections: int) -> list[tuple[str, str]]:
    blocks = [("h", "KẾ HOẠCH Chuyển đổi số tỉnh Quảng Trị năm 2024")]
    for i in range(1, sections + 1):
        blocks += [
            ("h", f"{i}. Nhiệm vụ trọng tâm thứ {i}: phát triển chính quyền số, kinh tế số, xã hội số"),
            ("p", f"Phấn đấu đến hết năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến "
                  f"đạt {40 + i % 50}%; tỷ lệ người dân trưởng thành có chữ ký số hoặc chữ ký điện tử "
                  f"cá nhân đạt {20 + i % 60}%, ưu tiên các xã vùng sâu, vùng xa, biên giới và hải đảo; "
                  "mỗi huyện, thị xã có ít nhất một tổ công nghệ số cộng đồng hoạt động thường xuyên."),
            ("li", f"Hoàn thành số hóa {60 + i % 40}% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực."),
            ("li", "Bảo đảm an toàn, an ninh mạng theo mô hình bốn lớp cho các hệ thống thông tin."),
            ("p", "Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân "
                  "dân cấp huyện hướng dẫn, đôn đốc, kiểm tra, tổng hợp kết quả và báo cáo định kỳ "
                  "hằng quý về Ủy ban nhân dân tỉnh trước ngày 20 của tháng cuối quý."),
        ]
    return blocks


def _word_accuracy(source: str, got: str) -> float:
    return difflib.SequenceMatcher(None, source.split(), got.split(), autojunk=False).ratio()


def _marked(s: str) -> int:
    return sum(1 for c in s.lower() if c in VI_MARKED)


def _in_order(paragraphs: list[str], got: str) -> bool:
    """Every paragraph's opening found, each after the previous one.

    Openings (first 10 words), not whole paragraphs: a raw text layer has a
    page number inside a paragraph that runs over a page break.
    """
    flat, pos = " ".join(got.split()), 0
    for p in paragraphs:
        pos = flat.find(" ".join(p.split()[:10]), pos)
        if pos < 0:
            return False
        pos += len(p)
    return True


def _pypdfium2_raw(path: Path) -> str:
    pdf = pdfium.PdfDocument(path)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def _pdfplumber_raw(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def compare_pdf(sections: int = 40) -> None:
    blocks = _plan_blocks(sections)
    source = "\n".join(text for _, text in blocks)
    paragraphs = [text for kind, text in blocks if kind == "p"]
    with tempfile.TemporaryDirectory() as tmp:
        for align in ("L", "J"):
            path = make_pdf(Path(tmp) / f"plan-{align}.pdf", blocks, align=align)
            with pdfium.PdfDocument(path) as pdf:
                pages = len(pdf)
            print(f"\nPDF, {pages} pages, align={align}: {_marked(source)} letters with diacritics in the source")
            for label, run in (("pypdfium2 (kept)", lambda: _pypdfium2_raw(path)),
                               ("pdfplumber", lambda: _pdfplumber_raw(path))):
                got = run()
                ms = _ms_per_call(run, 3) / pages
                print(f"  {label:18} {ms:6.2f} ms/page  word accuracy {_word_accuracy(source, got):.4f}  "
                      f"diacritic letters {_marked(got)}  paragraphs in order "
                      f"{'yes' if _in_order(paragraphs, got) else 'NO'}")
            data = path.read_bytes()
            lines = set(normalise(pdf_text(data, str(path))).splitlines())
            whole = sum(1 for p in paragraphs if p in lines)
            ms = _ms_per_call(lambda: pdf_text(data, str(path)), 3) / pages
            print(f"  muctieu reflow     {ms:6.2f} ms/page  whole paragraphs {whole}/{len(paragraphs)}")


if __name__ == "__main__":
    compare_html()
    compare_pdf()
