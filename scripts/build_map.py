"""Rebuild muctieu/web/data/provinces-34.geojson: today's 34 provinces, derived.

Input: Natural Earth's 1:10m "Admin 1 – States, Provinces"
(ne_10m_admin_1_states_provinces, public domain), as GeoJSON or TopoJSON,
optionally gzipped; see muctieu/web/data/MAP_SOURCE.md for the copy used.
Its Vietnamese features are the 63 provinces before July 2025. Each is
identified by its ISO 3166-2 code (Natural Earth's names for three of them
are wrong: "Đông Nam Bộ" for Đồng Nai, "Đông Bắc" for Bắc Kạn, "Đồng Bằng
Sông Hồng" for Hưng Yên), matched to the package's own old → new succession
(`muctieu.catalog.units`), the polygons of each current province are
dissolved into one, simplified, and written with 3-decimal coordinates
(about 100 m).

Two islands Natural Earth puts in the wrong province are moved
(ISLAND_FIXES: Cát Bà to Hải Phòng, Côn Đảo to Bà Rịa - Vũng Tàu).
Natural Earth keeps the Paracel (Hoàng Sa) and Spratly (Trường Sa) islands
out of Vietnam as disputed areas; as on the map before, and as in
`vietnam-provinces` (Đặc khu Hoàng Sa, Đặc khu Trường Sa), they are drawn as
part of Đà Nẵng and Khánh Hòa: every feature lying wholly inside one of
ARCHIPELAGOS is added to that province (the script stops if there is none).

    .venv/bin/pip install -e '.[map]'
    .venv/bin/python scripts/build_map.py ne_10m_admin_1_states_provinces.geojson
    .venv/bin/python scripts/build_map.py ne_10m_admin_1_states_provinces.topo.json.gz

A feature without a Vietnamese ISO code but with adm0_a3 VNM is matched by
`name_vi`, else `name`; a name the package does not know stops the script,
naming it (add it to SOURCE_NAMES). So does a source that does not cover
exactly the 63 former provinces.

Needs shapely (the optional `map` extra), not the application.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from shapely.geometry import MultiPolygon, Polygon, box, mapping, shape
from shapely.ops import unary_union

from muctieu.catalog.units import current_of, lookup

OUT = Path(__file__).resolve().parents[1] / "muctieu" / "web" / "data" / "provinces-34.geojson"
TOLERANCE = 0.02  # degrees (about 2 km): a national map, not a cadastre

# ISO 3166-2:VN codes of the 63 provinces before July 2025.
ISO_3166_2 = {
    "VN-01": "Lai Châu", "VN-02": "Lào Cai", "VN-03": "Hà Giang", "VN-04": "Cao Bằng",
    "VN-05": "Sơn La", "VN-06": "Yên Bái", "VN-07": "Tuyên Quang", "VN-09": "Lạng Sơn",
    "VN-13": "Quảng Ninh", "VN-14": "Hòa Bình", "VN-18": "Ninh Bình", "VN-20": "Thái Bình",
    "VN-21": "Thanh Hóa", "VN-22": "Nghệ An", "VN-23": "Hà Tĩnh", "VN-24": "Quảng Bình",
    "VN-25": "Quảng Trị", "VN-26": "Thừa Thiên Huế", "VN-27": "Quảng Nam", "VN-28": "Kon Tum",
    "VN-29": "Quảng Ngãi", "VN-30": "Gia Lai", "VN-31": "Bình Định", "VN-32": "Phú Yên",
    "VN-33": "Đắk Lắk", "VN-34": "Khánh Hòa", "VN-35": "Lâm Đồng", "VN-36": "Ninh Thuận",
    "VN-37": "Tây Ninh", "VN-39": "Đồng Nai", "VN-40": "Bình Thuận", "VN-41": "Long An",
    "VN-43": "Bà Rịa - Vũng Tàu", "VN-44": "An Giang", "VN-45": "Đồng Tháp",
    "VN-46": "Tiền Giang", "VN-47": "Kiên Giang", "VN-49": "Vĩnh Long", "VN-50": "Bến Tre",
    "VN-51": "Trà Vinh", "VN-52": "Sóc Trăng", "VN-53": "Bắc Kạn", "VN-54": "Bắc Giang",
    "VN-55": "Bạc Liêu", "VN-56": "Bắc Ninh", "VN-57": "Bình Dương", "VN-58": "Bình Phước",
    "VN-59": "Cà Mau", "VN-61": "Hải Dương", "VN-63": "Hà Nam", "VN-66": "Hưng Yên",
    "VN-67": "Nam Định", "VN-68": "Phú Thọ", "VN-69": "Thái Nguyên", "VN-70": "Vĩnh Phúc",
    "VN-71": "Điện Biên", "VN-72": "Đắk Nông", "VN-73": "Hậu Giang", "VN-CT": "Cần Thơ",
    "VN-DN": "Đà Nẵng", "VN-HN": "Hà Nội", "VN-HP": "Hải Phòng", "VN-SG": "Hồ Chí Minh",
}
# Names in a source without ISO codes that the package does not know as they are.
SOURCE_NAMES = {"Hồ Chí Minh city": "Hồ Chí Minh", "Quàng Nam": "Quảng Nam",
                "Ðong Tháp": "Đồng Tháp", "Đông Nam Bộ": "Đồng Nai", "Đông Bắc": "Bắc Kạn",
                "Đồng Bằng Sông Hồng": "Hưng Yên"}
# Islands Natural Earth puts in the wrong province: (box, province it gives, right one).
# A part of that province's polygons lying wholly inside the box is moved.
ISLAND_FIXES = {
    "Cát Bà": (box(106.9, 20.68, 107.13, 20.88), "Quảng Ninh", "Hải Phòng"),
    "Côn Đảo": (box(106.5, 8.6, 106.75, 8.8), "Sóc Trăng", "Bà Rịa - Vũng Tàu"),
}
# Island groups outside Natural Earth's Vietnam → the former province they belong to.
ARCHIPELAGOS = {
    "Hoàng Sa (Paracel Islands)": (box(110.9, 15.4, 113.2, 17.4), "Đà Nẵng"),
    "Trường Sa (Spratly Islands)": (box(111.3, 6.0, 117.5, 12.0), "Khánh Hòa"),
}


def _arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Decode the arcs (delta-encoded and quantised if there is a transform)."""
    transform = topo.get("transform")
    out = []
    for arc in topo["arcs"]:
        if transform is None:
            out.append([(x, y) for x, y, *_ in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        pts = []
        for dx, dy, *_ in arc:
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


def _topo_geometry(geom: dict, arcs: list[list[tuple[float, float]]]) -> MultiPolygon | Polygon:
    polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
    parts = [Polygon(_ring(p[0], arcs), [_ring(h, arcs) for h in p[1:]]).buffer(0) for p in polys]
    return unary_union(parts)


def _features(data: dict) -> Iterator[tuple[dict, object]]:
    """(properties, geometry maker) of every polygon feature, GeoJSON or TopoJSON."""
    if data.get("type") == "Topology":
        arcs = _arcs(data)
        for obj in data["objects"].values():
            for g in obj.get("geometries", []):
                if g.get("type") in ("Polygon", "MultiPolygon"):
                    yield g.get("properties") or {}, lambda g=g: _topo_geometry(g, arcs)
        return
    for f in data["features"]:
        if f.get("geometry") and f["geometry"]["type"] in ("Polygon", "MultiPolygon"):
            yield f.get("properties") or {}, lambda f=f: shape(f["geometry"]).buffer(0)


def _former_name(props: dict) -> str | None:
    """The pre-2025 province a feature is, by ISO code, else by name; None if not Vietnam."""
    iso = props.get("iso_3166_2") or ""
    if iso.startswith("VN-"):
        if iso not in ISO_3166_2:
            raise SystemExit(f"unknown ISO 3166-2 code: {iso!r} ({props.get('name')!r})")
        return ISO_3166_2[iso]
    if props.get("adm0_a3") == "VNM":
        raw = props.get("name_vi") or props["name"]
        return SOURCE_NAMES.get(raw, raw)
    return None


def build(source: Path) -> dict:
    raw = source.read_bytes()
    data = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
    pieces: dict[str, list] = {}
    names: dict[str, str] = {}
    seen: set[str] = set()
    islands: dict[str, int] = dict.fromkeys([*ARCHIPELAGOS, *ISLAND_FIXES], 0)

    def add(name: str, geometry: object) -> str:
        found = lookup(name)
        if found is None or found.old is None:
            raise SystemExit(f"not one of the 63 former provinces: {name!r}")
        current = current_of(found.old)
        pieces.setdefault(current.code, []).append(geometry)
        names[current.code] = current.name
        return found.old.code

    for props, make in _features(data):
        name = _former_name(props)
        if name is not None:
            geometry = make()
            for island, (area, wrong, right) in ISLAND_FIXES.items():
                if name == wrong:
                    parts = list(getattr(geometry, "geoms", [geometry]))
                    moved = [p for p in parts if area.contains(p)]
                    if moved:
                        add(right, unary_union(moved))
                        geometry = unary_union([p for p in parts if not area.contains(p)])
                        islands[island] += len(moved)
            code = add(name, geometry)
            if code in seen:
                raise SystemExit(f"former province {name!r} appears twice")
            seen.add(code)
            continue
        geometry = make()
        for group, (area, owner) in ARCHIPELAGOS.items():
            if not geometry.is_empty and area.contains(geometry):
                add(owner, geometry)
                islands[group] += 1
    if len(seen) != 63:
        raise SystemExit(f"the source covers {len(seen)} former provinces, not 63")
    for group in ARCHIPELAGOS:
        if not islands[group]:
            raise SystemExit(f"no polygon of {group} in the source")
    features = []
    for code in sorted(pieces):
        merged = unary_union(pieces[code]).simplify(TOLERANCE, preserve_topology=True)
        geo = json.loads(json.dumps(mapping(merged)), parse_float=lambda s: round(float(s), 3))
        features.append({"type": "Feature", "properties": {"code": code, "name": names[code]},
                         "geometry": geo})
    for group, count in islands.items():
        print(f"{group}: {count} polygon(s) placed", file=sys.stderr)
    return {"type": "FeatureCollection", "features": features}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    data = build(Path(sys.argv[1]))
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(data['features'])} provinces, {OUT.stat().st_size:,} bytes")
