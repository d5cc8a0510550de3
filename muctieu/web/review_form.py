"""Reading a review correction form into the store's correction fields."""

from __future__ import annotations

from typing import Any

from muctieu.catalog.indicators import catalogue
from muctieu.evaluate.rows import OPS
from muctieu.extract.records import PILLARS
from muctieu.store.read import TargetRow
from muctieu.store.review import KINDS
from muctieu.web.errors import PageError

UNITS = ("%", "rank", "count", "other")


def _bad(field_vi: str, field_en: str, raw: str) -> PageError:
    return PageError(400, f"giá trị không hợp lệ ở ô '{field_vi}': {raw!r}",
                     f"invalid value in field '{field_en}': {raw!r}")


def _number(raw: str, vi: str, en: str) -> float | None:
    raw = raw.strip().replace("\u00a0", "").replace(" ", "")
    if not raw:
        return None
    # Vietnamese writing: 57.877 and 7,5; a lone dot with 1-2 decimals is a decimal point.
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    try:
        return float(raw)
    except ValueError:
        raise _bad(vi, en, raw) from None


def _choice(raw: str, allowed: tuple[str, ...] | frozenset[str], vi: str, en: str) -> str | None:
    raw = raw.strip()
    if not raw:
        return None
    if raw not in allowed:
        raise _bad(vi, en, raw)
    return raw


def indicator_choice(raw: str) -> str | None:
    """'egov.x — Tên chỉ tiêu' or 'egov.x' → 'egov.x'; '' → None; unknown → 400."""
    ident = raw.strip().split(" ", 1)[0].strip()
    if not ident:
        return None
    if ident not in catalogue().by_id:
        raise _bad("chỉ tiêu", "indicator", raw)
    return ident


def corrections(form: dict[str, str], current: TargetRow) -> dict[str, Any]:
    """The fields the officer changed, checked; empty when nothing changed."""
    wanted: dict[str, Any] = {
        "indicator_id": indicator_choice(form.get("indicator_id", "")),
        "value": _number(form.get("value", ""), "giá trị", "value"),
        "value_max": _number(form.get("value_max", ""), "giá trị tối đa", "upper value"),
        "op": _choice(form.get("op", ""), tuple(OPS), "so sánh", "comparator"),
        "unit": _choice(form.get("unit", ""), UNITS, "đơn vị", "unit"),
        "unit_text": form.get("unit_text", "").strip() or None,
        "year": None,
        "scope": form.get("scope", "").strip() or None,
        "kind": _choice(form.get("kind", ""), KINDS, "loại", "kind"),
        "pillar": _choice(form.get("pillar", ""), PILLARS, "trụ cột", "pillar"),
    }
    year_raw = form.get("year", "").strip()
    if year_raw:
        if not (year_raw.isdigit() and 1900 <= int(year_raw) <= 2200):
            raise _bad("năm", "year", year_raw)
        wanted["year"] = int(year_raw)
    if wanted["value"] is None:
        raise PageError(400, "cần có giá trị", "a value is required")
    for key in ("op", "unit", "kind"):
        if wanted[key] is None:
            wanted[key] = getattr(current, key)
    if wanted["op"] == "between" and (wanted["value_max"] is None or wanted["value_max"] < wanted["value"]):
        raise PageError(400, "khoảng cần giá trị tối đa không nhỏ hơn giá trị",
                        "a range needs an upper value not below the value")
    return {k: v for k, v in wanted.items() if getattr(current, k) != v}
