"""Reading upload rows from .csv or .xlsx, streaming, with their row numbers."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path

from muctieu.errors import InputError
from muctieu.store.upload_columns import COLUMNS, POSITION, header_keys, is_english_header

# A data row's cells in COLUMNS order (None for a column the file lacks).
RawRow = tuple[object, ...]
DATA_SHEET = "Số liệu"


def cell_of(raw: RawRow, key: str) -> object:
    return raw[POSITION[key]]


def _blank(row: list[object]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in row)


def _rows(cells: Iterator[list[object]], where: str) -> Iterator[tuple[int, RawRow]]:
    """Numbered data rows (1-based, as a spreadsheet shows them); blank rows skipped."""
    try:
        header = next(cells)
    except StopIteration:
        raise InputError("tệp rỗng", "file is empty", where=where) from None
    keys = header_keys(header, where)
    width = len(keys)
    found: dict[str, int] = {}
    for i, k in enumerate(keys):
        if k is not None:
            found.setdefault(k, i)
    # Position `width` holds the None appended to every row: absent columns read it.
    pick = itemgetter(*(found.get(c.key, width) for c in COLUMNS))
    for number, row in enumerate(cells, start=2):
        if not any(row) and _blank(row):  # any() settles the usual, non-blank row
            continue
        if number == 2 and is_english_header(row):
            continue
        if len(row) != width:
            row = (list(row) + [None] * width)[:width]
        row.append(None)
        yield number, pick(row)


def _csv_cells(path: Path, where: str) -> Iterator[list[object]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            sample = f.read(4096)
            f.seek(0)
            # Spreadsheets saved in Vietnamese locales often use ";" because
            # "," is the decimal separator there.
            delimiter = ";" if sample.count(";") > sample.count(",") else ","
            yield from csv.reader(f, delimiter=delimiter)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"tệp CSV không phải UTF-8 (byte {exc.start})",
            f"CSV file is not UTF-8 (byte {exc.start})",
            where=where,
        ) from None


def _xlsx_cells(path: Path, where: str) -> Iterator[list[object]]:
    from openpyxl import load_workbook  # only needed for spreadsheets

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a broken file
        raise InputError(
            f"không đọc được tệp Excel: {exc}", f"cannot read the Excel file: {exc}", where=where
        ) from None
    try:
        ws = wb[DATA_SHEET] if DATA_SHEET in wb.sheetnames else wb.worksheets[0]
        for row in ws.iter_rows(values_only=True):
            yield list(row)
    finally:
        wb.close()


def read_rows(path: str | Path) -> Iterator[tuple[int, RawRow]]:
    """Rows of an upload as {column key: cell}, numbered as the file shows them."""
    p = Path(path)
    where = str(path)
    if not p.is_file():
        raise InputError("không tìm thấy tệp", "file not found", where=where)
    suffix = p.suffix.lower()
    if suffix == ".csv":
        cells = _csv_cells(p, where)
    elif suffix in (".xlsx", ".xlsm"):
        cells = _xlsx_cells(p, where)
    else:
        raise InputError(
            f"định dạng '{suffix}' không được hỗ trợ (cần .csv hoặc .xlsx)",
            f"format '{suffix}' is not supported (need .csv or .xlsx)",
            where=where,
        )
    return _rows(cells, where)
