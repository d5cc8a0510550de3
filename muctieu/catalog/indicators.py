"""The indicator catalogue: typed records loaded from `data/indicators.yaml`."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from rapidfuzz import process

from muctieu.errors import MuctieuError
from muctieu.extract.records import PILLARS, Op, Unit

DATA_FILE = Path(__file__).parent / "data" / "indicators.yaml"

Direction = Literal["higher", "lower"]
Aggregation = Literal["ratio", "sum", "mean", "none"]

# Dotted snake_case: a domain, then what is measured (`egov.online_applications_share`).
ID_PATTERN = r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Bilingual(_Frozen):
    vi: str = Field(min_length=1)
    en: str = Field(min_length=1)


class NationalTarget(_Frozen):
    """A national figure for an indicator, with the text it was read in."""

    year: int = Field(ge=2000, le=2100)
    op: Op
    value: float
    decision: str = Field(pattern=r"^\d+/QĐ-[A-Za-zĐ]+$")
    section: str = Field(min_length=1)
    scope: str | None = None
    source_url: str | None = None
    note: str | None = None


class Indicator(_Frozen):
    id: str = Field(pattern=ID_PATTERN)
    name_vi: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    pillar: str
    unit: Unit
    unit_text: str | None = None
    direction: Direction
    aggregation: Aggregation
    numerator: Bilingual | None = None
    denominator: Bilingual | None = None
    national_targets: tuple[NationalTarget, ...] = ()
    wordings: tuple[str, ...] = ()

    @field_validator("pillar")
    @classmethod
    def _known_pillar(cls, v: str) -> str:
        if v not in PILLARS:
            raise ValueError(f"pillar '{v}' is not one of {', '.join(PILLARS)}")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> Indicator:
        if self.aggregation == "ratio" and (self.numerator is None or self.denominator is None):
            raise ValueError("a ratio indicator needs a numerator and a denominator")
        if self.unit == "other" and not self.unit_text:
            raise ValueError("unit 'other' needs unit_text")
        return self

    def unit_label(self) -> str:
        return self.unit_text if self.unit == "other" and self.unit_text else self.unit


class Catalogue:
    """All indicators, by id, in file order."""

    def __init__(self, indicators: list[Indicator], source: str) -> None:
        self.indicators: tuple[Indicator, ...] = tuple(indicators)
        self.by_id: dict[str, Indicator] = {}
        for i, ind in enumerate(indicators):
            if ind.id in self.by_id:
                raise MuctieuError(
                    f"mã chỉ tiêu '{ind.id}' bị trùng (mục {i + 1})",
                    f"indicator id '{ind.id}' is duplicated (entry {i + 1})",
                    where=source,
                )
            self.by_id[ind.id] = ind

    def __len__(self) -> int:
        return len(self.indicators)

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self.indicators)

    def closest_ids(self, query: str, limit: int = 3) -> list[str]:
        hits = process.extract(query, list(self.by_id), limit=limit)
        return [hit[0] for hit in hits]

    def get(self, indicator_id: str) -> Indicator:
        """The indicator `indicator_id`; an unknown id raises a bilingual error naming the nearest ids."""
        try:
            return self.by_id[indicator_id]
        except KeyError:
            near = ", ".join(self.closest_ids(indicator_id))
            raise MuctieuError(
                f"không có chỉ tiêu '{indicator_id}'; gần nhất: {near}",
                f"no indicator '{indicator_id}'; closest: {near}",
                where="indicators",
            ) from None


def _entry_name(raw: object, index: int) -> str:
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        return f"mục/entry {index + 1} ({raw['id']})"
    return f"mục/entry {index + 1}"


def load_catalogue(path: Path = DATA_FILE) -> Catalogue:
    """Read and validate a catalogue file; any defect is a bilingual error naming file and entry."""
    where = str(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise MuctieuError(
            f"không đọc được danh mục chỉ tiêu ({exc})",
            f"cannot read the indicator catalogue ({exc})",
            where=where,
        ) from None
    if not isinstance(raw, list):
        raise MuctieuError(
            "danh mục chỉ tiêu phải là một danh sách",
            "the indicator catalogue must be a list",
            where=where,
        )
    indicators = []
    for i, entry in enumerate(raw):
        try:
            indicators.append(Indicator.model_validate(entry))
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "-"
            raise MuctieuError(
                f"chỉ tiêu không hợp lệ, trường '{field}': {first['msg']}",
                f"invalid indicator, field '{field}': {first['msg']}",
                where=f"{where}, {_entry_name(entry, i)}",
            ) from None
    return Catalogue(indicators, where)


@functools.cache
def catalogue() -> Catalogue:
    """The catalogue shipped with the package, loaded once."""
    return load_catalogue()
