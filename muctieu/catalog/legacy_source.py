"""Build data/legacy_units.json (the 63 pre-2025 provinces) from vietnamadminunits.

Run ``python -m muctieu.catalog.legacy_source`` after upgrading the pinned
package. The file is generated, never edited: importing vietnamadminunits
costs about half a second (it loads shapely and geopy), too slow to pay in
every `muctieu extract`, so its data is read once here and saved.

Uses the package's public API only: `database.get_data` for the provinces
and their districts, `convert_address` for each old province's current one.
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).parent / "data" / "legacy_units.json"
PACKAGE = "vietnamadminunits"
_FIELDS = [
    "provinceCode", "province", "provinceShort", "provinceAlias",
    "districtCode", "district", "districtShort", "districtType",
]


def _province_kind(full_name: str, short: str) -> str:
    # The dataset writes the type into the full name: "Tỉnh Bình Định".
    return full_name[: -len(short)].strip().lower()


def build() -> dict[str, Any]:
    """The legacy units as the package holds them, in the file's layout."""
    from vietnamadminunits import convert_address
    from vietnamadminunits.database import get_data

    provinces: dict[str, dict[str, Any]] = {}
    for row in get_data(fields=_FIELDS, table="admin_units_legacy"):
        code = row["provinceCode"]
        if code not in provinces:
            current = convert_address(row["province"])
            provinces[code] = {
                "code": code,
                "name": row["provinceShort"],
                "full_name": row["province"],
                "kind": _province_kind(row["province"], row["provinceShort"]),
                "aliases": json.loads(row["provinceAlias"] or "[]"),
                "current_code": current.province_code,
                "districts": [],
            }
        provinces[code]["districts"].append({
            "code": row["districtCode"],
            "name": row["district"],
            "short": row["districtShort"],
            "kind": row["districtType"].lower(),
        })
    for p in provinces.values():
        p["districts"].sort(key=lambda d: d["code"])
    return {
        "source": f"{PACKAGE} {version(PACKAGE)}",
        "provinces": sorted(provinces.values(), key=lambda p: p["code"]),
    }


def render(data: dict[str, Any]) -> str:
    """The file's text: one district per line keeps it small and diffs readable."""
    def line(obj: Any) -> str:
        return json.dumps(obj, ensure_ascii=False)

    provinces = []
    for p in data["provinces"]:
        head = line({k: v for k, v in p.items() if k != "districts"})[:-1]
        districts = ",\n".join(f"   {line(d)}" for d in p["districts"])
        provinces.append(f' {head}, "districts": [\n{districts}\n ]}}')
    body = ",\n".join(provinces)
    return f'{{"source": {line(data["source"])}, "provinces": [\n{body}\n]}}\n'


def main() -> None:
    DATA_FILE.write_text(render(build()), encoding="utf-8")
    print(f"wrote {DATA_FILE}")


if __name__ == "__main__":
    main()
