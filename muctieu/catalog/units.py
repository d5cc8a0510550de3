"""Administrative units: the 34 provinces since July 2025, the 63 before, and
how the old ones map to the new.

Current provinces and their communes (with official codes) come from the
pinned `vietnam-provinces` package; the pre-2025 provinces, their districts
and the old → current mapping from `vietnamadminunits`, saved by
`legacy_source.py` into data/legacy_units.json. Former names no package
carries ("Thừa Thiên Huế") are in data/former_names.json with their source.

Everything loads once, on first use (about 20 ms), then lookups are dict hits.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from muctieu.catalog.names import fold, name_key, strip_prefix
from muctieu.errors import MuctieuError

DATA_DIR = Path(__file__).parent / "data"
LEGACY_FILE = DATA_DIR / "legacy_units.json"
FORMER_NAMES_FILE = DATA_DIR / "former_names.json"

# vietnam-provinces kinds → the two a reader expects.
_PROVINCE_KIND = {"tỉnh": "tỉnh", "thành phố trung ương": "thành phố"}


@dataclass(frozen=True, slots=True)
class Commune:
    """A commune-level unit of a current province: xã, phường or đặc khu."""

    code: str  # five digits, e.g. "00070"
    name: str  # with its kind, e.g. "Phường Hoàn Kiếm"
    kind: str  # "xã", "phường", "đặc khu"


@dataclass(frozen=True, slots=True)
class District:
    """A district-level unit of a pre-2025 province (that tier no longer exists)."""

    code: str  # three digits, e.g. "622"
    name: str  # e.g. "Thành phố Pleiku"
    short: str  # e.g. "Pleiku"
    kind: str  # "huyện", "thị xã", "thành phố", "quận"


@dataclass(frozen=True, slots=True)
class OldProvince:
    """One of the 63 provinces before the July 2025 merger."""

    code: str  # pre-2025 code; may equal a different current province's code
    name: str  # e.g. "Bình Định"
    full_name: str  # e.g. "Tỉnh Bình Định"
    kind: str  # "tỉnh" or "thành phố"
    current_code: str  # code of the current province it is now part of
    districts: tuple[District, ...]
    former_names: tuple[str, ...] = ()  # e.g. ("Thừa Thiên Huế",) for Huế
    aliases: tuple[str, ...] = ()  # folded short forms, e.g. ("hcm",)


@dataclass(frozen=True, slots=True)
class Province:
    """One of the 34 provinces and centrally-run cities since July 2025."""

    code: str  # two digits, e.g. "52"
    name: str  # e.g. "Gia Lai", "Hà Nội"
    full_name: str  # e.g. "Tỉnh Gia Lai", "Thành phố Hà Nội"
    kind: str  # "tỉnh" or "thành phố"
    communes: tuple[Commune, ...]
    merged_from: tuple[OldProvince, ...]  # the pre-2025 provinces it covers


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a province name denotes: a current province and, if the name is
    one of a pre-2025 province, that province too."""

    current: Province
    old: OldProvince | None

    @property
    def merged(self) -> bool:
        """True when the old province now belongs to a differently named one."""
        return self.old is not None and self.old.name != self.current.name


class UnknownUnitError(MuctieuError):
    """A province name that matches no current or pre-2025 province."""

    def __init__(self, name: str, closest: list[str], *, where: str | None = None) -> None:
        self.name = name
        self.closest = closest
        near = ", ".join(closest)
        super().__init__(
            f"không tìm thấy tỉnh/thành phố '{name}' (gần nhất: {near})",
            f"province or city '{name}' not found (closest: {near})",
            where=where,
        )


_U = TypeVar("_U", "Province", "OldProvince")


@dataclass(frozen=True, slots=True)
class _Catalog:
    current: tuple[Province, ...]
    old: tuple[OldProvince, ...]
    current_by_key: dict[str, Province]
    old_by_key: dict[str, OldProvince]
    names: dict[str, str]  # every known display name → its folded form


