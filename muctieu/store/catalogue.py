"""The real catalogue behind the store's small protocols (`references.py`):
current administrative units from `muctieu.catalog.units`, indicators from
the YAML catalogue, and the wording matcher."""

from __future__ import annotations

from functools import lru_cache

from muctieu.catalog.indicators import catalogue
from muctieu.catalog.match import match_indicator
from muctieu.catalog.names import fold, name_key
from muctieu.catalog.units import Province, current_provinces, lookup
from muctieu.errors import MuctieuError
from muctieu.store.references import IndicatorRef, References, UnitRef

# "Xã Ia Grai" and "Ia Grai" name the same commune in an upload.
_COMMUNE_KINDS = ("xa ", "phuong ", "dac khu ", "thi tran ")


def _province_ref(p: Province) -> UnitRef:
    return UnitRef("province", p.code, p.name, p.code)


def _commune_key(name: str) -> str:
    key = fold(name)
    for kind in _COMMUNE_KINDS:
        if key.startswith(kind):
            return key[len(kind):]
    return key


class CatalogueUnits:
    """UnitResolver over the 34 current provinces and their communes."""

    def __init__(self) -> None:
        self._by_code = {p.code: p for p in current_provinces()}

    def province(self, name_or_code: str) -> UnitRef | None:
        key = name_or_code.strip()
        if key in self._by_code:
            return _province_ref(self._by_code[key])
        found = lookup(key) if name_key(key) else None
        return _province_ref(found.current) if found else None

    @lru_cache(maxsize=64)  # noqa: B019 - one resolver per command, 34 provinces
    def _communes(self, province_code: str) -> dict[str, UnitRef]:
        p = self._by_code.get(province_code)
        if p is None:
            return {}
        out: dict[str, UnitRef] = {}
        for c in p.communes:
            ref = UnitRef("commune", c.code, c.name, p.code)
            out[c.code] = ref
            out.setdefault(_commune_key(c.name), ref)
        return out

    def commune(self, name_or_code: str, province_code: str) -> UnitRef | None:
        table = self._communes(province_code)
        key = name_or_code.strip()
        return table.get(key) or table.get(_commune_key(key))

    def communes(self, province_code: str) -> list[UnitRef]:
        seen = {u.code: u for u in self._communes(province_code).values()}
        return sorted(seen.values(), key=lambda u: u.code)


class CatalogueIndicators:
    """IndicatorCatalog over `indicators.yaml`."""

    def indicator(self, indicator_id: str) -> IndicatorRef | None:
        try:
            ind = catalogue().get(indicator_id.strip())
        except MuctieuError:
            return None
        return IndicatorRef(ind.id, ind.name_vi, ind.unit)


def match_wording(wording: str, unit: str | None = None) -> tuple[str, float] | None:
    """The store's matcher shape: wording (and the record's unit) → (indicator id, score) or None."""
    hit = match_indicator(wording, unit)
    return (hit.indicator_id, hit.score) if hit else None


def catalogue_references() -> References:
    return References(units=CatalogueUnits(), indicators=CatalogueIndicators())
