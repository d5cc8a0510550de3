"""The shipped map: exactly the 34 provinces of `vietnam-provinces`, small."""

from __future__ import annotations

import json

from muctieu.catalog.units import current_provinces
from muctieu.web.mapshape import MAP_FILE, map_shapes


def test_map_has_exactly_the_34_current_provinces() -> None:
    features = json.loads(MAP_FILE.read_text(encoding="utf-8"))["features"]
    codes = [f["properties"]["code"] for f in features]
    assert sorted(codes) == sorted(p.code for p in current_provinces())
    assert len(codes) == 34
    names = {p.code: p.name for p in current_provinces()}
    assert all(f["properties"]["name"] == names[f["properties"]["code"]] for f in features)


def test_map_is_small_and_every_province_has_an_outline() -> None:
    assert MAP_FILE.stat().st_size < 300_000
    shapes = map_shapes()
    assert len(shapes.shapes) == 34
    assert all(s.d.startswith("M") and s.d.count("L") >= 3 for s in shapes.shapes)
    assert 0 < shapes.height < 2 * shapes.width
