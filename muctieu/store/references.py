"""What the store needs from the catalogue, as small protocols.

The administrative units and the indicator catalogue live in
`muctieu.catalog`; the store only asks these questions of them, so any
implementation (the real catalogue, a test double, a benchmark's synthetic
units) can be handed in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class UnitRef:
    """A current administrative unit."""

    level: str  # "province" or "commune"
    code: str
    name: str
    province_code: str  # the unit's own code for a province


@dataclass(frozen=True, slots=True)
class IndicatorRef:
    """A catalogue indicator: canonical id, Vietnamese name and unit ("%", "count"...)."""

    id: str
    name: str
    unit: str


class UnitResolver(Protocol):
    def province(self, name_or_code: str) -> UnitRef | None:
        """The current province for a name or code (old names map to the new unit)."""

    def commune(self, name_or_code: str, province_code: str) -> UnitRef | None:
        """The current commune with this name or code inside the province."""

    def communes(self, province_code: str) -> list[UnitRef]:
        """Every current commune of the province."""


class IndicatorCatalog(Protocol):
    def indicator(self, indicator_id: str) -> IndicatorRef | None:
        """The indicator with this canonical id, or None."""


# `muctieu.catalog.match.match_indicator`'s shape: wording -> (id, score) or None.
Matcher = Callable[[str, "str | None"], "tuple[str, float] | None"]  # (wording, unit)


@dataclass(frozen=True)
class References:
    """The catalogue answers one store operation needs."""

    units: UnitResolver
    indicators: IndicatorCatalog


class StaticUnits:
    """A UnitResolver over a fixed list of units (tests, benchmarks, small setups)."""

    def __init__(self, units: list[UnitRef]) -> None:
        self._provinces: dict[str, UnitRef] = {}
        self._communes: dict[str, dict[str, UnitRef]] = {}
        for u in units:
            if u.level == "province":
                self._provinces[u.code] = u
                self._provinces[u.name.casefold()] = u
            else:
                by_key = self._communes.setdefault(u.province_code, {})
                by_key[u.code] = u
                by_key[u.name.casefold()] = u

    def province(self, name_or_code: str) -> UnitRef | None:
        key = name_or_code.strip()
        return self._provinces.get(key) or self._provinces.get(key.casefold())

    def commune(self, name_or_code: str, province_code: str) -> UnitRef | None:
        by_key = self._communes.get(province_code, {})
        key = name_or_code.strip()
        return by_key.get(key) or by_key.get(key.casefold())

    def communes(self, province_code: str) -> list[UnitRef]:
        seen = {id(u): u for u in self._communes.get(province_code, {}).values()}
        return sorted(seen.values(), key=lambda u: u.code)


class StaticIndicators:
    """An IndicatorCatalog over a fixed list of indicators."""

    def __init__(self, indicators: list[IndicatorRef]) -> None:
        self._by_id = {i.id: i for i in indicators}

    def indicator(self, indicator_id: str) -> IndicatorRef | None:
        return self._by_id.get(indicator_id.strip())
