"""Vietnamese numbers: "7,5" is 7.5, "57.877" is 57877, "2,5 triệu" is 2.5e6."""

from __future__ import annotations

import re
from functools import lru_cache

MAGNITUDES = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}

_SPACED = re.compile(r"^\d{1,3}(?:[ \u00a0]\d{3})+$")
# A dot between groups of exactly three digits separates thousands.
_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")


@lru_cache(maxsize=4096)  # (pure: a text writes the same numbers again, and each is parsed several times)
def parse_number(token: str) -> float | None:
    """Parse one written number; None when it is not a plain number."""
    t = token.strip()
    if not t:
        return None
    if _SPACED.match(t):
        return float(re.sub(r"[ \u00a0]", "", t))  # "100 000": thousands grouped by a space
    if _THOUSANDS.match(t):
        t = t.replace(".", "").replace(",", ".")
    elif t.count(",") == 1 and "." not in t:
        t = t.replace(",", ".")  # decimal comma
    elif t.count(",") > 1 and "." not in t:
        return None
    try:
        return float(t)
    except ValueError:
        return None


# A magnitude word right after a number, but not "tỷ lệ"/"tỷ trọng".
# ("vạn", ten thousand, as farm output is told, "63 vạn tấn"; not the base of a rate, "1 vạn dân")
MAGNITUDE_WORDS = "|".join(MAGNITUDES).replace("vạn", r"vạn(?!\s+(?:dân|người)\b)")  # for patterns that read them
MAGNITUDE_RE = re.compile(
    rf"\s*({MAGNITUDE_WORDS})(?:\s+({MAGNITUDE_WORDS}))?(?!\s*(?:lệ|trọng))\b", re.I
)


def magnitude(m: re.Match[str]) -> float:
    """"nghìn tỷ" is 1e12: every magnitude word multiplies."""
    out = 1.0
    for word in m.groups():
        if word:
            out *= MAGNITUDES[word.lower()]
    return out


def scale(value: float, mult: float) -> float:
    """`value` times its magnitude, without the float error of the product ("132,341 tỷ" is
    132341000000, not 132341000000.00002): fifteen significant digits are all a text writes."""
    return float(f"{value * mult:.15g}")

