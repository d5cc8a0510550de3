"""The columns of an observation upload (the XLSX template and CSV files alike).

Row 1 holds the Vietnamese headers, row 2 (optional in CSV) the English
ones; data starts below. Either header language is accepted on import.
"""

from __future__ import annotations

from dataclasses import dataclass

from muctieu.errors import MuctieuError


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    vi: str
    en: str
    entered: bool  # filled in by the reporting unit (else prefilled, for reading)


COLUMNS: tuple[Column, ...] = (
    Column("indicator_id", "Mã chỉ tiêu", "Indicator ID", False),
    Column("indicator_name", "Tên chỉ tiêu", "Indicator name", False),
    Column("unit", "Đơn vị tính", "Unit", False),
    Column("scope", "Phạm vi", "Scope", False),
    Column("target", "Chỉ tiêu kế hoạch", "Plan target", False),
    Column("province", "Tỉnh/thành phố", "Province", False),
    Column("unit_code", "Mã đơn vị (xã hoặc tỉnh)", "Unit code (commune or province)", True),
    Column("year", "Năm", "Year", True),
    Column("quarter", "Quý", "Quarter", True),
    Column("month", "Tháng", "Month", True),
    Column("value", "Giá trị", "Value", True),
    Column("numerator", "Tử số", "Numerator", True),
    Column("denominator", "Mẫu số", "Denominator", True),
    Column("note", "Ghi chú", "Note", True),
)
BY_KEY = {c.key: c for c in COLUMNS}
POSITION = {c.key: i for i, c in enumerate(COLUMNS)}
REQUIRED = ("indicator_id", "year")
_HEADERS = {h.casefold(): c.key for c in COLUMNS for h in (c.vi, c.en, c.key)}


def header_keys(cells: list[object], where: str) -> list[str | None]:
    """Map a header row to column keys (None for columns muctieu ignores)."""
    keys = [_HEADERS.get(str(c).strip().casefold()) if c is not None else None for c in cells]
    missing = [BY_KEY[k] for k in REQUIRED if k not in keys]
    if missing:
        names = ", ".join(f"'{c.vi}'" for c in missing)
        names_en = ", ".join(f"'{c.en}'" for c in missing)
        raise MuctieuError(
            f"thiếu cột {names} ở dòng tiêu đề", f"missing column {names_en} in the header row",
            where=where,
        )
    if not any(k in keys for k in ("value", "numerator")):
        raise MuctieuError(
            f"thiếu cột '{BY_KEY['value'].vi}' hoặc '{BY_KEY['numerator'].vi}'",
            f"missing column '{BY_KEY['value'].en}' or '{BY_KEY['numerator'].en}'",
            where=where,
        )
    return keys


def is_english_header(cells: list[object]) -> bool:
    """True for the template's second header row (the English names)."""
    english = {c.en.casefold() for c in COLUMNS}
    named = [str(c).strip().casefold() for c in cells if c not in (None, "")]
    return bool(named) and all(n in english for n in named)
