"""Which network a wording's quantity is about: fixed, mobile or broadcast, and whether broadband.

"thuê bao điện thoại cố định" and "thuê bao di động" share most words; the
kind of access they name must agree for a match to stand. A wording that
names fixed and mobile access together states one value for several
networks ("cáp quang và sóng di động 4G đến 100% xã"): no indicator of one
network fits it. An indicator of broadband ("phủ sóng di động băng rộng")
is the lesser reading of a wording that names no broadband nor a broadband
technology: "dân số được phủ sóng di động" is plain mobile coverage when the
catalogue has both (but "Internet" alone is often broadband: not a veto).
"""

from __future__ import annotations

import functools

from muctieu.catalog.wording import has_phrase, tokens

_FIXED = (("co", "dinh"), ("cap", "quang"), ("ftth",))
_MOBILE = (("di", "dong"), ("3g",), ("4g",), ("5g",), ("bts",))
# radio and loudspeaker networks ("truyền thanh cơ sở"); not "truyền hình",
# which is mostly the video-conference network ("hội nghị truyền hình")
_BROADCAST = (("truyen", "thanh"), ("phat", "thanh"))
_BROADBAND = (("bang", "rong"), ("cap", "quang"), ("ftth",), ("3g",), ("4g",), ("5g",))



def _names(toks: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(has_phrase(toks, p) for p in phrases)


@functools.lru_cache(maxsize=8192)
def access_of(wording: str) -> str | None:
    """"fixed", "mobile" or "broadcast" when the wording names one kind of access;
    "several" when it names fixed and mobile together; else None."""
    toks = tokens(wording)
    fixed, mobile = _names(toks, _FIXED), _names(toks, _MOBILE)
    if fixed and mobile:
        return "several"
    if fixed:
        return "fixed"
    if mobile:
        return "mobile"
    return "broadcast" if _names(toks, _BROADCAST) else None


@functools.lru_cache(maxsize=8192)
def names_broadband(wording: str) -> bool:
    """Whether the wording says broadband (or a broadband technology: fibre, 3G-5G)."""
    return _names(tokens(wording), _BROADBAND)


def access_agrees(wording_access: str | None, indicator_access: str | None) -> bool:
    """Whether an indicator of `indicator_access` may stand for a wording of `wording_access`."""
    if wording_access is None or indicator_access is None:
        return True
    return wording_access == indicator_access
