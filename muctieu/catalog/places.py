"""Which province a document is about, old and current.

First the province the document names in its title or lead ("UBND tỉnh Bình
Định"), as documents/metadata.py finds it. Failing that, the pre-2025
districts it mentions after their kind ("TP. Pleiku", "huyện Chư Sê"): a name
shared by districts of several provinces only decides when nothing else
does, and mentions pointing to different provinces give no answer rather
than a guess. The written kind is not used to tell such names apart: kinds
changed over the years (huyện Phong Điền of Thừa Thiên Huế became a thị xã
in 2025, the data holds the last one).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from muctieu.catalog.names import fold, tone_key
from muctieu.catalog.units import Province, Resolved, current_of, lookup, old_provinces
from muctieu.documents.model import Document
from muctieu.extract.records import TargetRecord

# "huyện X", "thị xã X", "thành phố X", "quận X", "TP. X", "TP X", "T.P X";
# then up to four words, of which the capitalised (or numbered) lead is tried.
_PLACE = re.compile(
    r"(?i:\b(?:huyện|thị xã|thành phố|quận)\s+|\b(?:tp|t\.p)(?:\.\s*|\s+))"
    # A lookahead, so the words after a name stay free to start the next
    # match ("huyện A và huyện B").
    r"(?=(\w+(?:[ \-]\w+){0,3}))"
)
# Share of the unambiguous mentions the leading province must hold.
_MAJORITY = 2 / 3


@dataclass(frozen=True, slots=True)
class PlaceGuess:
    """The province a document is about.

    `named` is the province as the text names it ("Bình Định") or, when
    inferred, the place it was inferred from ("Pleiku"); `old` the pre-2025
    province (None when the places mentioned lie in several old provinces
    now merged into one); `current` the province today ("Gia Lai").
    """

    named: str
    old: str | None
    current: str
    via: str  # "named" or "place"


@dataclass(frozen=True, slots=True)
class _Mention:
    surface: str  # as written, e.g. "Pleiku"
    provinces: frozenset[str]  # old province codes that have such a district


@cache
def _districts() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """District name → codes of the old provinces having one, by accented and
    by folded key."""
    accented: dict[str, set[str]] = {}
    folded: dict[str, set[str]] = {}
    for o in old_provinces():
        for d in o.districts:
            accented.setdefault(tone_key(d.short), set()).add(o.code)
            folded.setdefault(fold(d.short).replace(" ", ""), set()).add(o.code)
    return accented, folded


@lru_cache(maxsize=4096)  # the same few names recur through a document
def _candidates(surface: str) -> frozenset[str]:
    accented, folded = _districts()
    found = accented.get(tone_key(surface))
    if found is None and surface.isascii():
        # Text typed without diacritics: only then fall back to folded names,
        # which merge distinct places ("Phú Ninh" / "Phù Ninh").
        found = folded.get(fold(surface).replace(" ", ""))
    return frozenset(found or ())


def _mentions(text: str) -> list[_Mention]:
    found = []
    for m in _PLACE.finditer(text):
        words = re.split(r"[ \-]", m.group(1))
        lead = []
        for w in words:
            if not (w[0].isupper() or w[0].isdigit()):
                break
            lead.append(w)
        for n in range(len(lead), 0, -1):
            surface = " ".join(lead[:n])
            codes = _candidates(surface)
            if codes:
                found.append(_Mention(surface, codes))
                break
    return found


def _decide(mentions: list[_Mention]) -> tuple[str, str] | None:
    """(old province code, surface) the mentions agree on, or None."""
    unique = [m for m in mentions if len(m.provinces) == 1]
    if unique:
        votes = Counter(next(iter(m.provinces)) for m in unique)
        code, n = votes.most_common(1)[0]
        if n / len(unique) < _MAJORITY:
            return None
        return code, _most_written(m for m in unique if code in m.provinces)
    if not mentions:
        return None
    common = frozenset.intersection(*(m.provinces for m in mentions))
    if len(common) != 1:
        return None
    return next(iter(common)), _most_written(mentions)


def _most_written(mentions: Iterable[_Mention]) -> str:
    return Counter(m.surface for m in mentions).most_common(1)[0][0]


def _same_current(mentions: list[_Mention]) -> tuple[Province, str] | None:
    """When old provinces disagree but all lie in one current province
    (An Khê of Gia Lai, Quy Nhơn of Bình Định: both Gia Lai today)."""
    by_code = {o.code: o for o in old_provinces()}
    olds = [by_code[c] for m in mentions for c in m.provinces]
    if len({o.current_code for o in olds}) != 1:
        return None
    return current_of(olds[0]), _most_written(mentions)


def _from_name(named: str) -> PlaceGuess | None:
    # The metadata regex takes up to four capitalised words ("Bình Định Năm"):
    # the longest leading run that is a province name wins.
    words = named.split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        found = lookup(name)
        if found is not None:
            old = found.old.name if found.old else None
            return PlaceGuess(named=name, old=old, current=found.current.name, via="named")
    return None


@lru_cache(maxsize=8)  # calls for one document come together
def locate_text(text: str, named: str | None) -> PlaceGuess | None:
    """The province `text` is about; `named` is the province its header names
    (`DocumentMeta.province`), if any. None when the text does not say."""
    if named:
        guess = _from_name(named)
        if guess is not None:
            return guess
    mentions = _mentions(text)
    if not mentions:
        return None
    decided = _decide(mentions)
    if decided is None:
        shared = _same_current(mentions)
        if shared is None:
            return None
        current, surface = shared
        return PlaceGuess(named=surface, old=None, current=current.name, via="place")
    code, surface = decided
    old = next(o for o in old_provinces() if o.code == code)
    return PlaceGuess(named=surface, old=old.name, current=current_of(old).name, via="place")


def locate(doc: Document) -> PlaceGuess | None:
    """The province a loaded document is about (cached per text: cheap to repeat)."""
    return locate_text(doc.text, doc.meta.province)


# A run of capitalised words, as a province is written in a record's wording
# ("Đà Nẵng", "Bà Rịa - Vũng Tàu", "TP.HCM", "TP. Hồ Chí Minh"); a run after the
# kind of a smaller unit ("xã Hòa Bình", "huyện Long An") names no province.
_UPPER = "A-ZĐ\u00C0-\u00DD\u0102\u0110\u0128\u0168\u01A0\u01AF\u1EA0-\u1EF8"
_CAPITALISED_RUN = re.compile(
    rf"(?<![\w.])(?<!xã )(?<!phường )(?<!huyện )(?<!quận )(?<!thị trấn )(?<!thị xã )(?<!ấp )(?<!thôn )"
    rf"((?:(?:TP|Tp|T\.P)\.?\s*)?[{_UPPER}][\w’']*(?:(?:\s+|\s*-\s*)[{_UPPER}][\w’']*){{0,3}})")


def place_of(wording: str, own: PlaceGuess | None, after: str = "") -> str | None:
    """The province a record's wording names, as written, when it is not the
    document's own (`own`, from `locate`): "Đà Nẵng" in "tỷ lệ hồ sơ trực tuyến
    toàn trình Đà Nẵng" of a Hà Nam report. Provinces are told apart as they
    were when both are known by their pre-2025 names (Nam Định is not Hà Nam,
    though both are in Ninh Bình now). The last one named wins: a list's place
    comes after its measure, and a province in brackets right after the
    value (`after`, the text from its number on: "27/63 (Tuyên Quang)") wins
    over the wording. None when neither names another province, or when the
    document's own province is not known (a province named in a text about
    no known province is most often its own)."""
    if own is None:
        return None
    bracket = _BRACKETED_AFTER.match(after)
    named = (_provinces_named(bracket.group(1), own) if bracket else []) or _provinces_named(wording, own)
    return named[-1] if named else None


def record_place(rec: TargetRecord, text: str, own: PlaceGuess | None) -> str | None:
    """`place_of` for an extracted record of `text`, reading the bracket after its number."""
    return place_of(rec.indicator, own, text[rec.anchor:rec.anchor + 60])


# the value, then its place in brackets: "27/63 (Tuyên Quang)", "58,89% (Đà Nẵng)"
_BRACKETED_AFTER = re.compile(r"[\d.,/]+\s*%?\s*\(\s*([^()\d]{2,40})\)")
_UNIT_KINDS = frozenset({"xã", "phường", "huyện", "quận", "thị", "trấn", "ấp", "thôn", "bản", "làng", "khu"})


def _provinces_named(wording: str, own: PlaceGuess) -> list[str | None]:
    """The provinces `wording` names, in order: each as written if another, None if the document's own."""
    found: list[str | None] = []
    for run in _CAPITALISED_RUN.finditer(wording):
        words = run.group(1).split()
        i = 0
        while i < len(words):
            if i and words[i - 1].lower() in _UNIT_KINDS:
                i += 1  # "Xã Hòa Bình", capitalised at a sentence's start: a commune, not the province
                continue
            # the longest span from here that is a province name ("Bà Rịa - Vũng Tàu")
            for n in range(min(len(words) - i, 6), 0, -1):
                name = " ".join(words[i:i + n])
                resolved = lookup(name) if name != "-" else None
                if resolved is not None:
                    found.append(None if _is_own(resolved, own) else name)
                    i += n
                    break
            else:
                i += 1
    return found


def _is_own(resolved: Resolved, own: PlaceGuess | None) -> bool:
    if own is None:
        return False
    if resolved.old is not None and own.old is not None:
        return resolved.old.name == own.old
    return resolved.current.name == own.current


def province_fields(doc: Document) -> dict[str, str | None]:
    """`province` (as named, or the place it was inferred from) and
    `province_current` for a document's output records."""
    guess = locate(doc)
    if guess is None:
        return {"province": doc.meta.province, "province_current": None}
    return {"province": guess.named, "province_current": guess.current}
