"""Which network a wording's quantity is about: fixed (cáp quang, cố định) or mobile.

"thuê bao điện thoại cố định" and "thuê bao di động" share most words; the
kind of access they name must agree for a match to stand.
"""

from __future__ import annotations

import functools

from muctieu.catalog.wording import tokens

_FIXED = (("co", "dinh"), ("cap", "quang"), ("ftth",))
_MOBILE = (("di", "dong"), ("3g",), ("4g",), ("5g",), ("bts",))


def _has(toks: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(toks[i:i + n] == phrase for i in range(len(toks) - n + 1))


@functools.lru_cache(maxsize=8192)
def access_of(wording: str) -> str | None:
    """"fixed" or "mobile" when the wording names only one kind of access, else None."""
    toks = tokens(wording)
    fixed = any(_has(toks, p) for p in _FIXED)
    mobile = any(_has(toks, p) for p in _MOBILE)
    if fixed == mobile:
        return None  # neither, or both ("băng rộng cố định và di động")
    return "fixed" if fixed else "mobile"
