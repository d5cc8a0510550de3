"""One entry point for the progress report in any format (CLI and web)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable, Literal

from sqlalchemy import Engine

from muctieu.errors import MuctieuError
from muctieu.publish.report_content import Period, ReportContent, build_content

Format = Literal["docx", "pdf", "xlsx"]
FORMATS: tuple[str, ...] = ("docx", "pdf", "xlsx")
MEDIA_TYPES: dict[str, str] = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _writer(fmt: str) -> Callable[[ReportContent, Path], Path]:
    # Each writer loads its own library (python-docx, fpdf2, openpyxl) only when asked for.
    if fmt == "docx":
        from muctieu.publish.report_docx import write_docx
        return write_docx
    if fmt == "pdf":
        from muctieu.publish.report_pdf import write_pdf
        return write_pdf
    if fmt == "xlsx":
        from muctieu.publish.report_xlsx import write_xlsx
        return write_xlsx
    raise MuctieuError(f"định dạng '{fmt}' không hỗ trợ; chọn docx, pdf hoặc xlsx",
                       f"format '{fmt}' is not supported; choose docx, pdf or xlsx", where="--format")


def default_name(province_code: str, year: int, period: Period, fmt: str) -> str:
    """bao-cao-cds-52-2026.docx, bao-cao-cds-52-2026-H1.pdf"""
    return f"bao-cao-cds-{province_code}-{year}{'-H1' if period == 'H1' else ''}.{fmt}"


def write_report(engine: Engine, province: str, year: int, period: Period, fmt: Format | str,
                 out: Path, *, made_on: date | None = None) -> Path:
    """Write the progress report of `province` for `year` (`period` "H1" or "year")
    as `fmt` to `out` (a file, or a folder to put the default file name in).

    Reports are for officers: they may cover a province not yet published.
    Nothing is written when the input is wrong (unknown province, no targets).
    """
    writer = _writer(fmt)
    content = build_content(engine, province, year, period, made_on=made_on)
    path = Path(out)
    if path.is_dir():
        path = path / default_name(content.province.code, year, period, fmt)
    return writer(content, path)
