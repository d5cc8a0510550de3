"""Rebuild muctieu/web/data/provinces-34.geojson: today's 34 provinces, derived.

Input: the 63 former provinces' boundaries as TopoJSON (Open Development
Mekong's "Địa phận tỉnh" data set as converted by the repository
phamductu/vietnamese-provincial-icons, file data/diaphantinh.json; see
muctieu/web/data/MAP_SOURCE.md). Each former province is matched to the
package's own old → new succession (`muctieu.catalog.units`), the polygons
of each current province are dissolved into one, simplified, and written
with 3-decimal coordinates (about 100 m).

    .venv/bin/pip install -e '.[map]'
    .venv/bin/python scripts/build_map.py diaphantinh.json
    .venv/bin/python scripts/build_map.py ne_10m_admin_1_states_provinces.geojson

A GeoJSON FeatureCollection works too (Natural Earth's admin-1: the features
whose `adm0_a3` is VNM, named by `name_vi`, else `name`); a name the package
does not know stops the script, naming it (add it to SOURCE_NAMES).

Needs shapely (the optional `map` extra), not the application.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.ops import unary_union

from muctieu.catalog.units import current_of, lookup

OUT = Path(__file__).resolve().parents[1] / "muctieu" / "web" / "data" / "provinces-34.geojson"
TOLERANCE = 0.02  # degrees (about 2 km): a national map, not a cadastre
# Misspellings in the source's names, fixed before lookup.
SOURCE_NAMES = {"Cần Thơn": "Cần Thơ", "Kien Giang": "Kiên Giang", "Quản Bình": "Quảng Bình",
                "Bà Rịa -Vũng Tàu": "Bà Rịa - Vũng Tàu"}


def _arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Decode the delta-encoded, quantised arcs into longitude/latitude."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc if not pts else arc[1:])
    return pts


def _geometry(geom: dict, arcs: list[list[tuple[float, float]]]) -> MultiPolygon | Polygon:
    polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
    parts = [Polygon(_ring(p[0], arcs), [_ring(h, arcs) for h in p[1:]]).buffer(0) for p in polys]
    return unary_union(parts)


def _named_shapes(data: dict) -> list[tuple[str, MultiPolygon | Polygon]]:
    """(name, polygons) of each former province, from TopoJSON or GeoJSON."""
    if data.get("type") == "Topology":
        arcs = _arcs(data)
        return [(g["properties"]["ten_tinh"], _geometry(g, arcs))
                for g in next(iter(data["objects"].values()))["geometries"]]
    out = []
    for f in data["features"]:
        props = f["properties"]
        if props.get("adm0_a3", "VNM") != "VNM":
            continue
        out.append((props.get("name_vi") or props["name"], shape(f["geometry"]).buffer(0)))
    return out


def build(source: Path) -> dict:
    data = json.loads(source.read_text(encoding="utf-8"))
    pieces: dict[str, list] = {}
    names: dict[str, str] = {}
    seen: set[str] = set()
    for raw, geometry in _named_shapes(data):
        found = lookup(SOURCE_NAMES.get(raw, raw))
        if found is None or found.old is None:
            raise SystemExit(f"not one of the 63 former provinces: {raw!r}")
        seen.add(found.old.code)
        current = current_of(found.old)
        pieces.setdefault(current.code, []).append(geometry)
        names[current.code] = current.name
    if len(seen) != 63:
        raise SystemExit(f"the source covers {len(seen)} former provinces, not 63")
    features = []
    for code in sorted(pieces):
        merged = unary_union(pieces[code]).simplify(TOLERANCE, preserve_topology=True)
        geo = json.loads(json.dumps(mapping(merged)), parse_float=lambda s: round(float(s), 3))
        features.append({"type": "Feature", "properties": {"code": code, "name": names[code]},
                         "geometry": geo})
    return {"type": "FeatureCollection", "features": features}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    data = build(Path(sys.argv[1]))
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(data['features'])} provinces, {OUT.stat().st_size:,} bytes")