def _vietnam_provinces_file() -> Path:
    # Found without importing the package: its __init__ builds an enum of
    # every ward code (~70 ms). The path is the package's own public
    # NESTED_DIVISIONS_JSON_PATH; a test checks they agree.
    spec = importlib.util.find_spec("vietnam_provinces")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("vietnam-provinces is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "nested-divisions.json"


def _load_old() -> tuple[OldProvince, ...]:
    data = json.loads(LEGACY_FILE.read_text(encoding="utf-8"))
    former: dict[str, list[str]] = {}
    for entry in json.loads(FORMER_NAMES_FILE.read_text(encoding="utf-8"))["names"]:
        former.setdefault(str(entry["old_code"]), []).append(entry["name"])
    return tuple(
        OldProvince(
            code=p["code"], name=p["name"], full_name=p["full_name"], kind=p["kind"],
            current_code=p["current_code"],
            districts=tuple(District(**d) for d in p["districts"]),
            former_names=tuple(former.get(p["code"], ())),
            aliases=tuple(p["aliases"]),
        )
        for p in data["provinces"]
    )


def _load_current(old: tuple[OldProvince, ...]) -> tuple[Province, ...]:
    raw = json.loads(_vietnam_provinces_file().read_bytes())
    provinces = []
    for p in raw:
        code = f"{p['code']:02d}"
        kind = _PROVINCE_KIND[p["division_type"]]
        name = p["name"].removeprefix("Thành phố ").strip()
        provinces.append(Province(
            code=code, name=name, full_name=f"{kind.capitalize()} {name}", kind=kind,
            communes=tuple(
                Commune(code=f"{w['code']:05d}", name=w["name"], kind=w["division_type"])
                for w in p["wards"]
            ),
            merged_from=tuple(o for o in old if o.current_code == code),
        ))
    return tuple(provinces)


def _index(items: dict[str, list[_U]]) -> dict[str, _U]:
    # A key shared by two units would make lookups guess; refuse to load.
    clashes = {k: v for k, v in items.items() if len(v) > 1}
    if clashes:
        raise RuntimeError(f"ambiguous unit names: {sorted(clashes)}")
    return {k: v[0] for k, v in items.items()}


@cache
def _catalog() -> _Catalog:
    old = _load_old()
    current = _load_current(old)
    old_keys: dict[str, list[OldProvince]] = {}
    names: dict[str, str] = {}
    for o in old:
        keys = {name_key(n) for n in (o.name, o.full_name, *o.former_names)} | set(o.aliases)
        for k in keys:
            old_keys.setdefault(k, []).append(o)
        for n in (o.name, *o.former_names):
            names[n] = strip_prefix(fold(n))
    cur_keys: dict[str, list[Province]] = {}
    for p in current:
        for k in {name_key(p.name), name_key(p.full_name)}:
            cur_keys.setdefault(k, []).append(p)
        names[p.name] = strip_prefix(fold(p.name))
    return _Catalog(
        current=current, old=old,
        current_by_key=_index(cur_keys),
        old_by_key=_index(old_keys),
        names=names,
    )


def current_provinces() -> tuple[Province, ...]:
    """The 34 current provinces and centrally-run cities, by official code."""
    return _catalog().current


def old_provinces() -> tuple[OldProvince, ...]:
    """The 63 pre-2025 provinces, by their pre-2025 code."""
    return _catalog().old


def current_of(old: OldProvince) -> Province:
    """The current province an old province is now part of."""
    return next(p for p in _catalog().current if p.code == old.current_code)


def closest_names(name: str, limit: int = 3) -> list[str]:
    """The known province names (old and current) nearest to `name`."""
    from rapidfuzz import fuzz, process  # only paid for when a name is wrong

    names = _catalog().names
    query = strip_prefix(fold(name))
    found = process.extract(query, names, scorer=fuzz.WRatio, processor=None, limit=limit)
    return [display for _folded, _score, display in found]


def lookup(name: str) -> Resolved | None:
    """What a province name denotes, or None; see `resolve`."""
    cat = _catalog()
    key = name_key(name)
    old = cat.old_by_key.get(key)
    if old is not None:
        return Resolved(current=current_of(old), old=old)
    current = cat.current_by_key.get(key)
    if current is not None:
        return Resolved(current=current, old=None)
    return None


def resolve(name: str, *, where: str | None = None) -> Resolved:
    """What a province name denotes, old or new; case, diacritics and prefixes
    ("tỉnh", "thành phố", "TP.") do not matter.

    "Bình Định" → old Bình Định, current Gia Lai; "Thừa Thiên Huế" → old Huế,
    current Huế. Raises UnknownUnitError naming the three closest names.
    """
    if not name_key(name):
        raise MuctieuError("tên tỉnh/thành phố trống", "empty province name", where=where)
    found = lookup(name)
    if found is None:
        raise UnknownUnitError(name.strip(), closest_names(name), where=where)
    return found


def find_province(name: str, *, where: str | None = None) -> Province:
    """The current province `name` denotes (an old name gives its successor)."""
    return resolve(name, where=where).current
