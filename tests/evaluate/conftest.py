"""Builders for evaluation rows: a valid row with only what a test cares about."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from muctieu.evaluate import ObservationRow, Point, TargetRow


def make_target(**kw: Any) -> TargetRow:
    fields: dict[str, Any] = dict(
        id=1, province="Cần Thơ", province_original="Cần Thơ", indicator_id="dg.online_services",
        indicator="Tỷ lệ dịch vụ công trực tuyến toàn trình", pillar="digital_government",
        scope=None, op=">=", value=85.0, value_max=None, unit="%", year=2025, plan_year=2024,
        direction="higher", source="KH 12/KH-UBND [100:180]",
    )
    fields.update(kw)
    return TargetRow(**fields)


def make_obs(**kw: Any) -> ObservationRow:
    fields: dict[str, Any] = dict(
        indicator_id="dg.online_services", level="commune", unit_code="00001",
        unit_name="Xã Một", province="Cần Thơ", year=2024, source="upload.xlsx:2",
    )
    fields.update(kw)
    return ObservationRow(**fields)


def points(*pairs: tuple[int, float]) -> list[Point]:
    return [Point(y, v, f"obs {y}") for y, v in pairs]


@pytest.fixture
def target() -> Callable[..., TargetRow]:
    return make_target


@pytest.fixture
def obs() -> Callable[..., ObservationRow]:
    return make_obs


@pytest.fixture
def pts() -> Callable[..., list[Point]]:
    return points
