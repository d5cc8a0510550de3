"""The 34-province map as SVG paths, drawn on the server (no map script).

`data/provinces-34.geojson` is derived by scripts/build_map.py (source and
licence in data/MAP_SOURCE.md). Coordinates are projected plate carrée with
longitude scaled by cos(16°N), the middle of the country.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MAP_FILE = Path(__file__).parent / "data" / "provinces-34.geojson"
WIDTH = 300.0
_KX = math.cos(math.radians(16.0))


@dataclass(frozen=True, slots=True)
class Shape:
    code: str
    name: str
    d: str  # SVG path data


@dataclass(frozen=True, slots=True)
class MapShapes:
    width: float
    height: float
    shapes: tuple[Shape, ...]


def _rings(geometry: dict) -> list[list[list[float]]]:
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [ring for poly in polys for ring in poly]


@cache
def map_shapes() -> MapShapes:
    features = json.loads(MAP_FILE.read_text(encoding="utf-8"))["features"]
    pts = [pt for f in features for ring in _rings(f["geometry"]) for pt in ring]
    min_x = min(p[0] for p in pts) * _KX
    max_x = max(p[0] for p in pts) * _KX
    min_y, max_y = min(p[1] for p in pts), max(p[1] for p in pts)
    k = WIDTH / (max_x - min_x)
    shapes = []
    for f in features:
        parts = []
        for ring in _rings(f["geometry"]):
            xy = [f"{(lon * _KX - min_x) * k:.1f},{(max_y - lat) * k:.1f}" for lon, lat in ring]
            parts.append("M" + "L".join(xy) + "Z")
        props = f["properties"]
        shapes.append(Shape(props["code"], props["name"], "".join(parts)))
    return MapShapes(WIDTH, round((max_y - min_y) * k, 1), tuple(shapes))
