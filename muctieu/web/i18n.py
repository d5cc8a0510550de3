"""The reader's language and the Vietnamese (or English) way of writing numbers.

Vietnamese is the default; `?lang=en` (or `vi`) switches and a cookie keeps the
choice across pages. Numbers: 57.877 and 7,5 % in Vietnamese, 57,877 and 7.5%
in English.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from starlette.requests import Request

Lang = Literal["vi", "en"]
COOKIE = "lang"
LANGS: tuple[Lang, ...] = ("vi", "en")


def choose_lang(request: Request) -> Lang:
    """The query's `lang` if valid, else the cookie's, else Vietnamese."""
    for value in (request.query_params.get("lang"), request.cookies.get(COOKIE)):
        if value in LANGS:
            return value  # type: ignore[return-value]
    return "vi"


def text(lang: Lang, vi: str, en: str) -> str:
    return en if lang == "en" else vi


def number(value: float | None, lang: Lang = "vi", digits: int = 2) -> str:
    """1234.5 → '1.234,5' (vi) or '1,234.5' (en); trailing zeros dropped."""
    if value is None:
        return "—"
    s = f"{value:,.{digits}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if lang == "en":
        return s
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def percent(value: float | None, lang: Lang = "vi", digits: int = 1) -> str:
    """7.5 → '7,5 %' (vi, a no-break space before the sign) or '7.5%' (en)."""
    if value is None:
        return "—"
    return number(value, lang, digits) + ("%" if lang == "en" else "\u00a0%")


def day(value: date | datetime | None, lang: Lang = "vi") -> str:
    """A date as 02/12/2026 (vi) or 2026-12-02 (en)."""
    if value is None:
        return "—"
    return value.strftime("%Y-%m-%d") if lang == "en" else value.strftime("%d/%m/%Y")
