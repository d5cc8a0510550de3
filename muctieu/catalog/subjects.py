"""What a share or count is of: its subject (population, households, communes...).

"Tỷ lệ dân số được phủ sóng di động" and "Tỷ lệ thôn được phủ sóng di động"
share every other word, yet measure different things: the subject a wording
opens with must agree with the indicator's for a match to stand. Two more
subjects no catalogue indicator has: residential areas ("phủ sóng khu dân
cư": a share of areas, not of people) and commune centres ("trung tâm xã
được kết nối Internet"). A wording that joins two subjects ("hộ gia đình có
cáp quang và dân số trưởng thành có điện thoại thông minh") states one value
for two indicators: "several".
"""

from __future__ import annotations

import functools
import re

from muctieu.catalog.wording import fold, has_phrase, tokens

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
    (("khu", "trung", "tam"), "centre"),
    (("trung", "tam", "xa"), "centre"),
)
_PILLARS = (("chinh", "quyen", "so"), ("chinh", "quyen", "dien", "tu"), ("kinh", "te", "so"), ("xa", "hoi", "so"),
            ("an", "toan", "thong", "tin"), ("nhan", "thuc", "so"), ("the", "che", "so"), ("ha", "tang", "so"),
            ("nhan", "luc", "so"))
# "hai chỉ số An toàn thông tin mạng và Hoạt động kinh tế số cùng xếp thứ 5": one value for both
_TOGETHER = re.compile(r"\b(?:hai|cùng|đều)\b", re.I)  # on the wording itself: folded, "cùng" is "cung cấp"
# Written at the head of a wording, an agency's name: its own figure ("Sở Y tế xếp thứ 2")
_AGENCIES = ("Sở ", "UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Văn phòng", "Thanh tra")
# Named anywhere in a wording that opens with no subject of its own.
_AREAS = (("khu", "dan", "cu"), ("khu", "vuc", "dan", "cu"), ("khu", "vuc", "co", "dan", "cu"))
_COUNT_LEADS = (("tong", "so"), ("so",))


def _opening(toks: tuple[str, ...]) -> str | None:
    for opening, subject in _OPENINGS:
        if toks[:len(opening)] == opening:
            return subject
    if toks[:1] == ("xa",) and toks[1:2] != ("hoi",):
        return "commune"
    return None


def _opening_length(toks: tuple[str, ...]) -> int:
    return next((len(o) for o, _ in _OPENINGS if toks[:len(o)] == o), 1)



@functools.lru_cache(maxsize=8192)
def subject_of(wording: str) -> str | None:
    """The subject `wording` opens with (after "tỷ lệ", "số", "tổng số"), "area" for
    residential areas named anywhere, "agency" for one agency's own figure,
    "several" for two subjects joined by "và", or None."""
    if wording.lstrip().startswith(_AGENCIES):
        return "agency"  # "Sở Y tế xếp thứ 2", "UBND cấp xã": one agency's figure, not the province's
    toks = tokens(wording)
    for lead in _COUNT_LEADS:
        if toks[:len(lead)] == lead and len(toks) > len(lead):
            toks = toks[len(lead):]
            break
    named = sum(has_phrase(toks, p) for p in _PILLARS)
    if named > 1 and (any(toks[:len(p)] == p for p in _PILLARS) or _TOGETHER.search(wording)):
        return "several"  # "Kinh tế số và Xã hội số đồng xếp hạng 10": two DTI pillars, one value
    subject = _opening(toks)
    if subject is None:
        if any(has_phrase(toks, a) for a in _AREAS):
            return "area"
        # "phủ cáp quang đến xã": the subject the coverage reaches
        for i, tok in enumerate(toks[:-1]):
            if tok in ("den", "toi") and (reached := _opening(toks[i + 1:])) not in (None, "centre"):
                return reached
        return None
    # "và" is a stopword of `tokens`: split the folded wording on it instead.
    # "người dân và doanh nghiệp sử dụng ..." is one compound subject; only a
    # first part that already says something of its own makes two statements.
    parts = fold(wording).split(" va ")
    if len(parts) > 1 and len(tokens(parts[0])) > _opening_length(toks):
        for part in parts[1:]:
            other = _opening(tokens(part))
            if other is not None and other != subject:
                return "several"
    return subject
