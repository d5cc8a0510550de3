"""Reading numbers and text from spreadsheet or CSV cells."""

from __future__ import annotations

import math
import re

_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def parse_number(cell: object) -> float | None:
    """A number from a cell; None when empty. Raises ValueError when unreadable.

    Text follows Vietnamese usage: "61,5" and "1.234,5" use a decimal comma,
    "1.234.567" dots between thousands; "61.5" and "1,234.5" are read too.
    """
    if cell is None:
        return None
    if isinstance(cell, bool):
        raise ValueError(cell)
    if isinstance(cell, int | float):
        if isinstance(cell, float) and not math.isfinite(cell):
            raise ValueError(cell)
        return float(cell)
    s = str(cell).strip().replace("\u00a0", "").replace(" ", "").removesuffix("%")
    if not s:
        return None
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):  # 1.234,5
            s = s.replace(".", "").replace(",", ".")
        else:  # 1,234.5
            s = s.replace(",", "")
    elif "," in s:
        s = s.replace(",", "") if s.count(",") > 1 else s.replace(",", ".")
    elif s.count(".") > 1:
        s = s.replace(".", "")
    if not _PLAIN_NUMBER.fullmatch(s):
        raise ValueError(cell)
    return float(s)


def whole_number(cell: object, lo: int, hi: int) -> int | None:
    """A whole number in [lo, hi] from a cell; None when empty, else ValueError."""
    n = parse_number(cell)
    if n is None:
        return None
    if not n.is_integer() or not lo <= n <= hi:
        raise ValueError(cell)
    return int(n)


def cell_text(cell: object) -> str:
    """A cell as trimmed text ("" when empty)."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))  # a code typed into a numeric cell
    return str(cell).strip()
