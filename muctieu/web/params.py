"""Query parameters read strictly: a bad one is a clear 400 page, not a crash."""

from __future__ import annotations

from muctieu.web.errors import PageError


def int_param(raw: str | None, name: str) -> int | None:
    """'' or None → None; '2025' → 2025; anything else → a 400 page naming it."""
    if raw is None or raw.strip() == "":
        return None
    try:
        return int(raw)
    except ValueError:
        raise PageError(400, f"tham số '{name}' phải là số: {raw!r}",
                        f"parameter '{name}' must be a number: {raw!r}") from None
