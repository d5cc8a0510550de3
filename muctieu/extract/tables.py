"""Table rows ("Chỉ tiêu | 2024 | 2025"): placeholder until tables are read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Table:
    header: list[str]


def table_records(text: str, ls: int, le: int, table: Table | None, ctx: Any) -> tuple[Table | None, list | None]:
    return None, None
