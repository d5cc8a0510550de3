"""PDF files: text layer, wrapped lines rejoined, paragraph breaks kept."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from muctieu.documents.load import load
from muctieu.errors import InputError
from tests.documents.builders import PLAN_BLOCKS, PLAN_LEAD, PLAN_TITLE, make_pdf, make_scanned_pdf

# Long paragraphs, so that lines wrap and one paragraph runs over a page break.
LONG_BLOCKS = [("h", PLAN_TITLE), ("p", PLAN_LEAD)] + [
    ("p", f"Đoạn {i}: phấn đấu đến cuối năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý "
          f"trực tuyến đạt {40 + i}%; tỷ lệ người dân trưởng thành có chữ ký số hoặc chữ ký điện tử "
          f"cá nhân đạt {20 + i}%, ưu tiên các xã vùng sâu, vùng xa, biên giới và hải đảo; "
          "mỗi huyện có ít nhất một điểm hỗ trợ người dân sử dụng dịch vụ công trực tuyến.")
    for i in range(1, 15)
]


def _page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def test_wrapped_lines_are_rejoined_across_lines_and_pages(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "long.pdf", LONG_BLOCKS)
    pages = _page_texts(path)
    # Precondition: the layout really wraps lines and splits a paragraph over pages.
    assert len(pages) >= 2
    assert any(p for _, p in LONG_BLOCKS[1:] if not any(p in " ".join(pg.split()) for pg in pages))
    doc = load(path)
    paragraphs = [p for p in doc.text.split("\n") if p]
    assert paragraphs == [str(p) for _, p in LONG_BLOCKS]
    assert doc.format == "pdf"


def test_paragraph_breaks_and_list_items_are_kept(tmp_path: Path) -> None:
    text = load(make_pdf(tmp_path / "plan.pdf", PLAN_BLOCKS)).text
    assert (
        "1. Phát triển chính quyền số\n\n"
        "- Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80%.\n"
        "- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt tối thiểu 50%.\n"
    ) in text
    assert "\n\n\n" not in text


@pytest.mark.parametrize("numbers", ["bottom", "top"])
def test_vietnamese_diacritics_survive_and_page_numbers_are_dropped(tmp_path: Path, numbers: str) -> None:
    path = make_pdf(tmp_path / "long.pdf", LONG_BLOCKS, page_numbers=numbers)
    assert any(line.strip() == "2" for page in _page_texts(path) for line in page.split("\r\n"))
    text = load(path).text
    assert unicodedata.is_normalized("NFC", text)
    assert "ưu tiên các xã vùng sâu, vùng xa, biên giới và hải đảo" in text
    assert not any(line.strip().isdigit() for line in text.splitlines())
    assert [p for p in text.split("\n") if p] == [str(p) for _, p in LONG_BLOCKS]


def test_metadata_found_in_pdf(tmp_path: Path) -> None:
    meta = load(make_pdf(tmp_path / "plan.pdf", PLAN_BLOCKS)).meta
    assert (meta.province, meta.plan_number, meta.plan_year, meta.title) == (
        "Quảng Trị", "57/KH-UBND", 2024, PLAN_TITLE,
    )
    assert meta.issued is not None and meta.issued.isoformat() == "2024-03-12"


def test_pdf_without_text_layer_is_called_a_scan(tmp_path: Path) -> None:
    path = make_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(InputError) as info:
        load(path)
    assert "scan" in info.value.vi and "OCR" in info.value.vi
    assert "no text layer" in info.value.en and "OCR is not supported" in info.value.en


@pytest.mark.parametrize(
    "damage",
    [lambda d: d[: len(d) // 2], lambda d: d[:-200], lambda d: b"%PDF-1.7\n" + b"\x8f" * 400 + b"\n%%EOF\n"],
    ids=["half", "tail-cut", "garbage"],
)
def test_truncated_or_corrupt_pdf(tmp_path: Path, damage) -> None:
    data = make_pdf(tmp_path / "full.pdf", PLAN_BLOCKS).read_bytes()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(damage(data))
    with pytest.raises(InputError) as info:
        load(bad)
    assert "PDF" in info.value.vi and "truncated" in info.value.en
