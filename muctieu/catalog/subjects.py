"""What a share or count is of: its subject (population, households, communes...).

"Tỷ lệ dân số được phủ sóng di động" and "Tỷ lệ thôn được phủ sóng di động"
share every other word, yet measure different things: the subject a wording
opens with must agree with the indicator's for a match to stand.
"""

from __future__ import annotations

import functools

from muctieu.catalog.wording import tokens

# Folded openings → subject. Longer openings first; "hồ sơ" and "xã hội" are
# not households or communes.
_OPENINGS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("hop", "tac", "xa"), "cooperative"),
    (("dan", "so"), "population"),
    (("nguoi", "dan"), "population"),
    (("nguoi", "truong", "thanh"), "population"),
    (("ho", "gia", "dinh"), "household"),
    (("ho", "dan"), "household"),
    (("don", "vi", "hanh", "chinh", "cap", "xa"), "commune"),
    (("cap", "xa"), "commune"),
    (("xa", "phuong"), "commune"),
    (("to", "dan", "pho"), "village"),
    (("khu", "pho"), "village"),
    (("thon",), "village"),
    (("ap",), "village"),
    (("lang",), "village"),
    (("doanh", "nghiep"), "enterprise"),
)
_NOT_AFTER_XA = frozenset({"hoi"})  # xã hội
_COUNT_LEADS = (("tong", "so"), ("so",))


@functools.lru_cache(maxsize=8192)
def subject_of(wording: str) -> str | None:
    """The subject `wording` opens with (after "tỷ lệ", "số", "tổng số"), or None."""
    toks = tokens(wording)
    for lead in _COUNT_LEADS:
        if toks[:len(lead)] == lead and len(toks) > len(lead):
            toks = toks[len(lead):]
            break
    for opening, subject in _OPENINGS:
        if toks[:len(opening)] == opening:
            return subject
    if toks[:1] == ("xa",) and toks[1:2] and toks[1] not in _NOT_AFTER_XA:
        return "commune"
    return None
