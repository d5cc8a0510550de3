"""A province map as inline SVG, drawn from a GeoJSON file: no script, no tiles.

Features are matched to today's provinces by any property holding a province
code or name (old names lead to their successor), so the map file's own
field names do not matter. Unmatched features are drawn grey.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from html import escape
from pathlib import Path
from typing import Any

from muctieu.catalog.units import current_provinces, lookup
from muctieu.errors import MuctieuError

Ring = list[tuple[float, float]]
WIDTH = 360.0


def _rings(geometry: Mapping[str, Any]) -> Iterator[Ring]:
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    polygons = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else []
    for polygon in polygons:
        for ring in polygon:
            yield [(float(x), float(y)) for x, y, *_ in ring]


def _province_code(props: Mapping[str, Any], codes: set[str]) -> str | None:
    values = [v for v in props.values() if isinstance(v, (str, int)) and not isinstance(v, bool)]
    for v in values:
        text = str(v).strip()
        if text.isdigit() and text.zfill(2) in codes:
            return text.zfill(2)
    for v in values:
        found = lookup(str(v)) if isinstance(v, str) else None
        if found is not None:
            return found.current.code
    return None


def read_features(path: Path) -> list[tuple[str | None, list[Ring]]]:
    """(province code or None, rings) for each feature of a GeoJSON file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        features = data["features"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise MuctieuError(f"không đọc được bản đồ GeoJSON ({exc})", f"cannot read the GeoJSON map ({exc})",
                           where=str(path)) from None
    codes = {p.code for p in current_provinces()}
    return [(_province_code(f.get("properties") or {}, codes), list(_rings(f.get("geometry") or {})))
            for f in features]


def render_map(path: Path, fills: Mapping[str, str], titles: Mapping[str, str],
               links: Mapping[str, str]) -> str:
    """An <svg> of the features: `fills`, `titles` and `links` by province code."""
    features = read_features(path)
    points = [pt for _, rings in features for ring in rings for pt in ring]
    if not points:
        raise MuctieuError("bản đồ GeoJSON không có vùng nào", "the GeoJSON map has no polygons", where=str(path))
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    # Equirectangular, x shrunk by the cosine of the middle latitude: close enough for one country.
    k = math.cos(math.radians((min(ys) + max(ys)) / 2))
    span_x, span_y = (max(xs) - min(xs)) * k or 1.0, (max(ys) - min(ys)) or 1.0
    scale = WIDTH / span_x
    height = span_y * scale

    def xy(p: tuple[float, float]) -> str:
        return f"{(p[0] - min(xs)) * k * scale:.1f},{(max(ys) - p[1]) * scale:.1f}"

    shapes = []
    for code, rings in features:
        d = " ".join("M" + " L".join(xy(p) for p in ring) + " Z" for ring in rings)
        fill = fills.get(code or "", "#dddddd")
        title = escape(titles.get(code or "", "Chưa công bố / Not published"))
        path_el = f'<path d="{d}" fill="{fill}" stroke="#ffffff" stroke-width="0.6"><title>{title}</title></path>'
        link = links.get(code or "")
        shapes.append(f'<a href="{escape(link)}">{path_el}</a>' if link else path_el)
    return (f'<svg class="map" viewBox="0 0 {WIDTH:.0f} {height:.0f}" role="img" '
            f'aria-labelledby="map-title"><title id="map-title">Bản đồ các tỉnh / Map of the provinces'
            f"</title>{''.join(shapes)}</svg>")
