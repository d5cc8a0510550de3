"""Problems found in an upload: row, column, value and a bilingual message."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from muctieu.store.upload_columns import BY_KEY


@dataclass(frozen=True, slots=True)
class Problem:
    row: int  # as the spreadsheet shows it (header = 1)
    column: str | None  # column key; None for the row as a whole
    value: str
    vi: str
    en: str

    def line(self) -> str:
        col = BY_KEY[self.column] if self.column else None
        where_vi = f"dòng {self.row}" + (f", cột '{col.vi}'" if col else "")
        where_en = f"row {self.row}" + (f", column '{col.en}'" if col else "")
        shown = f" ({self.value!r})" if self.value else ""
        return f"{where_vi}{shown}: {self.vi} / {where_en}: {self.en}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class ImportReport:
    """What an import did: counts, and every problem found."""

    source: str
    rows: int = 0  # data rows read (blank and unfilled template rows excluded)
    inserted: int = 0
    replaced: int = 0
    unchanged: int = 0
    rejected_rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    written: bool = False

    def to_json(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in
             ("source", "rows", "inserted", "replaced", "unchanged", "rejected_rows", "written")}
        d["problems"] = [p.to_json() for p in self.problems]
        return d
