"""Provinces as the pages name them: by URL slug ("gia-lai") and code."""

from __future__ import annotations

from functools import cache

from muctieu.catalog.names import fold
from muctieu.catalog.units import Province, current_provinces


def slug(name: str) -> str:
    """'Gia Lai' → 'gia-lai', 'Hồ Chí Minh' → 'ho-chi-minh'."""
    return fold(name).replace(" ", "-")


@cache
def by_slug() -> dict[str, Province]:
    return {slug(p.name): p for p in current_provinces()}


@cache
def by_code() -> dict[str, Province]:
    return {p.code: p for p in current_provinces()}


@cache
def by_name() -> dict[str, Province]:
    return {p.name: p for p in current_provinces()}
